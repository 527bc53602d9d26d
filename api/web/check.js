// Leian web UI: judgment checking (智能纠错). The text is shown with every
// finding marked in place, the findings listed beside it, and each finding
// can be accepted or dismissed; both decisions are recorded in the audit log.
"use strict";


const checkState = { requestId: "", text: "", findings: [], decided: new Map() };

function checkSection() {
  return $("check-page");
}

function readFileBase64(file) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ""));
    r.onerror = () => reject(new Error("无法读取文件"));
    r.readAsDataURL(file);
  });
}

async function runCheck(ev) {
  ev.preventDefault();
  const status = $("check-status");
  const text = $("check-text").value;
  const docId = $("check-doc").value.trim();
  const file = $("check-file").files[0];
  const body = {};
  if (file) {
    if (file.size > 5 * 1024 * 1024) { setStatus(status, "文件超过 5 MB，无法检查", true); return; }
    body.file = { name: file.name, data: await readFileBase64(file) };
  } else if (docId) {
    body.doc_id = docId;
  } else if (text.trim()) {
    body.text = text;
  } else {
    setStatus(status, "请粘贴文书全文、选择文件或填写文书编号", true);
    return;
  }
  $("check-submit").disabled = true;
  setStatus(status, "正在检查…");
  try {
    const resp = await api("/api/v1/check", { method: "POST", body: JSON.stringify(body) });
    checkState.requestId = resp.request_id;
    checkState.text = resp.text;
    checkState.findings = resp.report.findings;
    checkState.decided = new Map();
    const c = resp.report.counts || {};
    let msg = `共 ${resp.report.findings.length} 处：错误 ${c.error || 0}，警告 ${c.warning || 0}，提示 ${c.info || 0}（用时 ${resp.took_ms} 毫秒）`;
    if (resp.report.unavailable && resp.report.unavailable.length) msg += `；未运行：${resp.report.unavailable.join("；")}`;
    if (!resp.report.judgment) msg += "；该文本不像一份完整的裁判文书，只检查了文字";
    setStatus(status, msg);
    renderCheck();
  } catch (err) {
    setStatus(status, describe(err), true);
  } finally {
    $("check-submit").disabled = false;
  }
}

function findingKey(f) {
  return `${f.code}@${f.rune_start}-${f.rune_end}`;
}

// renderCheck draws the text with marks and the list of open findings.
function renderCheck() {
  const open = checkState.findings.filter((f) => !checkState.decided.has(findingKey(f)));
  const chars = Array.from(checkState.text);
  const view = $("check-view");
  const parts = [];
  let pos = 0;
  const marked = open.filter((f) => f.rune_end > f.rune_start).sort((a, b) => a.rune_start - b.rune_start);
  for (const f of marked) {
    if (f.rune_start < pos) continue; // overlapping marks: the list still shows it
    if (f.rune_start > pos) parts.push(chars.slice(pos, f.rune_start).join(""));
    const m = el("mark", { cls: "finding " + f.severity, text: chars.slice(f.rune_start, f.rune_end).join(""), title: f.message });
    m.id = "mark-" + findingKey(f);
    m.addEventListener("click", () => focusFinding(f));
    parts.push(m);
    pos = f.rune_end;
  }
  if (pos < chars.length) parts.push(chars.slice(pos).join(""));
  view.replaceChildren(...parts);
  $("check-list").replaceChildren(...open.map(findingCard));
  $("check-results").hidden = false;
}

function focusFinding(f) {
  const card = document.getElementById("card-" + findingKey(f));
  if (card) { card.scrollIntoView({ block: "nearest" }); card.classList.add("focus"); setTimeout(() => card.classList.remove("focus"), 1200); }
}

function findingCard(f) {
  const card = el("li", { cls: "finding-card " + f.severity });
  card.id = "card-" + findingKey(f);
  card.append(el("span", { cls: "sev " + f.severity, text: SEVERITY_LABELS[f.severity] || f.severity }), " ",
    el("code", { text: f.code }));
  if (f.quote) card.append(el("p", { cls: "quote", text: "“" + f.quote + "”" }));
  card.append(el("p", { text: f.message }), el("p", { cls: "suggest", text: "建议：" + f.suggestion }));
  for (const e of f.evidence || []) {
    card.append(el("p", { cls: "evidence", text: (e.ref ? e.ref + "：" : "") + e.text }));
  }
  const accept = el("button", { text: f.replacement !== undefined ? "采纳修改" : "采纳" });
  accept.type = "button";
  accept.addEventListener("click", () => decide(f, "accept"));
  const dismiss = el("button", { cls: "link", text: "忽略" });
  dismiss.type = "button";
  dismiss.addEventListener("click", () => decide(f, "dismiss"));
  const jump = el("button", { cls: "link", text: "定位" });
  jump.type = "button";
  jump.addEventListener("click", () => {
    const m = document.getElementById("mark-" + findingKey(f));
    if (m) m.scrollIntoView({ block: "center" });
  });
  card.append(el("div", { cls: "actions" }, accept, " ", dismiss, " ", jump));
  return card;
}

// decide records the user's decision; an accepted mechanical fix is applied
// to the text in the editor.
async function decide(f, action) {
  try {
    await api("/api/v1/check/feedback", { method: "POST", body: JSON.stringify({
      request_id: checkState.requestId, code: f.code, rune_start: f.rune_start, rune_end: f.rune_end, action }) });
  } catch (err) {
    setStatus($("check-status"), describe(err), true);
    return;
  }
  checkState.decided.set(findingKey(f), action);
  if (action === "accept" && f.replacement !== undefined && !$("check-doc").value.trim() && !$("check-file").files[0]) {
    const chars = Array.from($("check-text").value);
    if (chars.slice(f.rune_start, f.rune_end).join("") === f.quote) {
      // Later findings keep their offsets only if the length is unchanged.
      $("check-text").value = chars.slice(0, f.rune_start).join("") + f.replacement + chars.slice(f.rune_end).join("");
    }
  }
  setStatus($("check-status"), action === "accept" ? "已采纳并记录" : "已忽略，已记入审计日志");
  renderCheck();
}

registerPage({
  id: "check", label: "智能纠错", section: "check-page", feature: "check",
  show() {
    const form = $("check-form");
    if (!form.dataset.bound) {
      form.addEventListener("submit", runCheck);
      form.dataset.bound = "1";
    }
  },
  clear() {
    $("check-text").value = "";
    $("check-doc").value = "";
    $("check-file").value = "";
    $("check-view").replaceChildren();
    $("check-list").replaceChildren();
    $("check-results").hidden = true;
    setStatus($("check-status"), "");
    checkState.requestId = "";
    checkState.text = "";
    checkState.findings = [];
    checkState.decided = new Map();
  },
});
