// Leian web UI: the 类案检索报告. On the push page a judge selects similar
// cases, marks each 参照 / 参考 / 不予参照 with a reason and files the report;
// the 检索报告 page lists the judge's reports for export as .docx or HTML.
"use strict";

const REPORT_MARKS = ["参照", "参考", "不予参照"];

// reportState is the last push (request and ranked cases) the panel reports on.
const reportState = { allowed: false, request: null, cases: [] };

registerPage({
  id: "reports", label: "检索报告", section: "report-page", feature: "report",
  show: loadReports,
  clear() {
    reportState.request = null;
    reportState.cases = [];
    $("report-list").replaceChildren();
    $("report-case-no").value = "";
    $("report-panel").hidden = true;
    setStatus($("report-status"), "");
    setStatus($("report-list-status"), "");
  },
});

document.addEventListener("leian:enter", (ev) => {
  reportState.allowed = ev.detail.features.includes("report");
});

// After each push, a judge gets a mark control on every case card.
document.addEventListener("leian:push", (ev) => {
  reportState.request = ev.detail.request;
  reportState.cases = ev.detail.response.cases;
  setStatus($("report-status"), "");
  $("report-panel").hidden = !reportState.allowed || reportState.cases.length === 0;
  if (!reportState.allowed) return;
  for (const card of $("results").querySelectorAll("article.case")) card.append(markControl(card.dataset.id));
});

function markControl(id) {
  const pick = el("input");
  pick.type = "checkbox";
  pick.className = "report-pick";
  const mark = el("select", { cls: "report-mark" }, ...REPORT_MARKS.map((m) => el("option", { text: m })));
  const reason = el("input", { cls: "report-reason" });
  reason.placeholder = "参照、参考或不予参照的理由";
  reason.maxLength = 1000;
  const box = el("div", { cls: "report-control" },
    el("label", {}, pick, " 选入检索报告"), el("label", {}, "运用 ", mark), el("label", { cls: "grow" }, "理由 ", reason));
  box.dataset.id = id;
  return box;
}

function reportRequest() {
  const selected = [];
  for (const box of $("results").querySelectorAll(".report-control")) {
    if (!box.querySelector(".report-pick").checked) continue;
    selected.push({ id: box.dataset.id, mark: box.querySelector(".report-mark").value, reason: box.querySelector(".report-reason").value });
  }
  return {
    case_no: $("report-case-no").value.trim(),
    query: reportState.request, // as sent to /similar: the server reads it as the push did
    pushed: reportState.cases.map((c, i) => ({ rank: i + 1, id: c.id, score: c.score })),
    selected,
  };
}

$("report-file").addEventListener("click", async () => {
  const req = reportRequest();
  if (req.selected.length === 0) {
    setStatus($("report-status"), "请先勾选至少一件类案并标注运用情况", true);
    return;
  }
  setStatus($("report-status"), "正在生成检索报告…");
  try {
    const rep = await api("/api/v1/reports", { method: "POST", body: JSON.stringify(req) });
    const links = el("span", { cls: "report-links" }, exportButton(rep.id, "docx", "导出 .docx"), " ", exportButton(rep.id, "html", "导出网页"));
    $("report-status").replaceChildren(`已生成检索报告 ${rep.id}（${rep.cases.length} 件类案） `, links);
    $("report-status").classList.remove("error");
  } catch (err) {
    const which = (err.field || "").match(/^selected\[(\d+)\]/);
    setStatus($("report-status"), (which ? `第${Number(which[1]) + 1}件选中类案：` : "") + describe(err), true);
  }
});

function exportButton(id, format, label) {
  const b = el("button", { cls: "link report-export", text: label });
  b.type = "button";
  b.dataset.format = format;
  b.addEventListener("click", () => downloadReport(id, format, b));
  return b;
}

// downloadReport fetches an export with the token (a plain link would carry none) and saves it.
async function downloadReport(id, format, button) {
  const status = button.closest("[role=status]") || $("report-list-status");
  try {
    const resp = await fetch(`/api/v1/reports/${encodeURIComponent(id)}/${format}`, {
      headers: { Authorization: "Bearer " + (sessionStorage.getItem(TOKEN_KEY) || "") },
    });
    if (!resp.ok) {
      let body = null;
      try { body = await resp.json(); } catch (err) { body = null; }
      throw new ApiError(resp.status, body);
    }
    const blob = await resp.blob();
    const a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = `类案检索报告-${id}.${format}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    button.dataset.bytes = String(blob.size);
    button.textContent = `${format === "docx" ? ".docx" : "网页"}已导出（${Math.ceil(blob.size / 1024)} KB）`;
  } catch (err) {
    setStatus(status, describe(err), true);
  }
}

async function loadReports() {
  setStatus($("report-list-status"), "正在载入…");
  $("report-list").replaceChildren();
  try {
    const resp = await api("/api/v1/reports");
    setStatus($("report-list-status"), resp.reports.length ? "" : "还没有检索报告：在类案推送页勾选类案、标注运用情况后生成。");
    $("report-list").replaceChildren(...resp.reports.map((r) => {
      const m = r.marks || {};
      const when = new Date(r.created).toLocaleString("zh-CN");
      return el("li", { cls: "report-row" },
        el("strong", { text: r.id }), ` ${when} ${r.case_no || ""} · 推送 ${r.pushed} 件 · 参照 ${m["参照"] || 0} · 参考 ${m["参考"] || 0} · 不予参照 ${m["不予参照"] || 0} `,
        exportButton(r.id, "docx", "导出 .docx"), " ", exportButton(r.id, "html", "导出网页"));
    }));
  } catch (err) {
    setStatus($("report-list-status"), describe(err), true);
  }
}
