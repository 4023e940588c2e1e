/**
 * The interactive panel as one self-contained HTML page (works offline): the Vega runtime and
 * the panel's own spec builder are inlined, the log is embedded as a compact table, and the
 * page re-builds and re-renders the spec when the step range changes. Hover values come from a
 * small hand-written tooltip handler (vega-embed is not a dependency).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CockpitLog } from '../../core/record.js';
import { statusReport, formatReport } from '../status-report.js';
import { PANEL_RUNTIME } from './runtime.generated.js';
import { INSTRUMENT_TITLES, panelTitle, type PanelSpecOptions } from './spec.js';
import { buildTable, thinHistograms, TABLE_COLUMNS, type PanelTable } from './table.js';

/** Histograms kept per kind in the page (evenly spread, always the last): keeps the page small. */
export const HTML_HIST1D_KEEP = 300;
export const HTML_HIST2D_KEEP = 60;

let vegaSource: Promise<string> | undefined;

/** The minified Vega browser bundle from node_modules, read once. */
function vegaBundle(): Promise<string> {
  vegaSource ??= (async () => {
    const require = createRequire(import.meta.url);
    const main = require.resolve('vega');
    const path = main.replace(/build[\\/].*$/, 'build/vega.min.js');
    return readFile(path, 'utf8');
  })();
  return vegaSource;
}

/** Table as JSON: NaN → null, columns without any value left out. */
function encodeTable(t: PanelTable): unknown {
  const columns: Record<string, (number | null)[]> = {};
  for (const c of TABLE_COLUMNS) {
    const col = t.columns[c];
    if (col.some((v) => !Number.isNaN(v)))
      columns[c] = col.map((v) => (Number.isNaN(v) ? null : v));
  }
  const nonFinite = (v: number) => (Number.isFinite(v) ? v : String(v));
  return {
    steps: t.steps,
    columns,
    // ±Infinity survive as strings; the page turns them back into numbers.
    infinities: Object.fromEntries(
      Object.entries(columns)
        .map(([c, col]) => [
          c,
          col
            .map((v, i) => (v !== null && !Number.isFinite(v) ? [i, nonFinite(v)] : null))
            .filter(Boolean),
        ])
        .filter(([, list]) => (list as unknown[]).length > 0),
    ),
    hist1d: thinHistograms(t.hist1d, HTML_HIST1D_KEEP),
    hist2d: thinHistograms(t.hist2d, HTML_HIST2D_KEEP),
    nanSteps: t.nanSteps,
  };
}

/** Makes text safe inside a <script> element. */
function scriptSafe(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function jsonSafe(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );

const STYLE = `
body { margin: 0; font-family: 'DejaVu Sans', Verdana, Arial, sans-serif; background: #fff; color: #222; }
#controls { display: flex; gap: 12px; align-items: center; padding: 8px 12px; background: #f3f3f7; border-bottom: 1px solid #ddd; font-size: 14px; flex-wrap: wrap; }
#controls input[type=number] { width: 90px; }
#controls input[type=range] { width: 220px; }
#panel { padding: 0; }
#cockpit-tooltip { position: fixed; pointer-events: none; display: none; background: rgba(255,255,255,0.96); border: 1px solid #999;
  border-radius: 3px; padding: 4px 8px; font-size: 12px; box-shadow: 0 2px 6px rgba(0,0,0,0.2); z-index: 10; white-space: nowrap; }
#cockpit-tooltip table { border-collapse: collapse; } #cockpit-tooltip td { padding: 0 4px; } #cockpit-tooltip td.k { color: #666; }
#report { margin: 8px 12px 16px; } #report pre { white-space: pre-wrap; font-size: 13px; background: #f7f7fa; padding: 8px; }
#status { color: #666; font-size: 12px; }
`;

// The page logic (plain ES2020, runs in the browser).
const PAGE_SCRIPT = `
(function () {
  'use strict';
  var payload = JSON.parse(document.getElementById('cockpit-data').textContent);
  var t = payload.table;
  var columns = {};
  Object.keys(t.columns).forEach(function (c) {
    columns[c] = t.columns[c].map(function (v) { return v === null ? NaN : v; });
  });
  Object.keys(t.infinities || {}).forEach(function (c) {
    t.infinities[c].forEach(function (p) { columns[c][p[0]] = Number(p[1]); });
  });
  payload.columnNames.forEach(function (c) {
    if (!columns[c]) columns[c] = t.steps.map(function () { return NaN; });
  });
  var table = { kind: 'cockpit-panel-table', steps: t.steps, columns: columns, hist1d: t.hist1d, hist2d: t.hist2d, nanSteps: t.nanSteps || {} };
  var first = t.steps.length ? t.steps[0] : 0;
  var last = t.steps.length ? t.steps[t.steps.length - 1] : 0;
  var from = document.getElementById('step-from'), to = document.getElementById('step-to');
  var fromR = document.getElementById('step-from-range'), toR = document.getElementById('step-to-range');
  [from, to, fromR, toR].forEach(function (el) { el.min = first; el.max = last; });
  var tip = document.getElementById('cockpit-tooltip');
  var status = document.getElementById('status');
  var view = null;

  function showTooltip(handler, event, item, value) {
    if (value === undefined || value === null || value === '') { tip.style.display = 'none'; return; }
    var rows = typeof value === 'object' ? Object.keys(value).map(function (k) { return [k, value[k]]; }) : [['', value]];
    tip.innerHTML = '<table>' + rows.map(function (r) {
      return '<tr><td class="k">' + String(r[0]).replace(/[<&]/g, '') + '</td><td>' + String(r[1]).replace(/[<&]/g, '') + '</td></tr>';
    }).join('') + '</table>';
    tip.style.display = 'block';
    var x = event.clientX + 14, y = event.clientY + 14;
    if (x + tip.offsetWidth > window.innerWidth) x = event.clientX - tip.offsetWidth - 10;
    if (y + tip.offsetHeight > window.innerHeight) y = event.clientY - tip.offsetHeight - 10;
    tip.style.left = x + 'px'; tip.style.top = y + 'px';
  }

  function render(a, b) {
    var lo = Math.min(a, b), hi = Math.max(a, b);
    from.value = lo; to.value = hi; fromR.value = lo; toR.value = hi;
    var options = Object.assign({}, payload.options, { steps: [lo, hi], interactive: true });
    var sliced = CockpitPanel.sliceTable(table, [lo, hi]);
    if (payload.options.report) options.report = CockpitPanel.statusReport(sliced, payload.reportOptions || {});
    var spec = CockpitPanel.buildPanelSpec(sliced, options);
    if (view) view.finalize();
    tip.style.display = 'none';
    view = new vega.View(vega.parse(spec), { renderer: 'svg', container: '#panel', hover: true });
    view.tooltip(showTooltip);
    return view.runAsync().then(function () {
      window.cockpitPanel = { view: view, spec: spec, range: [lo, hi] };
      document.getElementById('report-text').textContent = CockpitPanel.formatReport(CockpitPanel.statusReport(sliced, payload.reportOptions || {}));
      status.textContent = 'steps ' + lo + '–' + hi + ' (' + sliced.steps.length + ' rows)';
      document.body.setAttribute('data-rendered', String(lo) + ':' + String(hi));
    });
  }
  window.cockpitRender = render;

  var pending = null;
  function schedule(a, b) {
    clearTimeout(pending);
    pending = setTimeout(function () { render(a, b); }, 120);
  }
  from.addEventListener('change', function () { render(Number(from.value), Number(to.value)); });
  to.addEventListener('change', function () { render(Number(from.value), Number(to.value)); });
  fromR.addEventListener('input', function () { schedule(Number(fromR.value), Number(toR.value)); });
  toR.addEventListener('input', function () { schedule(Number(fromR.value), Number(toR.value)); });
  document.getElementById('reset').addEventListener('click', function () { render(first, last); });
  var init = payload.options.initialSteps || [first, last];
  render(init[0], init[1]);
})();
`;

/**
 * The self-contained interactive page of a log's panel. `steps` sets the initially selected
 * range; the page can widen it to the whole log.
 */
export async function panelHtml(
  log: CockpitLog | PanelTable,
  options: Omit<PanelSpecOptions, 'interactive'> = {},
): Promise<string> {
  const table =
    (log as PanelTable).kind === 'cockpit-panel-table'
      ? (log as PanelTable)
      : buildTable(log as CockpitLog);
  const { steps, ...rest } = options;
  const title = panelTitle(options);
  const payload = {
    table: encodeTable(table),
    columnNames: TABLE_COLUMNS,
    options: {
      ...rest,
      report: options.report ? true : false,
      // JSON has no ±Infinity: open ends become the log's first/last step.
      initialSteps:
        steps && table.steps.length
          ? [
              Math.max(steps[0], table.steps[0]),
              Math.min(steps[1], table.steps[table.steps.length - 1]),
            ]
          : null,
    },
    instrumentTitles: INSTRUMENT_TITLES,
    reportOptions: { batchSize: options.batchSize },
  };
  const report = formatReport(statusReport(table, { batchSize: options.batchSize }));
  const vegaJs = await vegaBundle();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div id="controls">
  <strong>${escapeHtml(title)}</strong>
  <label>Steps from <input id="step-from" type="number" step="1"></label>
  <input id="step-from-range" type="range" step="1" aria-label="first step">
  <label>to <input id="step-to" type="number" step="1"></label>
  <input id="step-to-range" type="range" step="1" aria-label="last step">
  <button id="reset" type="button">All steps</button>
  <span id="status"></span>
</div>
<div id="panel"></div>
<div id="cockpit-tooltip" role="tooltip"></div>
<details id="report"><summary>Status report</summary><pre id="report-text">${escapeHtml(report)}</pre></details>
<script>${scriptSafe(vegaJs)}</script>
<script>${scriptSafe(PANEL_RUNTIME)}</script>
<script type="application/json" id="cockpit-data">${jsonSafe(payload)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
