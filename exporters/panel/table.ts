/**
 * Data preparation (spec §6.1): the log becomes a table with one row per step (sorted), one
 * column per scalar series (NaN where a step has no value), and the histograms by step.
 * Per-parameter lists are reduced to the totals the panel draws (adapters/scalar-tags.ts).
 * Pure and browser-safe: the interactive HTML page runs the same code.
 */
import type { CockpitLog, Histogram1d, Histogram2d, QuantityValue } from '../../core/record.js';
import { PER_PARAMETER_TOTALS, perParameterTotal } from '../../adapters/scalar-tags.js';

/** Scalar columns the panel and the status report read. */
export const TABLE_COLUMNS = [
  'Loss',
  'Alpha',
  'Distance',
  'UpdateSize',
  'GradNorm',
  'NormTest',
  'InnerTest',
  'OrthoTest',
  'HessMaxEV',
  'HessTrace',
  'TICDiag',
  'TICTrace',
  'CABS',
  'EarlyStopping',
  'MeanGSNR',
  'learning_rate',
  'train_accuracy',
  'valid_accuracy',
  'train_loss',
  'valid_loss',
] as const;
export type ColumnName = (typeof TABLE_COLUMNS)[number];

/** A histogram together with the step it was recorded at. */
export interface StepHistogram<H> {
  step: number;
  value: H;
}

/** The log as the panel sees it. */
export interface PanelTable {
  readonly kind: 'cockpit-panel-table';
  /** Row steps, ascending; a row exists for every step that has any key in the log. */
  steps: number[];
  /** One entry per row; NaN where that step has no value (missing and NaN look alike, as in pandas). */
  columns: Record<ColumnName, number[]>;
  hist1d: StepHistogram<Histogram1d>[];
  hist2d: StepHistogram<Histogram2d>[];
  /**
   * Steps at which a scalar column had a recorded NaN — the columns cannot tell a recorded NaN
   * from a missing value, the status report can with this.
   */
  nanSteps: Partial<Record<ColumnName, number[]>>;
}

function scalarOf(name: ColumnName, v: QuantityValue | undefined): number {
  if (typeof v === 'number') return v;
  if (Array.isArray(v) && name in PER_PARAMETER_TOTALS && v.every((x) => typeof x === 'number')) {
    return v.length === 0 ? NaN : perParameterTotal(name, v as number[]);
  }
  return NaN;
}

function isHist1d(v: QuantityValue | undefined): v is Histogram1d {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Array.isArray((v as Histogram1d).hist) &&
    typeof (v as Histogram1d).edges?.[0] === 'number'
  );
}

function isHist2d(v: QuantityValue | undefined): v is Histogram2d {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Array.isArray((v as Histogram2d).hist) &&
    Array.isArray((v as Histogram2d).edges?.[0])
  );
}

/** Builds the table of a log; `steps` keeps only rows with `a ≤ step ≤ b`. */
export function buildTable(log: CockpitLog, steps?: readonly [number, number]): PanelTable {
  const all = Object.keys(log)
    .map(Number)
    .filter((s) => Number.isFinite(s))
    .sort((a, b) => a - b);
  const rows = steps ? all.filter((s) => s >= steps[0] && s <= steps[1]) : all;
  const columns = Object.fromEntries(
    TABLE_COLUMNS.map((c) => [c, new Array<number>(rows.length)]),
  ) as Record<ColumnName, number[]>;
  const hist1d: StepHistogram<Histogram1d>[] = [];
  const hist2d: StepHistogram<Histogram2d>[] = [];
  const nanSteps: Partial<Record<ColumnName, number[]>> = {};
  rows.forEach((step, i) => {
    const values = log[step] ?? {};
    for (const c of TABLE_COLUMNS) {
      const v = scalarOf(c, values[c]);
      columns[c][i] = v;
      if (Number.isNaN(v) && values[c] !== undefined) (nanSteps[c] ??= []).push(step);
    }
    if (isHist1d(values.GradHist1d)) hist1d.push({ step, value: values.GradHist1d });
    if (isHist2d(values.GradHist2d)) hist2d.push({ step, value: values.GradHist2d });
  });
  return { kind: 'cockpit-panel-table', steps: rows, columns, hist1d, hist2d, nanSteps };
}

/** Restricts a table to `a ≤ step ≤ b` (what the HTML page's step-range selector does). */
export function sliceTable(table: PanelTable, steps: readonly [number, number]): PanelTable {
  const [a, b] = steps;
  const idx: number[] = [];
  table.steps.forEach((s, i) => {
    if (s >= a && s <= b) idx.push(i);
  });
  const columns = Object.fromEntries(
    TABLE_COLUMNS.map((c) => [c, idx.map((i) => table.columns[c][i])]),
  ) as Record<ColumnName, number[]>;
  const inRange = <H>(h: StepHistogram<H>): boolean => h.step >= a && h.step <= b;
  return {
    kind: 'cockpit-panel-table',
    steps: idx.map((i) => table.steps[i]),
    columns,
    hist1d: table.hist1d.filter(inRange),
    hist2d: table.hist2d.filter(inRange),
    nanSteps: Object.fromEntries(
      Object.entries(table.nanSteps).map(([c, list]) => [
        c,
        (list ?? []).filter((s) => s >= a && s <= b),
      ]),
    ),
  };
}

/** Number of non-missing (non-NaN) entries of a column, the reference's presence test. */
export function countPresent(column: readonly number[]): number {
  let n = 0;
  for (const v of column) if (!Number.isNaN(v)) n++;
  return n;
}

/**
 * The α values of the "last 10 %" (spec §6.4): the last ⌊rows/10⌋ non-missing values, where
 * `rows` counts all table rows, not only rows with an α.
 */
export function lastTenPercent(values: readonly number[], rows = values.length): number[] {
  const present = values.filter((v) => !Number.isNaN(v));
  const k = Math.floor(rows / 10);
  return k === 0 ? [] : present.slice(Math.max(0, present.length - k));
}

/** Keeps at most `keep` histograms, evenly spread over the run and always including the last. */
export function thinHistograms<H>(list: StepHistogram<H>[], keep: number): StepHistogram<H>[] {
  if (list.length <= keep) return list;
  const out: StepHistogram<H>[] = [];
  for (let k = 0; k < keep; k++)
    out.push(list[Math.round(((list.length - 1) * k) / Math.max(1, keep - 1))]);
  return out;
}
