// Leian web UI: 要素式审判 — fill a case's element form from its complaint
// or judgment, let the judge correct every value (each shows where it was
// read and how sure the reading is), then push similar cases or draft from it.
"use strict";

const formState = { form: null };

// buildFormsPage adds the page's section: it lives in this file so the
// page is one file to read.
function buildFormsPage() {
  const typeSel = el("select", {}, el("option", { text: "自动识别" }));
  typeSel.id = "form-type";
  typeSel.options[0].value = "";
  for (const [v, label] of [["loan", "民间借贷纠纷"], ["traffic", "机动车交通事故责任纠纷"], ["labour", "劳动争议"], ["theft_fraud", "盗窃、诈骗（刑事）"]]) {
    const o = el("option", { text: label });
    o.value = v;
    typeSel.append(o);
  }
  const text = el("textarea");
  Object.assign(text, { id: "form-text", rows: 8, maxLength: 100000, placeholder: "粘贴起诉状、起诉书或裁判文书全文" });
  const doc = el("input");
  Object.assign(doc, { id: "form-doc", placeholder: "如 lecard:8（可不填）" });
  const submit = el("button", { text: "填写要素表" });
  Object.assign(submit, { id: "form-submit", type: "submit" });
  const formNode = el("form", { cls: "panel" },
    el("label", { text: "案件材料（起诉状、起诉书或裁判文书）" }), text,
    el("div", { cls: "filters" }, el("label", { text: "已入库文书 " }, doc), el("label", { text: "案件类型 " }, typeSel)),
    submit, el("span", { text: "" }));
  formNode.id = "form-input";
  formNode.lastChild.id = "form-status";
  formNode.lastChild.setAttribute("role", "status");
  const similar = el("button", { text: "按更正后的要素推送类案" });
  Object.assign(similar, { id: "form-similar", type: "button" });
  const draftBtn = el("button", { text: "按更正后的要素生成文书" });
  Object.assign(draftBtn, { id: "form-draft", type: "button" });
  const out = el("div", { cls: "layout" },
    el("section", { cls: "panel" }, el("h2", { text: "要素表（可直接修改）" }), el("div"), el("div", { cls: "filters" }, similar, draftBtn), el("span")),
    el("aside", { cls: "panel" }, el("h2", { text: "推送或起草结果" }), el("div")));
  out.id = "form-output";
  out.hidden = true;
  out.firstChild.children[1].id = "form-fields";
  out.firstChild.lastChild.id = "form-apply-status";
  out.lastChild.lastChild.id = "form-result";
  const section = el("section", {}, formNode, out);
  section.id = "forms-page";
  section.hidden = true;
  $("detail").before(section);
  formNode.addEventListener("submit", fillForm);
  similar.addEventListener("click", () => applyForm("similar"));
  draftBtn.addEventListener("click", () => applyForm("draft"));
}

async function fillForm(ev) {
  ev.preventDefault();
  const status = $("form-status");
  const body = { type: $("form-type").value };
  const doc = $("form-doc").value.trim();
  if (doc) body.doc_id = doc; else body.text = $("form-text").value;
  $("form-submit").disabled = true;
  setStatus(status, "正在读取要素…");
  try {
    const resp = await api("/api/v1/form", { method: "POST", body: JSON.stringify(body) });
    formState.form = resp.form;
    const filled = resp.form.fields.filter((f) => f.values.length).length;
    setStatus(status, `${resp.form.name}：${resp.form.fields.length} 项要素中读出 ${filled} 项（用时 ${resp.took_ms} 毫秒）。请逐项核对、更正。`);
    renderForm();
  } catch (err) {
    setStatus(status, describe(err), true);
  } finally {
    $("form-submit").disabled = false;
  }
}

function confidenceLabel(v) {
  if (v.source === "judge") return "已人工更正";
  const p = Math.round((v.confidence || 0) * 100);
  return `可信度 ${p}%` + (p < 60 ? "（请核对）" : "");
}

// renderForm draws one row per field: each value as an editable input with
// its confidence and the passage it was read from.
function renderForm() {
  const f = formState.form;
  const rows = f.fields.map((field) => {
    const list = el("div", { cls: "form-values" });
    const addValue = (v) => {
      const input = el("input");
      input.value = v.text;
      input.className = "form-value";
      input.dataset.key = field.key;
      input.dataset.original = v.text;
      input.dataset.source = v.source || "";
      input.dataset.confidence = String(v.confidence || 0);
      const meta = el("span", { cls: (v.confidence || 0) < 0.6 && v.source !== "judge" ? "meta error" : "meta", text: " " + confidenceLabel(v) });
      const row = el("div", { cls: "form-value-row" }, input, meta);
      if (v.quote) row.append(el("div", { cls: "meta quote", text: `出处（第${v.span ? v.span.start + 1 : "?"}字起）：${v.quote}` }));
      const del = el("button", { cls: "link", text: "删除" });
      del.type = "button";
      del.addEventListener("click", () => row.remove());
      row.append(del);
      list.append(row);
    };
    field.values.forEach(addValue);
    const add = el("button", { cls: "link", text: field.values.length ? "＋ 增加一项" : "＋ 填写" });
    add.type = "button";
    add.addEventListener("click", () => addValue({ text: "", source: "judge", confidence: 1 }));
    if (!field.values.length) list.append(el("span", { cls: "meta", text: "未能从材料中读出" }));
    return el("div", { cls: "form-field" }, el("strong", { text: field.label }), list, add);
  });
  $("form-fields").replaceChildren(...rows);
  $("form-output").hidden = false;
}

// correctedForm reads the inputs back: a changed value becomes the judge's.
function correctedForm() {
  const f = formState.form;
  const fields = f.fields.map((field) => ({ key: field.key, values: [] }));
  for (const input of document.querySelectorAll("#form-fields .form-value")) {
    const text = input.value.trim();
    if (!text) continue;
    const changed = text !== input.dataset.original || input.dataset.source === "judge" || input.dataset.source === "";
    const v = changed ? { text, source: "judge" } : { text, source: input.dataset.source, confidence: Number(input.dataset.confidence) };
    fields.find((x) => x.key === input.dataset.key).values.push(v);
  }
  return { type: f.type, doc_id: f.doc_id || "", fields };
}

async function applyForm(action) {
  const status = $("form-apply-status");
  setStatus(status, action === "draft" ? "正在生成文书…" : "正在推送类案…");
  for (const id of ["form-similar", "form-draft"]) $(id).disabled = true;
  try {
    const resp = await api("/api/v1/form/apply", { method: "POST", body: JSON.stringify({ form: correctedForm(), action }) });
    formState.form = resp.form;
    setStatus(status, `已按更正后的要素${action === "draft" ? "生成文书" : "推送类案"}（用时 ${resp.took_ms} 毫秒）`);
    const out = [el("p", { cls: "meta", text: "要素陈述：" + resp.statement })];
    if (resp.similar) {
      out.push(el("ol", { cls: "form-similar" }, ...resp.similar.map((c) => el("li", {}, el("strong", { text: c.title || c.id }), el("span", { cls: "meta", text: ` ${c.id} ${(c.charges || []).join("、")} ${c.penalty || ""}` })))));
    }
    if (resp.draft) {
      for (const sec of resp.draft.sections) {
        out.push(el("h3", { text: sec.title }), el("div", { cls: "draft-text", text: sec.sentences.map((s) => s.text).join("") }));
      }
    }
    $("form-result").replaceChildren(...out);
    renderForm();
  } catch (err) {
    setStatus(status, describe(err), true);
  } finally {
    for (const id of ["form-similar", "form-draft"]) $(id).disabled = false;
  }
}

buildFormsPage();

registerPage({
  id: "forms", label: "要素式审判", section: "forms-page", feature: "form",
  clear() {
    formState.form = null;
    $("form-text").value = "";
    $("form-doc").value = "";
    $("form-type").value = "";
    for (const id of ["form-fields", "form-result"]) $(id).replaceChildren();
    for (const id of ["form-status", "form-apply-status"]) setStatus($(id), "");
    $("form-output").hidden = true;
  },
});
