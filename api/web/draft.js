// 文书生成: draft a judgment from facts or a stored case, show each
// sentence's source beside the similar cases and rules used, edit, export .docx.
"use strict";

const DRAFT_SOURCES = { facts: "取自案件事实", template: "文书模板", rule: "法律规则库", sentencing: "量刑推荐", llm: "大模型改写（已复核）", edited: "人工修改" };

function sourceLabel(src) {
  if (!src) return "";
  if (src.startsWith("case:")) return "改写自类案 " + src.slice(5);
  if (src.startsWith("rule:")) return "依据 " + src.slice(5);
  return DRAFT_SOURCES[src] || src;
}

let currentDraft = null;

function renderDraft(d) {
  currentDraft = d;
  const showSources = $("draft-sources").checked;
  const body = $("draft-body");
  body.replaceChildren();
  for (const sec of d.sections) {
    const block = el("section", { cls: "draft-section" });
    block.dataset.key = sec.key;
    block.append(el("h3", { text: sec.title }));
    const text = el("div", { cls: "draft-text" });
    text.contentEditable = "true";
    text.spellcheck = false;
    for (const s of sec.sentences) {
      const span = el("span", { cls: "draft-sentence src-" + (s.source || "").split(":")[0], text: s.text, title: sourceLabel(s.source) + (s.note ? "：" + s.note : "") });
      text.append(span);
      if (showSources && s.source) text.append(el("sup", { cls: "draft-src", text: "〔" + sourceLabel(s.source) + "〕" }));
    }
    block.append(text);
    body.append(block);
  }
  const cases = $("draft-cases");
  cases.replaceChildren(...(d.similar || []).map((c) => el("li", {}, el("strong", { text: c.title || c.id }), el("span", { cls: "meta", text: " " + (c.charges || []).join("、") + " " + (c.penalty || "") }))));
  const arts = $("draft-articles");
  arts.replaceChildren(...(d.articles || []).map((a) => el("li", { title: a.text || "" }, el("strong", { text: "《" + a.law + "》" + a.label }), el("span", { cls: a.resolved ? "meta" : "meta error", text: a.resolved ? "（已在规则库核对）" + (a.why ? " " + a.why : "") : "（规则库未能解析）" }))));
  const notes = $("draft-notes");
  notes.replaceChildren(...(d.notes || []).map((n) => el("li", { text: n })));
  $("draft-output").hidden = false;
  setStatus($("draft-status"), d.drafter === "llm" ? "已生成（大模型改写）" : "已生成（离线起草）");
}


// renderDraftCheck lists what the judgment checker found in the draft
// before the assistant edits it.
function renderDraftCheck(rep) {
  const notes = $("draft-notes");
  if (!rep) {
    notes.append(el("li", { cls: "error", text: "本稿未经智能纠错检查（检查服务不可用）" }));
    return;
  }
  const fs = rep.findings || [];
  notes.append(el("li", { text: fs.length ? `智能纠错发现 ${fs.length} 处问题：` : "智能纠错未发现问题" }));
  for (const f of fs) {
    notes.append(el("li", { cls: f.severity === "error" ? "error" : "", text: `【${SEVERITY_LABELS[f.severity] || f.severity}】“${f.quote}”：${f.message}${f.suggestion ? "（" + f.suggestion + "）" : ""}` }));
  }
}

async function submitDraft(ev) {
  ev.preventDefault();
  const status = $("draft-status");
  const body = {
    facts: $("draft-facts").value,
    doc_id: $("draft-doc").value.trim(),
    kind: $("draft-kind").value,
    charges: $("draft-charges").value.split(/[,，、\s]+/).filter(Boolean),
  };
  setStatus(status, "正在起草……");
  $("draft-submit").disabled = true;
  try {
    const resp = await api("/api/v1/draft", { method: "POST", body: JSON.stringify(body) });
    renderDraft(resp.draft);
    renderDraftCheck(resp.check);
  } catch (err) {
    setStatus(status, describe(err), true);
  } finally {
    $("draft-submit").disabled = false;
  }
}

// editedSections reads the sections back from the editable blocks.
function editedSections() {
  return [...$("draft-body").querySelectorAll(".draft-section")].map((block) => {
    const text = block.querySelector(".draft-text");
    const parts = [...text.childNodes].filter((n) => !(n.nodeType === 1 && n.classList.contains("draft-src")));
    return { key: block.dataset.key, text: parts.map((n) => n.textContent).join("") };
  });
}

async function exportDocx() {
  if (!currentDraft) return;
  const status = $("draft-status");
  try {
    const resp = await fetch("/api/v1/draft/docx", {
      method: "POST",
      headers: { Authorization: "Bearer " + (sessionStorage.getItem(TOKEN_KEY) || ""), "Content-Type": "application/json" },
      body: JSON.stringify({ title: currentDraft.title, sections: editedSections(), articles: currentDraft.articles || [] }),
    });
    if (!resp.ok) {
      let b = null;
      try { b = await resp.json(); } catch (e) { b = null; }
      throw new ApiError(resp.status, b);
    }
    const blob = await resp.blob();
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = (currentDraft.title || "判决书") + "（草稿）.docx";
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    setStatus(status, "已导出 .docx");
  } catch (err) {
    setStatus(status, describe(err), true);
  }
}

registerPage({
  id: "draft", label: "文书生成", section: "draft-page", feature: "draft",
  clear() {
    currentDraft = null;
    for (const id of ["draft-facts", "draft-doc", "draft-charges"]) $(id).value = "";
    for (const id of ["draft-body", "draft-cases", "draft-articles", "draft-notes"]) $(id).replaceChildren();
    $("draft-output").hidden = true;
    setStatus($("draft-status"), "");
  },
  show() {},
});

$("draft-form").addEventListener("submit", submitDraft);
$("draft-export").addEventListener("click", exportDocx);
$("draft-sources").addEventListener("change", () => { if (currentDraft) renderDraft({ ...currentDraft, sections: currentDraft.sections }); });
