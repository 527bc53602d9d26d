// Leian web UI: token login, similar-case push, case detail and law lookup.
// Every piece of data reaches the page through textContent, never parsed as HTML.
"use strict";

const TOKEN_KEY = "leian.token";
const $ = (id) => document.getElementById(id);

const SIGNAL_LABELS = { bm25: "关键词", lexical: "关键词", dense: "语义", elements: "要素", charge: "罪名", article: "法条", circumstance: "情节", amount: "数额", penalty: "刑罚", loan: "借贷要素" };
const RULE_KINDS = { article: "法条", interpretation: "司法解释", guiding_case: "指导性案例" };
const SECTION_LABELS = {
  header: "首部", parties: "当事人", history: "审理经过", claims: "指控与诉称", defence: "辩护与辩称", facts: "事实",
  findings: "经审理查明", evidence: "证据", reasoning: "本院认为", legal_basis: "法律依据", verdict: "裁判结果",
  tail: "尾部", appendix: "附录", summary: "摘要", full: "全文",
};
const REASON_KINDS = { charge: "罪名", article: "法条", circumstance: "情节", amount: "数额", penalty: "刑罚", passage: "文字", loan: "借贷要素", interest: "利息", party: "当事人" };

// el builds an element with text content and classes; children may be nodes or strings.
function el(tag, opts = {}, ...children) {
  const node = document.createElement(tag);
  if (opts.cls) node.className = opts.cls;
  if (opts.text !== undefined) node.textContent = String(opts.text);
  if (opts.title) node.title = opts.title;
  for (const c of children) node.append(c);
  return node;
}

class ApiError extends Error {
  constructor(status, body) {
    const e = (body && body.error) || {};
    super(e.message || `请求失败（HTTP ${status}）`);
    this.status = status;
    this.field = e.field || "";
    this.requestId = e.request_id || "";
  }
}

async function api(path, options = {}) {
  const headers = { Authorization: "Bearer " + (sessionStorage.getItem(TOKEN_KEY) || "") };
  if (options.body) headers["Content-Type"] = "application/json";
  let resp;
  try {
    resp = await fetch(path, { ...options, headers });
  } catch (err) {
    throw new ApiError(0, { error: { message: "无法连接服务器，请检查网络或服务是否在运行" } });
  }
  let body = null;
  try { body = await resp.json(); } catch (err) { body = null; }
  if (!resp.ok) {
    if (resp.status === 401) showLogin("令牌无效或已撤销，请重新输入");
    throw new ApiError(resp.status, body);
  }
  return body;
}

// SEVERITY_LABELS and SVG_NS are shared by the page files: every script
// shares one global scope, so a name is declared once, here.
const SEVERITY_LABELS = { error: "错误", warning: "警告", info: "提示" };
const SVG_NS = "http://www.w3.org/2000/svg";

// FIELD_LABELS name request fields as the forms do: a judge reads 结束年份,
// not filters.year_to.
const FIELD_LABELS = {
  facts: "案件事实", charges: "罪名", articles: "法条", k: "数量", q: "查询内容", id: "文书编号", body: "请求内容",
  court: "法院", kind: "刑种", term_months: "刑期", probation: "缓刑", probation_months: "缓刑考验期", fine_yuan: "罚金",
  circumstances: "量刑情节", text: "文书全文", doc_id: "文书编号", doc: "文书编号", file: "文件", header: "文书首部",
  "filters.court": "法院", "filters.year_from": "起始年份", "filters.year_to": "结束年份", "filters.year": "年份范围",
  reason: "理由", mark: "运用情况", case_no: "待决案件案号", "query.facts": "案件事实", pushed: "检索结果", selected: "选中类案",
  "filters.procedure": "审级", "filters.doc_type": "文书", "filters.case_type": "案件类型", "filters.charges": "罪名筛选",
};

function fieldLabel(field) {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  // charges[1] is the second charge; defendants[0].penalty.months the first defendant's term.
  const m = field.match(/^([a-z_.]*?)(?:\[(\d+)\])?$/);
  if (m && m[2] !== undefined && FIELD_LABELS[m[1]]) return `${FIELD_LABELS[m[1]]}（第${Number(m[2]) + 1}项）`;
  const last = field.split(".").pop().replace(/\[\d+\]$/, "");
  if (FIELD_LABELS[last]) return FIELD_LABELS[last];
  return field.startsWith("filters.") ? "筛选条件" : "输入内容";
}

function describe(err) {
  const field = err.field ? `（请检查：${fieldLabel(err.field)}）` : "";
  const rid = err.requestId ? ` 请求编号 ${err.requestId}` : "";
  return err.message + field + rid;
}

function setStatus(node, text, isError) {
  node.textContent = text;
  node.classList.toggle("error", Boolean(isError));
}

// ---- pages ----

// PAGES are the views a role may open from the navigation bar. Each page
// beyond the push registers itself from its own file (registerPage) with
// the feature that admits it, how to show it, and how to clear every piece
// of case data it holds when the user logs out.
const PAGES = [];

function registerPage(page) {
  PAGES.push(page);
}

function showPage(id) {
  for (const p of PAGES) {
    const node = $(p.section);
    if (node) node.hidden = p.id !== id;
  }
  $("detail").hidden = true;
  for (const b of $("nav").querySelectorAll("button")) b.classList.toggle("current", b.dataset.page === id);
  const page = PAGES.find((p) => p.id === id);
  if (page && page.show) page.show();
}

function renderNav(features) {
  const allowed = PAGES.filter((p) => !p.feature || features.includes(p.feature));
  $("nav").replaceChildren(...allowed.map((p) => {
    const b = el("button", { cls: "link", text: p.label });
    b.type = "button";
    b.dataset.page = p.id;
    b.addEventListener("click", () => showPage(p.id));
    return b;
  }));
  $("nav").hidden = allowed.length < 2;
  return allowed;
}

registerPage({
  id: "similar", label: "类案推送", section: "app",
  clear() {
    for (const id of ["facts", "charges", "articles", "court", "year-from", "year-to", "law-q", "procedure", "doc-type"]) $(id).value = "";
    $("k").value = "10";
    for (const id of ["results", "rules", "law-results", "detail-elements", "detail-sections"]) $(id).replaceChildren();
    for (const id of ["status", "law-status", "detail-title", "detail-meta"]) setStatus($(id), "");
    setStatus($("rules-note"), "推送类案后，这里列出相关法条、司法解释和指导性案例。");
  },
});

// ---- login ----

function showLogin(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  for (const p of PAGES) {
    const node = $(p.section);
    if (node) node.hidden = true;
    p.clear();
  }
  $("detail").hidden = true;
  $("who").hidden = true;
  $("who-name").textContent = "";
  $("notice").hidden = true;
  $("notice").textContent = "";
  $("nav").hidden = true;
  $("login").hidden = false;
  setStatus($("login-status"), message || "", Boolean(message));
}

async function enter() {
  const me = await api("/api/v1/me");
  $("who-name").textContent = `${me.user}（${me.role_label}）`;
  $("who").hidden = false;
  $("login").hidden = true;
  document.dispatchEvent(new CustomEvent("leian:enter", { detail: me }));
  // The index may be incomplete (an interrupted build): say so before anyone trusts a push.
  $("notice").textContent = me.features.includes("similar") ? (me.notice || "") : "";
  $("notice").hidden = !$("notice").textContent;
  const pages = renderNav(me.features);
  showPage(pages.length ? pages[0].id : "similar");
  const canPush = me.features.includes("similar");
  $("push").hidden = !canPush;
  $("no-push").hidden = canPush;
  $("no-push").textContent = canPush ? "" : `当前角色（${me.role_label}）无权使用类案推送，可使用法条查询。`;
}

$("login-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
  setStatus($("login-status"), "正在验证…");
  try {
    await enter();
    $("token").value = "";
    setStatus($("login-status"), "");
  } catch (err) {
    showLogin(describe(err));
  }
});

$("logout").addEventListener("click", () => showLogin("已退出"));

// ---- similar-case push ----

function splitList(s) {
  return s.split(/[,，、;；\s]+/).map((x) => x.trim()).filter(Boolean);
}

function pushRequest() {
  const num = (id) => (($(id).value || "").trim() === "" ? 0 : Number($(id).value));
  return {
    facts: $("facts").value,
    charges: splitList($("charges").value),
    articles: splitList($("articles").value),
    filters: {
      court: $("court").value.trim(),
      year_from: num("year-from"),
      year_to: num("year-to"),
      procedure: $("procedure").value,
      doc_type: $("doc-type").value,
    },
    k: num("k"),
  };
}

$("push").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const req = pushRequest();
  const results = $("results");
  $("submit").disabled = true;
  results.setAttribute("aria-busy", "true");
  results.classList.add("loading");
  setStatus($("status"), "正在检索类案…");
  try {
    const resp = await api("/api/v1/similar", { method: "POST", body: JSON.stringify(req) });
    renderCases(resp.cases, req.facts.trim()); // the server trims; offsets count from there
    renderRules(resp.rules, resp.rules_note);
    // Page files (report.js) add their controls to the cards.
    document.dispatchEvent(new CustomEvent("leian:push", { detail: { request: req, response: resp } }));
    setStatus($("status"), `找到 ${resp.cases.length} 件类案，用时 ${resp.took_ms} 毫秒`);
  } catch (err) {
    setStatus($("status"), describe(err), true);
  } finally {
    $("submit").disabled = false;
    results.removeAttribute("aria-busy");
    results.classList.remove("loading");
  }
});

function renderCases(cases, facts) {
  const results = $("results");
  results.replaceChildren();
  if (cases.length === 0) {
    results.append(el("p", { cls: "panel", text: "没有找到符合条件的类案，可放宽筛选条件后重试。" }));
    return;
  }
  cases.forEach((c, i) => results.append(caseCard(c, i + 1, facts)));
}

function caseCard(c, rank, facts) {
  const title = el("button", { cls: "link case-title", text: `${rank}. ${c.title || c.id}` });
  title.type = "button";
  title.addEventListener("click", () => openDetail(c.id));
  const meta = [c.court, c.year ? `${c.year}年` : "", c.case_no, (c.charges || []).join("、"), c.penalty].filter(Boolean).join(" · ");
  const card = el("article", { cls: "case" }, el("h3", {}, title), el("p", { cls: "meta", text: meta }));
  card.dataset.id = c.id;
  card.append(signalBar(c.score, c.signals || {}));
  card.append(reasonChips(c.reasons || []));
  for (const h of c.highlights || []) card.append(passage(h, facts));
  return card;
}

// signalBar draws each ranking signal's share of the score as a segment.
function signalBar(score, signals) {
  const entries = Object.entries(signals).filter(([, v]) => v > 0);
  const total = entries.reduce((s, [, v]) => s + v, 0);
  const bar = el("div", { cls: "bar" });
  const legend = el("div", { cls: "scores", text: `相似度 ${score.toFixed(3)}` });
  entries.forEach(([name, v], i) => {
    const label = SIGNAL_LABELS[name] || name;
    const seg = el("span", { cls: `seg seg${i % 5}`, title: `${label} ${v.toFixed(3)}` });
    seg.style.width = `${(100 * v / total).toFixed(1)}%`;
    bar.append(seg);
    legend.append(el("span", { cls: `key seg${i % 5}`, text: `${label} ${v.toFixed(3)}` }));
  });
  return el("div", { cls: "signals" }, bar, legend);
}

function reasonChips(reasons) {
  const list = el("ul", { cls: "chips" });
  for (const r of reasons) {
    const kind = REASON_KINDS[r.kind] || r.kind;
    list.append(el("li", { cls: r.shared ? "chip shared" : "chip diff", text: r.text, title: `${r.shared ? "相同" : "不同"} · ${kind}` }));
  }
  return list;
}

// marked returns text[start:end] (rune offsets) wrapped in <mark>, with up
// to ctx characters of context on each side.
function marked(text, start, end, ctx) {
  const runes = Array.from(text || "");
  start = Math.max(0, Math.min(start, runes.length));
  end = Math.max(start, Math.min(end, runes.length));
  const from = Math.max(0, start - ctx);
  const to = Math.min(runes.length, end + ctx);
  const frag = document.createDocumentFragment();
  frag.append((from > 0 ? "…" : "") + runes.slice(from, start).join(""));
  frag.append(el("mark", { text: runes.slice(start, end).join("") }));
  frag.append(runes.slice(end, to).join("") + (to < runes.length ? "…" : ""));
  return frag;
}

function passage(h, facts) {
  const doc = Array.from(h.doc_text || "");
  // doc_text is either the whole field (offsets inside it) or just the passage.
  const docPart = h.doc_end > h.doc_start && h.doc_end <= doc.length
    ? marked(h.doc_text, h.doc_start, h.doc_end, 40)
    : marked(h.doc_text, 0, doc.length, 0);
  return el("div", { cls: "passage" },
    el("p", {}, el("span", { cls: "who", text: "本案" }), marked(facts, h.query_start, h.query_end, 30)),
    el("p", {}, el("span", { cls: "who", text: "类案" }), docPart));
}

// renderRules lists the rules of the case itself, then, under their own
// heading, those only similar cases' charges suggest.
function renderRules(rules, note) {
  const own = rules.filter((r) => r.group !== "similar");
  const similar = rules.filter((r) => r.group === "similar");
  setStatus($("rules-note"), note || (own.length ? "" : "没有找到适用于本案的规则。"), Boolean(note));
  const nodes = own.map(ruleCard);
  if (similar.length) {
    nodes.push(el("h3", { cls: "rules-group", text: "类案参考：类案所涉罪名的法条（本案尚未认定该罪名，仅供参考）" }));
    nodes.push(...similar.map(ruleCard));
  }
  $("rules").replaceChildren(...nodes);
}

function ruleCard(r) {
  const head = el("h4", {}, el("span", { cls: "kind", text: RULE_KINDS[r.kind] || r.kind }), ` ${r.ref}`);
  const card = el("div", { cls: "rule" }, head);
  if (r.title) card.append(el("p", { cls: "meta", text: r.title }));
  card.append(el("p", { cls: "rule-text", text: r.text }));
  if (r.reason) card.append(el("p", { cls: "why", text: `适用理由：${r.reason}` }));
  return card;
}

// ---- case detail ----

async function openDetail(id) {
  $("app").hidden = true;
  $("detail").hidden = false;
  $("detail-title").textContent = "正在加载文书…";
  $("detail-meta").textContent = "";
  $("detail-elements").replaceChildren();
  $("detail-sections").replaceChildren();
  try {
    const d = await api("/api/v1/docs/" + encodeURIComponent(id));
    $("detail-title").textContent = d.title || d.id;
    $("detail-meta").textContent = [d.court, d.case_no, d.procedure, d.doc_type, d.date, `编号 ${d.id}`].filter(Boolean).join(" · ");
    $("detail-elements").replaceChildren(...elementsView(d.elements));
    const sections = d.sections.length ? d.sections : [{ kind: "full", text: d.text }];
    $("detail-sections").replaceChildren(...sections.map((s) =>
      el("section", { cls: "doc-section" }, el("h4", { text: SECTION_LABELS[s.kind] || s.kind }), el("p", { cls: "doc-text", text: s.text }))));
  } catch (err) {
    $("detail-title").textContent = "无法打开文书";
    setStatus($("detail-meta"), describe(err), true);
  }
  window.scrollTo(0, 0);
}

function elementsView(e) {
  if (!e) return [];
  const out = [];
  const row = (label, values) => {
    if (values.length) out.push(el("p", { cls: "meta" }, el("strong", { text: `${label}：` }), values.join("、")));
  };
  row("罪名", e.charges || []);
  row("法条", (e.articles || []).map((a) => a.raw || `第${a.article}条`));
  row("情节", (e.circumstances || []).map((c) => c.kind));
  row("刑罚", (e.defendants || []).filter((d) => d.penalty).map((d) => `${d.name} ${penaltyWords(d.penalty)}`));
  return out;
}

function penaltyWords(p) {
  let s = p.kind + (p.months ? ` ${p.months}个月` : "");
  if (p.probation) s += `，缓刑${p.probation_months ? ` ${p.probation_months}个月` : ""}`;
  if (p.fine_yuan) s += `，罚金 ${p.fine_yuan} 元`;
  return s;
}

$("detail-back").addEventListener("click", () => {
  showPage("similar");
});

// ---- law lookup ----

$("law-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  setStatus($("law-status"), "正在查询…");
  $("law-results").replaceChildren();
  try {
    const resp = await api("/api/v1/law?q=" + encodeURIComponent($("law-q").value));
    setStatus($("law-status"), resp.rules.length ? "" : "未找到相关法条或案例");
    $("law-results").replaceChildren(...resp.rules.map(ruleCard));
  } catch (err) {
    setStatus($("law-status"), describe(err), true);
  }
});
