/**
 * The numbers behind each example's diagnosis, measured from its cockpit.json: the α
 * distribution, the three gradient tests, loss and update size. docs/examples.md quotes them and
 * the tests check them.
 *
 * "Last 10 %" is the status report's window (exporters/status-report.ts): the last ⌊n/10⌋ values
 * of a series, but at least 5, so short runs are not judged on one or two points.
 */
import type { CockpitLog } from '../core/record.js';
import { logSteps } from '../exporters/json-log.js';

/** Measured diagnostics of one run. */
export interface Diagnostics {
  steps: number;
  alpha: {
    count: number;
    meanAll: number;
    /** Mean α of the last 10 % (the panel's blue histogram reports the same kind of mean). */
    meanLast: number;
    medianLast: number;
    /** Share of the last 10 % above 1: the step went past the mirror point (overshoot). */
    fractionAboveOneLast: number;
    /** Share of the last 10 % within 0.1 of −1: the step barely moved along the parabola. */
    fractionNearMinusOneLast: number;
  };
  /** Medians of NormTest, InnerTest, OrthoTest over all steps and over the last 10 %. */
  tests: Record<'NormTest' | 'InnerTest' | 'OrthoTest', { medianAll: number; medianLast: number }>;
  loss: { first: number; last: number; min: number; max: number };
  /** Median total update size ‖θ_{t+1} − θ_t‖ over the run. */
  updateSizeMedian: number;
  /** Median largest Hessian eigenvalue (NaN without HessMaxEV). */
  hessMaxEVMedian: number;
}

const LAST_FRACTION = 0.1;
const MIN_WINDOW = 5;

/** The last 10 % of a series (at least {@link MIN_WINDOW} values). */
export function lastTenPercent(xs: readonly number[]): number[] {
  const k = Math.min(xs.length, Math.max(MIN_WINDOW, Math.floor(xs.length * LAST_FRACTION)));
  return xs.slice(xs.length - k);
}

export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fraction = (xs: readonly number[], pred: (x: number) => boolean): number =>
  xs.length ? xs.filter(pred).length / xs.length : NaN;

/** Scalar values of `key` in step order (non-numbers and NaN skipped; ±Infinity kept). */
function scalars(log: CockpitLog, key: string): number[] {
  return logSteps(log)
    .map((s) => log[s][key])
    .filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
}

/** Per-parameter lists (Distance, UpdateSize, GradNorm) combined into their total norm. */
function totals(log: CockpitLog, key: string): number[] {
  return logSteps(log)
    .map((s) => log[s][key])
    .filter((v): v is number[] => Array.isArray(v))
    .map((v) => Math.hypot(...v));
}

/** Measures a run's diagnostics from its log. */
export function measure(log: CockpitLog): Diagnostics {
  const alpha = scalars(log, 'Alpha');
  const alphaLast = lastTenPercent(alpha);
  const test = (key: string) => {
    const xs = scalars(log, key);
    return { medianAll: median(xs), medianLast: median(lastTenPercent(xs)) };
  };
  const loss = scalars(log, 'Loss');
  return {
    steps: logSteps(log).length,
    alpha: {
      count: alpha.length,
      meanAll: mean(alpha),
      meanLast: mean(alphaLast),
      medianLast: median(alphaLast),
      fractionAboveOneLast: fraction(alphaLast, (a) => a > 1),
      fractionNearMinusOneLast: fraction(alphaLast, (a) => Math.abs(a + 1) <= 0.1),
    },
    tests: {
      NormTest: test('NormTest'),
      InnerTest: test('InnerTest'),
      OrthoTest: test('OrthoTest'),
    },
    loss: {
      first: loss[0] ?? NaN,
      last: loss.at(-1) ?? NaN,
      min: Math.min(...loss),
      max: Math.max(...loss),
    },
    updateSizeMedian: median(totals(log, 'UpdateSize')),
    hessMaxEVMedian: median(scalars(log, 'HessMaxEV')),
  };
}

const g3 = (x: number): string =>
  Number.isFinite(x) ? Number(x.toPrecision(3)).toString() : String(x);
const pct = (x: number): string => `${Math.round(100 * x)} %`;

/** A few lines for the console: what the diagnosis rests on. */
export function formatDiagnostics(d: Diagnostics): string {
  const t = d.tests;
  return [
    `α (${d.alpha.count} values): mean ${g3(d.alpha.meanAll)}; last 10 %: mean ${g3(d.alpha.meanLast)}, median ${g3(d.alpha.medianLast)}, ` +
      `${pct(d.alpha.fractionAboveOneLast)} above 1, ${pct(d.alpha.fractionNearMinusOneLast)} within 0.1 of −1`,
    `gradient tests, median last 10 % (all): norm ${g3(t.NormTest.medianLast)} (${g3(t.NormTest.medianAll)}), ` +
      `inner ${g3(t.InnerTest.medianLast)} (${g3(t.InnerTest.medianAll)}), ortho ${g3(t.OrthoTest.medianLast)} (${g3(t.OrthoTest.medianAll)})`,
    `loss: first ${g3(d.loss.first)}, last ${g3(d.loss.last)}, min ${g3(d.loss.min)}, max ${g3(d.loss.max)}; ` +
      `median update size ${g3(d.updateSizeMedian)}` +
      (Number.isNaN(d.hessMaxEVMedian) ? '' : `; median λ_max ${g3(d.hessMaxEVMedian)}`),
  ].join('\n');
}
