/**
 * `buildPanelSpec(log, options)`: the whole Cockpit panel as one declarative Vega spec — data in,
 * spec out, no rendering and no I/O. Browser-safe: the interactive HTML page runs it again when
 * the step range changes.
 */
import type { CockpitLog } from '../../core/record.js';
import { statusReport, type Finding } from '../status-report.js';
import { alpha } from './instruments/alpha.js';
import { performance, hyperparameters } from './instruments/classic.js';
import type { Instrument } from './instruments/common.js';
import { gradientTests } from './instruments/gradient-tests.js';
import { gradHist1d, gradHist2d } from './instruments/histograms.js';
import { distance, gradNorm, maxEV, tic, trace } from './instruments/simple.js';
import { panelLayout, type SlotName } from './layout.js';
import { resolveGroupRanges, type VegaNode } from './marks.js';
import {
  COLUMN_FILL_OPACITY,
  FONT,
  PRIMARY,
  SECONDARY,
  SEVERITY_COLOR,
  TERTIARY,
} from './style.js';
import { buildTable, sliceTable, type PanelTable } from './table.js';

/** Default picture size (pixels). */
export const DEFAULT_WIDTH = 1600;
export const DEFAULT_HEIGHT = 900;
/** Default cap on points per scatter series (longer series are thinned, keeping extremes). */
export const DEFAULT_MAX_POINTS = 2000;
/** Status-report lines shown in the header at most. */
export const HEADER_REPORT_LINES = 3;

export interface PanelSpecOptions {
  width?: number;
  height?: number;
  /** Only steps `a ≤ step ≤ b` (inclusive). */
  steps?: readonly [number, number];
  /** Panel title; default "Cockpit for <optimizer>" when `optimizer` is given, else "Cockpit". */
  title?: string;
  /** Optimizer class name for the default title (e.g. "SGD"). */
  optimizer?: string;
  /** Status report in the header: `true` computes it from the log, an array is shown as given. */
  report?: boolean | Finding[];
  /** Mini-batch size, passed to the status report (turns its batch-size factor into a size). */
  batchSize?: number;
  /** Hover tooltips (used by the HTML page). */
  interactive?: boolean;
  /** Most points drawn per scatter series. */
  maxPoints?: number;
  /** Symlog iteration axes, like the reference's `show_log_iter=True`. */
  logIterations?: boolean;
}

/** Instruments by slot, in the reference's positions. */
export const INSTRUMENTS: Record<SlotName, Instrument> = {
  alpha,
  distance,
  gradnorm: gradNorm,
  gradtests: gradientTests,
  hist1d: gradHist1d,
  hist2d: gradHist2d,
  maxev: maxEV,
  trace,
  tic,
  hyperparameters,
  performance,
};

/** Titles of the instruments, as drawn (used by tests and the HTML page). */
export const INSTRUMENT_TITLES: Record<SlotName, string> = {
  alpha: 'Alpha Distribution',
  distance: 'Distance',
  gradnorm: 'Gradient Norm',
  gradtests: 'Gradient Tests',
  hist1d: 'Gradient Element Histogram',
  hist2d: 'Gradient/Parameter Element Histogram',
  maxev: 'Max Eigenvalue',
  trace: 'Trace',
  tic: 'TIC',
  hyperparameters: 'Hyperparameters',
  performance: 'Performance Plot',
};

const COLUMN_TITLES = ['STEP SIZE', 'GRADIENTS', 'CURVATURE'];
const COLUMN_COLORS = [PRIMARY, SECONDARY, TERTIARY];

/** " (step k)" unless the title already names the step. */
const stepNote = (f: Finding): string =>
  f.step !== undefined && !f.title.includes(`step ${f.step}`) ? ` (step ${f.step})` : '';

function isTable(x: CockpitLog | PanelTable): x is PanelTable {
  return (x as PanelTable).kind === 'cockpit-panel-table';
}

/** The panel title for the options. */
export function panelTitle(o: PanelSpecOptions): string {
  return o.title ?? (o.optimizer ? `Cockpit for ${o.optimizer}` : 'Cockpit');
}

function checkOptions(o: PanelSpecOptions): void {
  for (const key of ['width', 'height'] as const) {
    const v = o[key];
    if (v !== undefined && !(Number.isFinite(v) && v >= 400 && v <= 10000)) {
      throw new RangeError(`panel option ${key}=${v} must be a number of pixels in [400, 10000]`);
    }
  }
  if (o.steps) {
    const [a, b] = o.steps;
    if (
      typeof a !== 'number' ||
      typeof b !== 'number' ||
      Number.isNaN(a) ||
      Number.isNaN(b) ||
      a > b
    ) {
      throw new RangeError(
        `panel option steps=[${a}, ${b}] must be two numbers with a ≤ b (±Infinity for an open end)`,
      );
    }
  }
  if (o.maxPoints !== undefined && !(o.maxPoints >= 10)) {
    throw new RangeError(`panel option maxPoints=${o.maxPoints} must be at least 10`);
  }
}

/** Which instruments a log (or table) has data for, in slot order. */
export function presentInstruments(log: CockpitLog | PanelTable): SlotName[] {
  const spec = buildPanelSpec(log, {});
  return ((spec.marks as VegaNode[]) ?? [])
    .map((m) => m.name as string)
    .filter((n) => n in INSTRUMENTS) as SlotName[];
}

/**
 * Builds the Vega spec of the panel: header (title, status report), the three coloured columns
 * with their instruments, and the bottom row. Instruments without data leave their slot empty.
 */
export function buildPanelSpec(
  log: CockpitLog | PanelTable,
  options: PanelSpecOptions = {},
): VegaNode {
  checkOptions(options);
  const width = Math.round(options.width ?? DEFAULT_WIDTH);
  const height = Math.round(options.height ?? DEFAULT_HEIGHT);
  let table = isTable(log) ? log : buildTable(log);
  if (options.steps) table = sliceTable(table, options.steps);
  const findings =
    options.report === true
      ? statusReport(table, { batchSize: options.batchSize })
      : Array.isArray(options.report)
        ? options.report
        : [];
  const shown = findings.slice(0, HEADER_REPORT_LINES);
  const headerHeight = 36 + (options.report ? Math.max(1, shown.length) * 16 + 4 : 0);
  const layout = panelLayout(width, height, headerHeight);
  const ctx = {
    interactive: !!options.interactive,
    maxPoints: options.maxPoints ?? DEFAULT_MAX_POINTS,
    stepKind: options.logIterations ? ('symlog' as const) : ('linear' as const),
  };

  const data: VegaNode[] = [];
  const marks: VegaNode[] = [];
  const text = (
    t: string,
    x: number,
    y: number,
    o: { size: number; weight?: string; color?: string; align?: string },
  ): VegaNode => ({
    type: 'text',
    interactive: false,
    encode: {
      enter: {
        x: { value: x },
        y: { value: y },
        text: { value: t },
        fontSize: { value: o.size },
        fontWeight: { value: o.weight ?? 'normal' },
        font: { value: FONT },
        fill: { value: o.color ?? '#222' },
        align: { value: o.align ?? 'center' },
        baseline: { value: 'top' },
      },
    },
  });

  marks.push({
    ...text(panelTitle(options), width / 2, layout.header.y + 4, { size: 22, weight: 'bold' }),
    name: 'title',
  });
  if (options.report) {
    const lines = shown.length
      ? shown.map((f) => ({
          t: `${f.severity === 'critical' ? '■' : f.severity === 'warning' ? '▲' : '●'} ${f.title}${stepNote(f)} — ${f.suggestion}`,
          c: SEVERITY_COLOR[f.severity],
        }))
      : [{ t: '● Status report: no problems found by the rules.', c: SEVERITY_COLOR.info }];
    if (findings.length > shown.length)
      lines[lines.length - 1].t += `   (+${findings.length - shown.length} more in the report)`;
    lines.forEach((l, i) =>
      marks.push({
        ...text(l.t, layout.header.x + 4, layout.header.y + 36 + i * 16, {
          size: 12.5,
          color: l.c,
          align: 'left',
        }),
        name: `report_${i}`,
      }),
    );
  }

  layout.columns.forEach((r, i) => {
    marks.push({
      type: 'rect',
      name: `column_${i}`,
      interactive: false,
      encode: {
        enter: {
          x: { value: r.x },
          y: { value: r.y },
          width: { value: r.width },
          height: { value: r.height },
          fill: { value: COLUMN_COLORS[i] },
          fillOpacity: { value: COLUMN_FILL_OPACITY },
          cornerRadius: { value: 3 },
        },
      },
    });
    marks.push(text(COLUMN_TITLES[i], r.x + r.width / 2, r.y + 6, { size: 18, weight: 'bold' }));
  });

  for (const [slot, build] of Object.entries(INSTRUMENTS) as [SlotName, Instrument][]) {
    const built = build({ table, rect: layout.slots[slot], cell: layout.cells[slot], ctx });
    if (!built) continue;
    data.push(...built.data);
    resolveGroupRanges(built.mark);
    marks.push({ ...built.mark, name: slot });
  }

  return {
    $schema: 'https://vega.github.io/schema/vega/v5.json',
    description: panelTitle(options),
    width,
    height,
    padding: 0,
    autosize: 'none',
    background: 'white',
    config: { text: { font: FONT }, title: { font: FONT } },
    data,
    marks,
  };
}
