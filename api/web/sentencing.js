// Leian web UI: the 量刑建议 page — a sentence recommendation for a judge,
// with every step and the rule it applies, and the similar decided cases'
// terms as a histogram with the recommended term marked.
"use strict";


function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function monthsWords(m) {
  const n = Math.round(m);
  if (n <= 0) return "零";
  const y = Math.floor(n / 12), mo = n % 12;
  if (y === 0) return `${mo}个月`;
  return mo === 0 ? `${y}年` : `${y}年${mo}个月`;
}

function binLabel(b) {
  if (b.Lo >= 400) return "死刑";
  if (b.Lo >= 300) return "无期";
  if (b.Hi <= 1) return "0";
  return `${b.Lo}–${b.Hi - 1}月`;
}

// termChart draws the similar cases' term histogram, the recommended
// months marked on the bar that holds them.
function sentencingChart(similar, months) {
  const bins = similar.histogram || [];
  const w = 520, h = 180, pad = 28, bw = bins.length ? (w - 2 * pad) / bins.length : 0;
  const top = Math.max(1, ...bins.map((b) => b.Count));
  const svg = svgEl("svg", { viewBox: `0 0 ${w} ${h}`, role: "img", "aria-label": "相似案件刑期分布", class: "term-chart" });
  bins.forEach((b, i) => {
    const bh = ((h - 2 * pad) * b.Count) / top;
    const x = pad + i * bw;
    const marked = months >= b.Lo && months < b.Hi;
    svg.append(svgEl("rect", { x: x + 2, y: h - pad - bh, width: bw - 4, height: bh, class: marked ? "bar marked" : "bar" }));
    svg.append(svgEl("text", { x: x + bw / 2, y: h - pad + 14, "text-anchor": "middle", class: "axis" }, binLabel(b)));
    svg.append(svgEl("text", { x: x + bw / 2, y: h - pad - bh - 4, "text-anchor": "middle", class: "count" }, b.Count));
    if (marked) svg.append(svgEl("text", { x: x + bw / 2, y: 14, "text-anchor": "middle", class: "mark" }, `建议 ${monthsWords(months)}`));
  });
  return svg;
}

function traceView(trace) {
  const list = el("ol", { cls: "trace" });
  for (const s of trace) {
    const item = el("li", {}, el("strong", { text: `【${s.stage}】` }), el("span", { text: s.detail }));
    if (s.months > 0 && s.stage !== "结果") item.append(el("span", { cls: "meta", text: ` → ${monthsWords(s.months)}` }));
    if (s.source || s.rule) {
      item.append(el("div", { cls: "rule", text: `依据：${s.source || ""}${s.rule ? "　" + s.rule : ""}` }));
    }
    list.append(item);
  }
  return list;
}

function recommendationView(r) {
  const box = el("div");
  const result = r.trace.length ? r.trace[r.trace.length - 1].detail : "";
  box.append(el("h2", { text: "量刑建议" }), el("p", { cls: "verdict", text: result }));
  const charges = r.charges.join("、") + (r.charges_predicted ? "（由事实预测，请核对）" : "");
  box.append(el("p", { cls: "meta", text: `罪名：${charges}` }));
  box.append(el("p", { text: `缓刑：${r.probation.reason}` }));
  if (r.fine.basis) box.append(el("p", { text: `罚金：${r.fine.clause || ""} ${r.fine.basis}` }));
  for (const n of r.notes || []) box.append(el("p", { cls: "hint", text: `注：${n}` }));
  box.append(el("h3", { text: "推理步骤" }), traceView(r.trace));
  if (r.similar.n > 0) {
    const q = r.similar.quantiles;
    box.append(el("h3", { text: `相似已决案件（${r.similar.n} 件）` }),
      el("p", { cls: "meta", text: `刑期 5% ${monthsWords(q[0])}　25% ${monthsWords(q[1])}　中位数 ${monthsWords(q[2])}　75% ${monthsWords(q[3])}　95% ${monthsWords(q[4])}` }),
      sentencingChart(r.similar, r.months));
    const list = el("ul", { cls: "similar-cases" });
    for (const c of r.similar.cases.slice(0, 10)) {
      const o = c.outcome;
      const term = o.death ? "死刑" : o.life ? "无期徒刑" : o.months === 0 ? "免予刑事处罚或单处罚金" : monthsWords(o.months);
      list.append(el("li", {}, el("code", { text: c.id }), el("span", { text: `　${c.charges.join("、")}　${term}` })));
    }
    box.append(list);
  }
  return box;
}

registerPage({
  id: "sentencing", label: "量刑建议", section: "sentencing", feature: "sentencing",
  clear() {
    for (const id of ["sent-facts", "sent-charges", "sent-court"]) $(id).value = "";
    $("sent-result").replaceChildren();
    setStatus($("sent-status"), "");
  },
});

$("sent-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const body = { facts: $("sent-facts").value, charges: splitList($("sent-charges").value), court: $("sent-court").value.trim() };
  setStatus($("sent-status"), "正在计算…");
  $("sent-result").replaceChildren();
  try {
    const resp = await api("/api/v1/sentencing", { method: "POST", body: JSON.stringify(body) });
    $("sent-result").replaceChildren(recommendationView(resp.recommendation));
    setStatus($("sent-status"), `用时 ${resp.took_ms} 毫秒`);
  } catch (err) {
    setStatus($("sent-status"), describe(err), true);
  }
});
