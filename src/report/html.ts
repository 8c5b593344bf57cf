/**
 * `renderReport()`: one self-contained HTML page (inline CSS and JS, no network) showing a
 * text with every figure highlighted by kind. Hovering, focusing or tapping a figure shows
 * its normalised value, conversion, period dates, attribution and check findings; a side
 * table lists the figures (sortable) and the findings. Works on a phone and in print.
 * Pure string building, no Node modules.
 */
import type { Figure } from '../types';
import { figureBrief, figureDetails, figureSortKey, figureValue, findingsFor, type FindingLike } from './describe';

export interface ReportInput {
  readonly text: string;
  readonly figures: readonly Figure[];
  /** Check findings; absent when checks were not run (the page says so). */
  readonly findings?: readonly FindingLike[];
  readonly title?: string;
  /** Shown in the header. */
  readonly options?: { readonly referenceDate?: string; readonly convertTo?: string; readonly fiscalYearStart?: number };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);
/** JSON safe inside a `<script>` element. */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const KIND_ORDER = { money: 0, percent: 1, period: 2 } as const;
const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2, pass: 3 };

const CSS = `
:root{--money:#dff3e4;--money-line:#1e7b34;--percent:#e3ecfd;--percent-line:#1a56c4;--period:#fff1cc;--period-line:#9a5f00;--error:#c5221f;--warning:#d97706;--info:#5f6368;--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;--bg:#fff}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{padding:1rem 1.25rem .5rem;border-bottom:1px solid var(--rule)}
h1{font-size:1.25rem;margin:0 0 .25rem}
h2{font-size:1rem;margin:1rem 0 .5rem}
.meta{color:var(--muted);margin:.25rem 0;font-size:.9rem}
.legend{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 0;padding:0;list-style:none;font-size:.85rem}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(20rem,36rem);gap:1.5rem;padding:1rem 1.25rem;max-width:90rem;margin:0 auto}
.doc{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;line-height:1.7;margin:0}
mark.fig{color:inherit;border-radius:3px;padding:0 .1em;cursor:help;border-bottom:2px solid;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.fig.money{background:var(--money);border-bottom-color:var(--money-line);border-bottom-style:solid}
.fig.percent{background:var(--percent);border-bottom-color:var(--percent-line);border-bottom-style:dashed}
.fig.period{background:var(--period);border-bottom-color:var(--period-line);border-bottom-style:dotted}
.fig.finding-error{outline:2px solid var(--error);outline-offset:1px}
.fig.finding-warning{outline:2px solid var(--warning);outline-offset:1px}
.fig.finding-info{outline:1px dashed var(--info);outline-offset:1px}
mark.fig:focus-visible,mark.fig:target{outline:3px solid #0969da;outline-offset:2px}
.legend .fig{padding:.05rem .4rem;border-radius:3px;border-bottom:2px solid}
.legend .flag{padding:.05rem .4rem;border-radius:3px;outline:2px solid var(--error)}
aside{min-width:0}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .4rem;border-bottom:1px solid var(--rule)}
th{position:sticky;top:0;background:#f6f8fa}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th button::after{content:" \\2195";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" \\2191"}
th[aria-sort=descending] button::after{content:" \\2193"}
td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
td.notes{font-size:.8rem;color:var(--muted);min-width:8rem}
td a{color:inherit}
.kind{display:inline-block;padding:0 .35rem;border-radius:3px;border-bottom:2px solid}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem}
.sev.error{color:var(--error)}.sev.warning{color:var(--warning)}.sev.info{color:var(--info)}
.none{color:var(--muted);font-style:italic}
#tip{position:absolute;z-index:10;max-width:min(26rem,calc(100vw - 1rem));background:#fff;border:1px solid var(--rule);border-radius:6px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:.5rem .7rem;font-size:.85rem;line-height:1.4}
#tip[hidden]{display:none}
#tip .tip-head{font-weight:600;margin-bottom:.3rem}
#tip dl{display:grid;grid-template-columns:auto 1fr;gap:.15rem .6rem;margin:0}
#tip dt{color:var(--muted)}#tip dd{margin:0;overflow-wrap:anywhere}
#tip .value{font-weight:600}
footer{color:var(--muted);font-size:.8rem;padding:0 1.25rem 1rem}
@media (max-width:900px){main{display:block;padding:.75rem}.doc{font-size:1rem}aside{margin-top:1.5rem}}
@media (max-width:600px){#figures th:last-child,#figures td.notes{display:none}header{padding:.75rem}}
@media print{
  body{font-size:11pt}
  #tip,th button::after{display:none}
  main{display:block;padding:0}
  header{border:0;padding:0 0 .5rem}
  aside{break-before:page}
  mark.fig::after{content:"[" attr(data-n) "]";font-size:.65em;vertical-align:super;color:var(--muted)}
  th{position:static}
  tr{break-inside:avoid}
  a{text-decoration:none}
}
`;

const JS = `
(function(){
  var data = JSON.parse(document.getElementById('fig-data').textContent);
  var tip = document.getElementById('tip');
  var current = null;
  function show(el){
    var d = data[+el.getAttribute('data-i')];
    if (!d) return;
    current = el;
    tip.textContent = '';
    var head = document.createElement('div');
    head.className = 'tip-head';
    head.textContent = d.kind + ': \\u201c' + d.text + '\\u201d';
    tip.appendChild(head);
    var dl = document.createElement('dl');
    d.rows.forEach(function(r, i){
      var dt = document.createElement('dt'); dt.textContent = r[0];
      var dd = document.createElement('dd'); dd.textContent = r[1];
      if (i === 0) dd.className = 'value';
      dl.appendChild(dt); dl.appendChild(dd);
    });
    tip.appendChild(dl);
    tip.hidden = false;
    el.setAttribute('aria-describedby', 'tip');
    var r = el.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(Math.max(8, r.left), document.documentElement.clientWidth - w - 8);
    var top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (top + window.scrollY) + 'px';
  }
  function hide(){
    if (current) current.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  }
  function fig(t){ return t && t.closest ? t.closest('mark.fig') : null; }
  document.addEventListener('mouseover', function(e){ var m = fig(e.target); if (m) show(m); });
  document.addEventListener('mouseout', function(e){ var m = fig(e.target); if (m && !m.contains(e.relatedTarget) && document.activeElement !== m) hide(); });
  document.addEventListener('focusin', function(e){ var m = fig(e.target); if (m) show(m); });
  document.addEventListener('focusout', function(e){ if (fig(e.target)) hide(); });
  document.addEventListener('keydown', function(e){ if (e.key === 'Escape') hide(); });
  window.addEventListener('resize', function(){ if (current) show(current); });
  window.addEventListener('hashchange', function(){ var m = document.getElementById(location.hash.slice(1)); if (m && m.matches('mark.fig')) m.focus(); });

  function cmp(a, b){
    var na = parseFloat(a), nb = parseFloat(b);
    if (!isNaN(na) && !isNaN(nb) && String(na) === a && String(nb) === b) return na - nb;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function(table){
    var ths = table.querySelectorAll('th[data-key]');
    Array.prototype.forEach.call(ths, function(th){
      th.querySelector('button').addEventListener('click', function(){
        var key = th.getAttribute('data-key');
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        Array.prototype.forEach.call(ths, function(o){ o.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function(x, y){
          var a = (x.getAttribute('data-' + key) || '').split('|'), b = (y.getAttribute('data-' + key) || '').split('|');
          for (var i = 0; i < Math.max(a.length, b.length); i++){ var c = cmp(a[i] || '', b[i] || ''); if (c) return c * dir; }
          return (+x.getAttribute('data-pos') - +y.getAttribute('data-pos')) * dir;
        });
        rows.forEach(function(r){ body.appendChild(r); });
      });
    });
  });
})();
`;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Renders the report page. */
export function renderReport(input: ReportInput): string {
  if (typeof input !== 'object' || input === null) throw new TypeError(`input must be an object { text, figures }, got ${input === null ? 'null' : typeof input}`);
  if (typeof input.text !== 'string') throw new TypeError(`input.text must be a string, got ${typeof input.text}`);
  if (!Array.isArray(input.figures as unknown)) throw new TypeError('input.figures must be an array of figures (from extract())');
  if (input.findings !== undefined && !Array.isArray(input.findings as unknown)) throw new TypeError('input.findings must be an array of findings (from check())');
  // Named here rather than as "Cannot destructure property 'start' of 'f.span'" deep inside.
  input.figures.forEach((f: unknown, i) => {
    const g = f as Partial<Figure> | null;
    if (typeof g !== 'object' || g === null || !(typeof g.kind === 'string' && g.kind in KIND_ORDER) || typeof g.text !== 'string' || typeof g.span?.start !== 'number' || typeof g.span?.end !== 'number')
      throw new TypeError(`input.figures[${i}] must be a figure from extract() (with kind, span and text), got ${JSON.stringify(f)?.slice(0, 80)}`);
  });
  input.findings?.forEach((x: unknown, i) => {
    const g = x as Partial<FindingLike> | null;
    if (typeof g !== 'object' || g === null || typeof g.message !== 'string' || !Array.isArray(g.spans))
      throw new TypeError(`input.findings[${i}] must be a finding from check() (with message and spans), got ${JSON.stringify(x)?.slice(0, 80)}`);
  });
  if (input.title !== undefined && typeof input.title !== 'string') throw new TypeError(`input.title must be a string, got ${typeof input.title}`);
  const { text } = input;
  const findings = [...(input.findings ?? [])].filter((f) => f.severity !== 'pass');
  const figures = [...input.figures].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const title = input.title ?? 'finfigures report';

  const perFigure = figures.map((f) => findingsFor(f, findings));
  const data = figures.map((f, i) => ({ kind: f.kind, text: f.text, rows: figureDetails(f, perFigure[i]) }));

  // The text with one <mark> per figure; a figure that overlaps an earlier one or whose span
  // does not match the text is listed in the table but not highlighted.
  let body = '';
  let cursor = 0;
  const highlighted = new Set<number>();
  figures.forEach((f, i) => {
    const { start, end } = f.span;
    if (start < cursor || end > text.length || text.slice(start, end) !== f.text) return;
    body += escapeHtml(text.slice(cursor, start));
    const worst = perFigure[i]!.map((x) => x.severity).sort((a, b) => (SEVERITY_RANK[a] ?? 9) - (SEVERITY_RANK[b] ?? 9))[0];
    const cls = `fig ${f.kind}${worst ? ` finding-${escapeHtml(worst)}` : ''}`;
    body += `<mark class="${cls}" id="f${i + 1}" data-i="${i}" data-n="${i + 1}" tabindex="0" aria-label="${escapeHtml(`${f.kind} ${f.text}: ${figureValue(f)}`)}">${escapeHtml(f.text)}</mark>`;
    cursor = end;
    highlighted.add(i);
  });
  body += escapeHtml(text.slice(cursor));

  const counts = { money: 0, percent: 0, period: 0 };
  for (const f of figures) counts[f.kind]++;
  const meta: string[] = [
    `${plural(figures.length, 'figure')}: ${counts.money} money, ${counts.percent} percent, ${plural(counts.period, 'period')}`,
  ];
  const o = input.options ?? {};
  if (o.referenceDate) meta.push(`reference date ${o.referenceDate}`);
  if (o.fiscalYearStart) meta.push(`fiscal year starts in month ${o.fiscalYearStart}`);
  if (o.convertTo) meta.push(`amounts converted to ${o.convertTo}`);
  meta.push(input.findings === undefined ? 'checks not run' : plural(findings.length, 'finding'));

  const rows = figures
    .map((f, i) => {
      const key = figureSortKey(f);
      const details = figureBrief(f, perFigure[i]).map(escapeHtml).join('<br>');
      const textCell = highlighted.has(i) ? `<a href="#f${i + 1}">${escapeHtml(f.text)}</a>` : `${escapeHtml(f.text)} <span class="none">(not highlighted: overlaps)</span>`;
      return (
        `<tr data-pos="${i + 1}" data-kind="${KIND_ORDER[f.kind]}|${f.span.start}" data-value="${KIND_ORDER[f.kind]}|${Number.isNaN(key) ? '' : key}" data-text="${escapeHtml(f.text.toLowerCase())}">` +
        `<td class="num">${i + 1}</td><td><span class="kind fig ${f.kind}">${f.kind}</span></td><td>${textCell}</td>` +
        `<td class="num">${escapeHtml(figureValue(f))}</td><td class="notes">${details}</td></tr>`
      );
    })
    .join('\n');

  const indexOf = (s: { start: number; end: number }): number => figures.findIndex((f) => f.span.start === s.start && f.span.end === s.end);
  const findingRows = findings
    .map((x, i) => {
      const links = x.spans
        .map((s) => {
          const k = indexOf(s);
          return k >= 0 ? `<a href="#f${k + 1}">${escapeHtml(figures[k]!.text)}</a>` : escapeHtml(text.slice(s.start, s.end));
        })
        .join(', ');
      return `<tr data-pos="${i + 1}" data-severity="${SEVERITY_RANK[x.severity] ?? 9}|${x.spans[0]?.start ?? 0}"><td><span class="sev ${escapeHtml(x.severity)}">${escapeHtml(x.severity)}</span></td><td>${escapeHtml(x.kind)}</td><td>${escapeHtml(x.message)}</td><td>${links}</td></tr>`;
    })
    .join('\n');

  const findingsSection =
    input.findings === undefined
      ? '<p class="none">Checks were not run.</p>'
      : findings.length === 0
        ? '<p class="none">No findings: the figures that could be checked agree.</p>'
        : `<div class="scroll"><table class="sortable" id="findings"><thead><tr><th data-key="severity" scope="col"><button type="button">Severity</button></th><th scope="col">Check</th><th scope="col">Message</th><th scope="col">Figures</th></tr></thead><tbody>\n${findingRows}\n</tbody></table></div>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="finfigures">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>
<ul class="legend" aria-label="Legend"><li><span class="fig money">money</span></li><li><span class="fig percent">percent</span></li><li><span class="fig period">period</span></li><li><span class="flag">has a check finding</span></li></ul>
</header>
<main>
<article class="doc" id="text" aria-label="Text with figures highlighted">${body}</article>
<aside>
<section aria-labelledby="h-figures">
<h2 id="h-figures">Figures</h2>
${figures.length === 0 ? '<p class="none">No figures found.</p>' : `<div class="scroll"><table class="sortable" id="figures"><thead><tr><th data-key="pos" scope="col"><button type="button">#</button></th><th data-key="kind" scope="col"><button type="button">Kind</button></th><th data-key="text" scope="col"><button type="button">Text</button></th><th data-key="value" scope="col"><button type="button">Value</button></th><th scope="col">Notes</th></tr></thead><tbody>\n${rows}\n</tbody></table></div>`}
</section>
<section aria-labelledby="h-findings">
<h2 id="h-findings">Findings</h2>
${findingsSection}
</section>
</aside>
</main>
<footer>Made by finfigures. Hover, focus (Tab) or tap a highlighted figure for its value; the table's headers sort it.</footer>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="fig-data">${scriptJson(data)}</script>
<script>${JS}</script>
</body>
</html>
`;
}
