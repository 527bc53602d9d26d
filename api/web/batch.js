// Leian web UI: 类案批量智审 — group a docket of pending cases, see each
// group's model case and how every member differs from it, choose the
// model case, and draft the rest from it.
"use strict";

const batchState = { request: null, result: null };

function buildBatchPage() {
  const ids = el("textarea");
  Object.assign(ids, { id: "batch-ids", rows: 4, placeholder: "库中文书编号，每行一个或以逗号分隔，如 lecard:8" });
  const files = el("input");
  Object.assign(files, { id: "batch-files", type: "file", multiple: true, accept: ".txt" });
  const threshold = el("input");
  Object.assign(threshold, { id: "batch-threshold", type: "number", min: "0", max: "1", step: "0.05", placeholder: "默认 0.25" });
  const submit = el("button", { text: "分组" });
  Object.assign(submit, { id: "batch-submit", type: "submit" });
  const status = el("span");
  status.id = "batch-status";
  status.setAttribute("role", "status");
  const formNode = el("form", { cls: "panel" },
    el("label", { text: "待处理案件（库中文书编号，或选择多份 .txt 起诉状、起诉书）" }), ids,
    el("div", { cls: "filters" }, el("label", { text: "文本文件 " }, files), el("label", { text: "合并阈值 " }, threshold)),
    submit, status);
  formNode.id = "batch-form";
  const clusters = el("div");
  clusters.id = "batch-clusters";
  const drafts = el("div");
  drafts.id = "batch-drafts";
  const section = el("section", {}, formNode, clusters, drafts);
  section.id = "batch-page";
  section.hidden = true;
  $("detail").before(section);
  formNode.addEventListener("submit", runBatch);
}

function readText(file) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(new Error("无法读取文件 " + file.name));
    r.readAsText(file);
  });
}

async function runBatch(ev) {
  ev.preventDefault();
  const status = $("batch-status");
  const req = { doc_ids: splitList($("batch-ids").value), cases: [] };
  for (const f of $("batch-files").files) req.cases.push({ id: f.name, text: await readText(f) });
  const th = $("batch-threshold").value.trim();
  if (th) req.threshold = Number(th);
  if (!req.doc_ids.length && !req.cases.length) {
    setStatus(status, "请填写文书编号或选择案件文本文件", true);
    return;
  }
  $("batch-submit").disabled = true;
  setStatus(status, "正在分组…");
  $("batch-drafts").replaceChildren();
  try {
    const resp = await api("/api/v1/batch", { method: "POST", body: JSON.stringify(req) });
    batchState.request = req;
    batchState.result = resp.result;
    const n = resp.result.clusters.reduce((s, c) => s + c.members.length, 0);
    setStatus(status, `${n} 件案件分为 ${resp.result.clusters.length} 组（用时 ${resp.result.took_ms} 毫秒）`);
    renderBatch();
  } catch (err) {
    setStatus(status, describe(err), true);
  } finally {
    $("batch-submit").disabled = false;
  }
}

// renderBatch shows each group: its model case (selectable) and each
// member's differences from it.
function renderBatch() {
  const panels = batchState.result.clusters.map((c) => {
    const name = "batch-model-" + c.id;
    const rows = c.members.map((m) => {
      const radio = el("input");
      Object.assign(radio, { type: "radio", name, value: m.id, checked: m.id === c.model });
      const diffs = (m.diffs || []).map((d) => `${d.label}：${d.model || "—"} → ${d.member || "—"}`).join("；");
      const tr = el("tr", { cls: m.id === c.model ? "batch-model" : "batch-member" },
        el("td", {}, radio), el("td", { text: m.id }), el("td", { text: m.similarity.toFixed(2) }),
        el("td", { text: m.id === c.model ? "系统推荐的范本案件" : diffs || "与范本要素一致" }));
      return tr;
    });
    const table = el("table", { cls: "batch-table" },
      el("thead", {}, el("tr", {}, el("th", { text: "范本" }), el("th", { text: "案件" }), el("th", { text: "相似度" }), el("th", { text: "与范本的差异" }))),
      el("tbody", {}, ...rows));
    const btn = el("button", { text: "依所选范本起草本组其余案件" });
    btn.type = "button";
    btn.className = "batch-draft";
    btn.disabled = c.members.length < 2;
    btn.addEventListener("click", () => draftGroup(c, name));
    return el("section", { cls: "panel batch-cluster" }, el("h2", { text: `第${c.id}组 · ${c.type_name} · ${c.members.length} 件` }), table, btn);
  });
  $("batch-clusters").replaceChildren(...panels);
}

// carriesView lists what a member's draft took over from the model case
// and what it changed, with the reason.
const carryActions = { carried: "沿用", changed: "改动", added: "增加", dropped: "删去" };
function carriesView(d) {
  const list = el("ul", { cls: "batch-carries" });
  for (const c of d.from_model || []) {
    const line = `${carryActions[c.action] || c.action} ${c.element}：${c.model || "（无）"} → ${c.draft || "（无）"}${c.why ? "（" + c.why + "）" : ""}`;
    list.append(el("li", { cls: "carry-" + c.action, text: line }));
  }
  return list;
}

async function draftGroup(c, name) {
  const chosen = document.querySelector(`input[name="${name}"]:checked`);
  const model = chosen ? chosen.value : c.model;
  const ids = new Set(c.members.map((m) => m.id));
  const req = batchState.request;
  const body = { model, doc_ids: req.doc_ids.filter((id) => ids.has(id)), cases: req.cases.filter((x) => ids.has(x.id)) };
  const status = $("batch-status");
  setStatus(status, `正在依范本 ${model} 起草 ${c.members.length - 1} 件…`);
  try {
    const resp = await api("/api/v1/batch/draft", { method: "POST", body: JSON.stringify(body) });
    const out = resp.drafts.map((d) => {
      if (d.error) return el("section", { cls: "panel batch-draft-item" }, el("h3", { text: d.id }), el("p", { cls: "error", text: "未能起草：" + d.error }));
      const text = d.draft.sections.map((s) => s.sentences.map((x) => x.text).join("")).join("\n");
      return el("section", { cls: "panel batch-draft-item" }, el("h3", { text: `${d.id}（依范本 ${model}）` }), carriesView(d.draft), el("div", { cls: "draft-text", text }));
    });
    $("batch-drafts").replaceChildren(...out);
    setStatus(status, `已依范本 ${model} 起草 ${resp.drafts.filter((d) => !d.error).length} 件`);
  } catch (err) {
    setStatus(status, describe(err), true);
  }
}

buildBatchPage();

registerPage({
  id: "batch", label: "类案批量智审", section: "batch-page", feature: "batch",
  clear() {
    batchState.request = null;
    batchState.result = null;
    $("batch-ids").value = "";
    $("batch-files").value = "";
    $("batch-threshold").value = "";
    for (const id of ["batch-clusters", "batch-drafts"]) $(id).replaceChildren();
    setStatus($("batch-status"), "");
  },
});
