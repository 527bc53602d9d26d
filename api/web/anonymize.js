// Leian web UI: 上网文书隐名. The anonymised judgment is shown with every
// redaction marked in place and labelled with its kind; the list beside it
// counts the kinds and names the people kept on purpose (bench, lawyers).
"use strict";

const ANON_KINDS = { name: "姓名", id_number: "身份证号", phone: "电话", bank_card: "银行卡号", plate: "车牌号", birth_date: "出生日期", address: "住址（县以下）" };
const ANON_KEPT = { judge: "审判人员", prosecutor: "检察人员", lawyer: "律师", representative: "法定代表人/负责人" };

// anonSection builds the page once; its markup lives here, not in index.html.
function anonSection() {
  let sec = $("anon-page");
  if (sec) return sec;
  sec = el("section", {});
  sec.id = "anon-page";
  sec.hidden = true;
  const form = el("form", { cls: "panel" });
  form.id = "anon-form";
  form.autocomplete = "off";
  const label = el("label", { text: "裁判文书全文（粘贴文本，或填写库中文书编号）" });
  label.htmlFor = "anon-text";
  const text = el("textarea", {});
  text.id = "anon-text";
  text.rows = 10;
  text.maxLength = 2000000;
  text.placeholder = "例如：××省××市人民法院 刑事判决书 ……";
  const doc = el("input", {});
  doc.id = "anon-doc";
  doc.placeholder = "如 lecard:8";
  const submit = el("button", { text: "隐名处理" });
  submit.id = "anon-submit";
  submit.type = "submit";
  const status = el("span", {});
  status.id = "anon-status";
  status.setAttribute("role", "status");
  form.append(label, text, el("div", { cls: "filters" }, el("label", { text: "文书编号 " }, doc)), submit, " ", status,
    el("p", { cls: "hint", text: "依《最高人民法院关于人民法院在互联网公布裁判文书的规定》（法释〔2016〕19号）：自然人姓名改为“某”称，删除身份证号、电话、银行卡号、车牌号、出生日期及县级以下住址；保留审判人员、律师、法院及法人名称。原文不回传，不记入日志。" }));
  const view = el("div", { cls: "doc-text" });
  view.id = "anon-view";
  const list = el("div", {});
  list.id = "anon-list";
  const results = el("div", { cls: "layout" },
    el("section", { cls: "panel" }, el("h2", { text: "隐名后文书（改动处已标出）" }), view),
    el("aside", { cls: "panel" }, el("h2", { text: "删改清单" }), list));
  results.id = "anon-results";
  results.hidden = true;
  sec.append(form, results);
  document.querySelector("main").append(sec);
  form.addEventListener("submit", runAnonymize);
  return sec;
}

async function runAnonymize(ev) {
  ev.preventDefault();
  const status = $("anon-status");
  const text = $("anon-text").value;
  const docId = $("anon-doc").value.trim();
  const body = {};
  if (docId) body.doc_id = docId;
  else if (text.trim()) body.text = text;
  else { setStatus(status, "请粘贴文书全文或填写文书编号", true); return; }
  $("anon-submit").disabled = true;
  setStatus(status, "正在处理…");
  try {
    const resp = await api("/api/v1/anonymize", { method: "POST", body: JSON.stringify(body) });
    setStatus(status, `隐名 ${resp.persons} 人，删改 ${resp.redactions.length} 处（用时 ${resp.took_ms} 毫秒）`);
    renderAnonymized(resp);
  } catch (err) {
    setStatus(status, describe(err), true);
  } finally {
    $("anon-submit").disabled = false;
  }
}

function renderAnonymized(resp) {
  const chars = Array.from(resp.text);
  const parts = [];
  let pos = 0;
  for (const r of resp.redactions) {
    if (r.out_rune_start < pos) continue;
    if (r.out_rune_start > pos) parts.push(chars.slice(pos, r.out_rune_start).join(""));
    const kind = ANON_KINDS[r.kind] || r.kind;
    const m = el("mark", { cls: "redaction " + r.kind, text: chars.slice(r.out_rune_start, r.out_rune_end).join("") || "▯", title: kind + "；依据：" + r.rule });
    m.dataset.kind = kind;
    parts.push(m);
    pos = r.out_rune_end;
  }
  if (pos < chars.length) parts.push(chars.slice(pos).join(""));
  $("anon-view").replaceChildren(...parts);
  const counts = el("ul", { cls: "anon-counts" });
  for (const [k, label] of Object.entries(ANON_KINDS)) {
    const n = (resp.counts || {})[k];
    if (n) counts.append(el("li", {}, el("mark", { cls: "redaction " + k, text: label }), ` ${n} 处`));
  }
  const kept = el("ul", { cls: "anon-kept" });
  for (const k of resp.kept || []) kept.append(el("li", { text: `${k.name}（${ANON_KEPT[k.reason] || k.reason}，依规定保留）` }));
  const nodes = [counts];
  if (kept.children.length) nodes.push(el("h3", { text: "保留的姓名" }), kept);
  $("anon-list").replaceChildren(...nodes);
  $("anon-results").hidden = false;
}

registerPage({
  id: "anonymize", label: "上网隐名", section: "anon-page", feature: "anonymize",
  show() { anonSection().hidden = false; },
  clear() {
    if (!$("anon-page")) return;
    $("anon-text").value = "";
    $("anon-doc").value = "";
    $("anon-view").replaceChildren();
    $("anon-list").replaceChildren();
    $("anon-results").hidden = true;
    setStatus($("anon-status"), "");
  },
});
