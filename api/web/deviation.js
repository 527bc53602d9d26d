// Leian web UI: 偏离度预警 — a reviewer checks a proposed outcome against the
// law, the guideline and similar cases, and sees every alert's evidence.
"use strict";

const EVIDENCE_KINDS = { law: "法条", fact: "事实", case: "类案", guideline: "指导意见", model: "量刑估算" };

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

// chargeList splits charges at commas and spaces only: a charge's own
// name may hold 、 (走私、贩卖、运输、制造毒品罪).
function chargeList(s) {
  return s.split(/[,，;；\s]+/).map((x) => x.trim()).filter(Boolean);
}

function deviationRequest() {
  const text = $("dev-text").value.trim();
  if (text) return { text };
  const doc = $("dev-doc").value.trim();
  if (doc) return { doc_id: doc };
  const num = (id) => ($(id).value === "" ? 0 : Number($(id).value));
  return {
    facts: $("dev-facts").value,
    charges: chargeList($("dev-charges").value),
    articles: splitList($("dev-articles").value),
    kind: $("dev-kind").value,
    term_months: num("dev-term"),
    probation_months: num("dev-probation"),
    fine_yuan: num("dev-fine"),
    court: $("dev-court").value.trim(),
    circumstances: splitList($("dev-circumstances").value),
  };
}

$("dev-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const button = $("dev-submit");
  button.disabled = true;
  setStatus($("dev-status"), "正在检查…");
  $("dev-result").replaceChildren();
  try {
    const rep = await api("/api/v1/deviation", { method: "POST", body: JSON.stringify(deviationRequest()) });
    setStatus($("dev-status"), `用时 ${rep.took_ms} 毫秒`);
    renderDeviation(rep);
  } catch (err) {
    setStatus($("dev-status"), describe(err), true);
  } finally {
    button.disabled = false;
  }
});

function renderDeviation(rep) {
  const out = [];
  out.push(el("div", { cls: "dev-score panel" },
    el("span", { cls: `dev-level level-${rep.level}`, text: rep.level }),
    el("strong", { text: ` 偏离度 ${rep.score.toFixed(3)}` }),
    el("span", { cls: "hint", text: "（0 为与法律和类案一致，1 为违法）" })));
  const alerts = el("section", { cls: "panel" }, el("h2", { text: `预警（${rep.alerts.length}）` }));
  alerts.id = "dev-alerts";
  if (!rep.alerts.length) alerts.append(el("p", { cls: "hint", text: "未发现预警。" }));
  for (const a of rep.alerts) alerts.append(alertCard(a));
  out.push(alerts);
  if (rep.ranges && rep.ranges.length) {
    const rs = el("section", { cls: "panel" }, el("h2", { text: "法定刑幅度" }));
    for (const r of rep.ranges) rs.append(el("p", { cls: "meta" }, el("strong", { text: `${r.charge}（${(r.articles || []).join("、")}）：` }), r.basis));
    out.push(rs);
  }
  out.push(similarPanel(rep));
  const notes = [rep.guideline_note, ...(rep.notes || [])].filter(Boolean);
  for (const g of rep.guideline || []) {
    const r = g.recommendation;
    if (r.model_months) notes.unshift(`量刑估算：约${r.model_months}个月（拟判${g.proposed_months}个月）`);
    if (r.hi_months) notes.unshift(`量刑指导意见区间：${r.lo_months}–${r.hi_months}个月（拟判${g.proposed_months}个月）`);
  }
  for (const e of rep.expected || []) {
    const basis = [e.model_months ? `量刑估算${e.model_months}个月` : "", e.similar_months ? `${e.similar_n}件类案中位数${e.similar_months}个月` : ""].filter(Boolean).join("、");
    notes.unshift(`预期刑期：约${e.months}个月（${basis}；拟判${e.proposed_months}个月）`);
  }
  if (notes.length) out.push(el("section", { cls: "panel" }, el("h2", { text: "量刑指导意见" }), ...notes.map((n) => el("p", { cls: "hint", text: n }))));
  $("dev-result").replaceChildren(...out);
}

function alertCard(a) {
  const card = el("div", { cls: `dev-alert sev-${a.severity}` });
  card.append(el("p", {},
    el("span", { cls: "sev", text: SEVERITY_LABELS[a.severity] || a.severity }), " ",
    a.defendant ? el("strong", { text: `【${a.defendant}】` }) : "",
    a.message, " ", el("code", { text: a.code })));
  if (a.evidence && a.evidence.length) {
    const list = el("ul", { cls: "evidence" });
    for (const e of a.evidence) {
      list.append(el("li", {}, el("span", { cls: "ev-kind", text: EVIDENCE_KINDS[e.kind] || e.kind }), " ",
        el("strong", { text: e.ref + "：" }), el("span", { cls: "ev-text", text: e.text })));
    }
    card.append(el("details", {}, el("summary", { text: `依据（${a.evidence.length}）` }), list));
  }
  return card;
}

function similarPanel(rep) {
  const panel = el("section", { cls: "panel" }, el("h2", { text: "类案刑期分布" }));
  panel.id = "dev-similar";
  const d = rep.distribution;
  if (rep.similar_note) panel.append(el("p", { cls: "hint", text: rep.similar_note }));
  const comparable = (rep.similar_cases || []).filter((c) => c.comparable);
  if (d) {
    panel.append(el("p", { cls: "meta", text: `同罪名类案 ${d.n} 件：5% ${d.q05}个月 · 中位数 ${d.q50}个月 · 95% ${d.q95}个月；预警区间 ${d.low}–${d.high}个月` }));
    panel.append(deviationChart(comparable, d, rep.proposed_months || 0));
  }
  const table = el("table", { cls: "dev-cases" }, el("thead", {}, el("tr", {},
    el("th", { text: "编号" }), el("th", { text: "标题" }), el("th", { text: "罪名" }), el("th", { text: "判决" }), el("th", { text: "权重" }))));
  const body = el("tbody");
  for (const c of comparable.length ? comparable : (rep.similar_cases || []).slice(0, 10)) {
    body.append(el("tr", {}, el("td", { text: c.id }), el("td", { text: c.title || "" }), el("td", { text: (c.charges || []).join("、") }),
      el("td", { text: c.penalty || "" }), el("td", { text: c.weight ? c.weight.toFixed(2) : "" })));
  }
  table.append(body);
  panel.append(table);
  return panel;
}

// termChart draws the comparable cases' terms on a log-scaled axis: one
// bar per bin, the warning band shaded, the proposed term marked.
function deviationChart(cases, d, proposed) {
  const W = 640, H = 180, L = 40, R = 20, T = 16, B = 34;
  const terms = cases.map((c) => c.term_months).filter((t) => t > 0);
  const lo = Math.max(1, Math.min(d.low, ...terms, proposed || Infinity) * 0.8);
  const hi = Math.max(d.high, ...terms, proposed || 0) * 1.25;
  const x = (m) => L + (Math.log(m) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * (W - L - R);
  const bins = 16;
  const counts = new Array(bins).fill(0);
  for (const t of terms) counts[Math.min(bins - 1, Math.floor((Math.log(t) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * bins))]++;
  const top = Math.max(1, ...counts);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "term-chart", role: "img", "aria-label": "类案刑期分布图" });
  chart.append(svg("title", {}, "类案刑期分布（对数刻度），阴影为预警区间，红线为拟判刑期"));
  chart.append(svg("rect", { x: x(d.low), y: T, width: Math.max(1, x(d.high) - x(d.low)), height: H - T - B, class: "band" }));
  const bw = (W - L - R) / bins;
  counts.forEach((n, i) => {
    if (!n) return;
    const h = (n / top) * (H - T - B);
    chart.append(svg("rect", { x: L + i * bw + 1, y: H - B - h, width: bw - 2, height: h, class: "bar-bin" }));
  });
  chart.append(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }));
  for (const m of [1, 3, 6, 12, 24, 36, 60, 120, 180, 240]) {
    if (m < lo || m > hi) continue;
    chart.append(svg("line", { x1: x(m), y1: H - B, x2: x(m), y2: H - B + 4, class: "axis" }));
    chart.append(svg("text", { x: x(m), y: H - B + 16, class: "tick" }, m < 12 ? `${m}月` : `${m / 12}年`));
  }
  chart.append(svg("line", { x1: x(d.q50), y1: T, x2: x(d.q50), y2: H - B, class: "median" }));
  if (proposed > 0) {
    chart.append(svg("line", { x1: x(proposed), y1: T - 6, x2: x(proposed), y2: H - B, class: "proposed" }));
    chart.append(svg("text", { x: x(proposed), y: T - 6 + 2, class: "proposed-label" }, `拟判 ${proposed}个月`));
  }
  return chart;
}

registerPage({
  id: "deviation", label: "偏离度预警", section: "deviation-page", feature: "deviation",
  clear() {
    for (const id of ["dev-facts", "dev-charges", "dev-articles", "dev-term", "dev-probation", "dev-fine", "dev-court", "dev-circumstances", "dev-doc", "dev-text"]) $(id).value = "";
    $("dev-kind").value = "有期徒刑";
    $("dev-result").replaceChildren();
    setStatus($("dev-status"), "");
  },
});
