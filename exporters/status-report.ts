/**
 * An automatic reading of the Cockpit instruments (beyond the reference): rules drawn from the
 * paper's interpretation of each instrument, each with a documented threshold, turning a log
 * into ranked findings. Browser-safe (the HTML panel recomputes it for a selected step range).
 *
 * Windows: "the last 10 %" of a series is its last ⌊n/10⌋ values (n = its own value count, close
 * to the panel's ⌊rows/10⌋ for quantities tracked every step), but at least {@link MIN_WINDOW}
 * values so short runs are judged on more than one or two points.
 */
import type { CockpitLog, RunArtifact } from '../core/record.js';
import { median } from './panel/series.js';
import { buildTable, type ColumnName, type PanelTable } from './panel/table.js';

export type Severity = 'critical' | 'warning' | 'info';

/** One observation about the run. */
export interface Finding {
  /** Stable rule id, e.g. `alpha-overshoot`. */
  id: string;
  severity: Severity;
  title: string;
  /** What was measured (numbers included). */
  detail: string;
  /** What to try. */
  suggestion: string;
  /** The step the finding refers to, when it is about one step. */
  step?: number;
}

export interface ReportOptions {
  /** Mini-batch size of the run; turns the gradient-test rule's factor into a batch size. */
  batchSize?: number;
}

/** Fewest values a window holds (the last-10 % window is widened to this). */
export const MIN_WINDOW = 5;
/** Fraction of the rows in the "recent" window, as the panel's "last 10 %". */
export const WINDOW_FRACTION = 0.1;
/** α above this means the step overshot the far side of the fitted parabola (loss went up). */
export const ALPHA_OVERSHOOT = 1;
/** α within this distance of −1 counts as "near −1": the step barely moved along the parabola. */
export const ALPHA_SMALL_BAND = 0.1;
/** "Mostly": more than this fraction of the window. */
export const ALPHA_MAJORITY = 0.5;
/**
 * α the learning-rate suggestion aims for: half-way between the fitted minimum (0) and the
 * mirror point (1), where the paper found well-performing SGD runs (positive α).
 */
export const ALPHA_TARGET = 0.5;
/**
 * Noise-to-signal ratio of the mini-batch gradient above which the batch is "too small".
 *
 * Why a ratio and not "the test ≫ 1": the norm test is measured with the batch's own mean g,
 * and E‖g‖² = ‖∇L‖² + V/N (V = per-sample gradient variance), so θ² ≈ r/(1 + r) with
 * r = V/(N‖∇L‖²): θ stays below 1 however noisy the batch (measured on MNIST: θ ≈ 0.91 at batch
 * 64, ≈ 1.00 at batch 2). r̂ = θ²/(1 − θ²) undoes that and grows as 1/N (≈ 5 at batch 64, in
 * the hundreds at batch 2). Above 10 the noise is an order of magnitude larger than the signal.
 */
export const NOISE_RATIO_LIMIT = 10;
/** Noise-to-signal ratio the batch-size suggestion aims for (noise as large as the signal). */
export const NOISE_RATIO_TARGET = 1;

/** r̂ = θ²/(1 − θ²) from a norm-test value (∞ at or above 1). */
export function noiseRatio(theta: number): number {
  const t2 = theta * theta;
  return t2 >= 1 ? Infinity : t2 / (1 - t2);
}
/** "Persistently": at least this fraction of the recent window fails. */
export const PERSISTENT_FRACTION = 0.8;
/** Largest eigenvalue grown by at least this factor from the early to the recent window = sharpening. */
export const SHARPENING_FACTOR = 2;
/** The loss "stalls" when it improved by less than this relative amount from the third to the last quarter. */
export const LOSS_STALL_RELATIVE = 0.01;
/** Gradient-descent stability: lr · λ_max above this (2/λ_max is the largest stable step). */
export const STABILITY_LIMIT = 2;
/** Recent/early gradient-norm ratio at or above which the norm "explodes". */
export const GRAD_NORM_EXPLODE_FACTOR = 10;
/** Recent/early gradient-norm ratio at or below which the norm "vanishes" (if the loss did not drop). */
export const GRAD_NORM_VANISH_FACTOR = 1e-3;
/** With vanishing gradients, the loss counts as "not trained" while above this fraction of its early value. */
export const VANISH_LOSS_FRACTION = 0.5;
/** Total distance at or below this never left the initialisation. */
export const DISTANCE_ZERO = 1e-12;
/** Relative growth of the distance over the second half of the run below this = not growing. */
export const DISTANCE_GROWTH_MIN = 0.01;

interface Series {
  steps: number[];
  values: number[];
}

function series(table: PanelTable, column: ColumnName, finiteOnly = true): Series {
  const steps: number[] = [];
  const values: number[] = [];
  table.columns[column].forEach((v, i) => {
    if (finiteOnly ? Number.isFinite(v) : !Number.isNaN(v)) {
      steps.push(table.steps[i]);
      values.push(v);
    }
  });
  return { steps, values };
}

/**
 * Size of the early/recent window of a series with `n` values: 10 % of its own values (so
 * quantities on sparse schedules, e.g. HessMaxEV every 25 steps, get windows of their own
 * values, not of table rows), at least MIN_WINDOW.
 */
function windowSize(n: number): number {
  return Math.min(n, Math.max(MIN_WINDOW, Math.floor(n * WINDOW_FRACTION)));
}

const recent = (s: Series): number[] =>
  s.values.slice(s.values.length - windowSize(s.values.length));
const early = (s: Series): number[] => s.values.slice(0, windowSize(s.values.length));
const fraction = (xs: number[], pred: (x: number) => boolean): number =>
  xs.length ? xs.filter(pred).length / xs.length : 0;
const g3 = (x: number): string =>
  Number.isFinite(x) ? Number(x.toPrecision(3)).toString() : String(x);
const pct = (x: number): string => `${Math.round(100 * x)} %`;

/** Relative loss improvement from the third to the last quarter of its finite values (undefined if < 8). */
export function lossImprovement(table: PanelTable): number | undefined {
  const loss = series(table, 'Loss').values;
  if (loss.length < 8) return undefined;
  const q = Math.floor(loss.length / 4);
  const third = median(loss.slice(loss.length - 2 * q, loss.length - q));
  const last = median(loss.slice(loss.length - q));
  return third === 0 ? 0 : (third - last) / Math.abs(third);
}

type Rule = (table: PanelTable, o: ReportOptions) => Finding[];

const nonFiniteLoss: Rule = (table) => {
  const nan = table.nanSteps.Loss ?? [];
  const recorded = series(table, 'Loss', false);
  const inf = recorded.steps.filter((_, i) => !Number.isFinite(recorded.values[i]));
  const steps = [...nan, ...inf].sort((a, b) => a - b);
  if (!steps.length) return [];
  const k = steps[0];
  return [
    {
      id: 'loss-non-finite',
      severity: 'critical',
      title: `Loss is not finite from step ${k}`,
      detail: `The mini-batch loss was NaN or infinite at ${steps.length} step(s), first at step ${k}; every quantity computed from it afterwards is meaningless.`,
      suggestion:
        'lower the learning rate, add gradient clipping, and check the inputs and labels of that step for NaN/Inf',
      step: k,
    },
  ];
};

const alphaRules: Rule = (table) => {
  const s = series(table, 'Alpha', false);
  if (s.values.length < 3) return [];
  const w = recent(s);
  const out: Finding[] = [];
  const over = fraction(w, (a) => a > ALPHA_OVERSHOOT);
  const small = fraction(w, (a) => Math.abs(a + 1) <= ALPHA_SMALL_BAND);
  const med = median(w);
  if (over > ALPHA_MAJORITY) {
    // α + 1 = τ / x* is proportional to the step length, hence to the learning rate.
    const factor = (1 + ALPHA_TARGET) / (1 + med);
    out.push({
      id: 'alpha-overshoot',
      severity: 'warning',
      title: 'Steps overshoot: the loss goes up along the update (α > 1)',
      detail: `${pct(over)} of the last ${w.length} α values are above ${ALPHA_OVERSHOOT} (median α = ${g3(med)}): the optimizer lands past the far side of the local parabola.`,
      suggestion: `lower the learning rate, e.g. ×${g3(factor)} (aims at α ≈ ${ALPHA_TARGET}; α + 1 scales with the step length)`,
    });
  }
  if (small > ALPHA_MAJORITY) {
    out.push({
      id: 'alpha-too-small',
      severity: 'warning',
      title: 'Steps are too small: α stays near −1',
      detail: `${pct(small)} of the last ${w.length} α values lie within ${ALPHA_SMALL_BAND} of −1 (median α = ${g3(med)}): the steps barely move along the local parabola (α = −1 also marks concave fits).`,
      suggestion:
        'raise the learning rate (try ×2 to ×10) and watch α move towards positive values',
    });
  }
  return out;
};

const gradientNoise: Rule = (table, o) => {
  const norm = series(table, 'NormTest');
  if (norm.values.length < 3) return [];
  const w = recent(norm);
  const frac = fraction(w, (v) => noiseRatio(v) > NOISE_RATIO_LIMIT);
  if (frac < PERSISTENT_FRACTION) return [];
  const theta = median(w);
  // r̂ ∝ 1/N: a batch N·r̂/r* brings the ratio to the target r*. Capped where θ ≈ 1 makes r̂ ∞.
  const ratio = Math.min(noiseRatio(theta), 1e4);
  const factor = Math.max(2, Math.ceil(ratio / NOISE_RATIO_TARGET));
  const inner = series(table, 'InnerTest');
  const innerNote = inner.values.length
    ? ` (inner-product test median ${g3(median(recent(inner)))})`
    : '';
  return [
    {
      id: 'gradient-noise',
      severity: 'warning',
      title: 'Gradient noise dominates: the batch is too small',
      detail: `The norm test is at ${g3(theta)} (median of the last ${w.length} steps): the mini-batch gradient's noise is about ${ratio >= 1e4 ? '≥ 10⁴' : g3(ratio)}× its signal (r = θ²/(1 − θ²) > ${NOISE_RATIO_LIMIT} at ${pct(frac)} of those steps)${innerNote}.`,
      suggestion: o.batchSize
        ? `increase the batch size from ${o.batchSize} to about ${o.batchSize * factor} (the noise ratio falls as 1/N), or lower the learning rate`
        : `increase the batch size about ×${factor} (the noise ratio falls as 1/N), or lower the learning rate`,
    },
  ];
};

const curvature: Rule = (table) => {
  const ev = series(table, 'HessMaxEV');
  const out: Finding[] = [];
  const lr = series(table, 'learning_rate');
  const evRecent = ev.values.length ? median(recent(ev)) : NaN;
  if (ev.values.length >= 2 * MIN_WINDOW) {
    const evEarly = median(early(ev));
    const improvement = lossImprovement(table);
    if (
      evEarly > 0 &&
      evRecent / evEarly >= SHARPENING_FACTOR &&
      improvement !== undefined &&
      improvement < LOSS_STALL_RELATIVE
    ) {
      out.push({
        id: 'sharpening',
        severity: 'warning',
        title: 'Sharpening: the largest Hessian eigenvalue grows while the loss stalls',
        detail: `λ_max rose ×${g3(evRecent / evEarly)} (median ${g3(evEarly)} → ${g3(evRecent)}) while the loss improved by only ${g3(100 * improvement)} % over the last quarter.`,
        suggestion:
          'take smaller steps (lower the learning rate or decay it) to leave the sharp region',
      });
    }
  }
  if (lr.values.length && Number.isFinite(evRecent) && evRecent > 0) {
    const rate = lr.values[lr.values.length - 1];
    if (rate * evRecent > STABILITY_LIMIT) {
      out.push({
        id: 'unstable-learning-rate',
        severity: 'warning',
        title: 'Learning rate above the stability limit 2/λ_max',
        detail: `lr = ${g3(rate)} but 2/λ_max = ${g3(2 / evRecent)} (recent λ_max ${g3(evRecent)}): plain gradient descent diverges along the sharpest direction beyond that.`,
        suggestion: `lower the learning rate below ${g3(2 / evRecent)} (e.g. ${g3(1 / evRecent)} = 1/λ_max)`,
      });
    }
  }
  return out;
};

const gradNorm: Rule = (table) => {
  const all = series(table, 'GradNorm', false);
  const bad = all.steps.filter((_, i) => !Number.isFinite(all.values[i]));
  const nanSteps = table.nanSteps.GradNorm ?? [];
  const first = [...bad, ...nanSteps].sort((a, b) => a - b)[0];
  if (first !== undefined) {
    return [
      {
        id: 'grad-norm-non-finite',
        severity: 'critical',
        title: `Gradient norm is not finite from step ${first}`,
        detail: `The gradient norm was NaN or infinite first at step ${first}.`,
        suggestion:
          'lower the learning rate or clip gradients; check the loss for log(0) or division by zero',
        step: first,
      },
    ];
  }
  const s = series(table, 'GradNorm');
  if (s.values.length < 2 * MIN_WINDOW) return [];
  const e = median(early(s));
  const r = median(recent(s));
  if (!(e > 0)) return [];
  const ratio = r / e;
  if (ratio >= GRAD_NORM_EXPLODE_FACTOR) {
    return [
      {
        id: 'grad-norm-exploding',
        severity: 'warning',
        title: 'Gradient norm is exploding',
        detail: `The gradient norm grew ×${g3(ratio)} (median ${g3(e)} early → ${g3(r)} recently).`,
        suggestion: 'lower the learning rate, add gradient clipping or normalisation layers',
      },
    ];
  }
  const loss = series(table, 'Loss');
  const lossRatio =
    loss.values.length >= 2 * MIN_WINDOW ? median(recent(loss)) / median(early(loss)) : NaN;
  if (ratio <= GRAD_NORM_VANISH_FACTOR && !(lossRatio < VANISH_LOSS_FRACTION)) {
    return [
      {
        id: 'grad-norm-vanishing',
        severity: 'warning',
        title: 'Gradient norm is vanishing while the loss stays high',
        detail: `The gradient norm fell ×${g3(ratio)} (median ${g3(e)} → ${g3(r)}) but the loss is still ${Number.isFinite(lossRatio) ? pct(lossRatio) : 'unknown relative to'} of its early value.`,
        suggestion:
          'check for saturated activations or dead ReLUs, the initialisation scale, and a plateau that needs a larger learning rate',
      },
    ];
  }
  return [];
};

const distanceRule: Rule = (table) => {
  const s = series(table, 'Distance');
  if (s.values.length < 3) return [];
  const maxD = Math.max(...s.values);
  if (maxD <= DISTANCE_ZERO) {
    return [
      {
        id: 'distance-zero',
        severity: 'critical',
        title: 'Parameters never left their initialisation',
        detail: `The distance from initialisation stayed at ${g3(maxD)} over ${s.values.length} tracked steps.`,
        suggestion:
          'check that the optimizer updates the tracked weights (trainable flags, learning rate 0, frozen layers)',
      },
    ];
  }
  if (s.values.length < 2 * MIN_WINDOW) return [];
  const midIndex = Math.floor(s.values.length / 2);
  const mid = s.values[midIndex];
  const end = median(recent(s));
  const growth = mid > 0 ? (end - mid) / mid : Infinity;
  const improvement = lossImprovement(table);
  if (
    growth < DISTANCE_GROWTH_MIN &&
    (improvement === undefined || improvement < LOSS_STALL_RELATIVE)
  ) {
    return [
      {
        id: 'distance-not-growing',
        severity: 'warning',
        title: 'Training stalled: the distance from initialisation stopped growing',
        detail: `The distance grew by ${g3(100 * growth)} % over the second half (from ${g3(mid)} at step ${s.steps[midIndex]} to ${g3(end)})${improvement !== undefined ? ` and the loss improved by ${g3(100 * improvement)} %` : ''}.`,
        suggestion:
          'raise the learning rate or restart a decayed schedule if the loss is still high; otherwise training has converged',
      },
    ];
  }
  return [];
};

/** The rules, in the order findings of equal severity are listed. */
export const RULES: Record<string, Rule> = {
  nonFiniteLoss,
  gradNorm,
  alpha: alphaRules,
  gradientNoise,
  curvature,
  distance: distanceRule,
};

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

function isTable(x: CockpitLog | PanelTable): x is PanelTable {
  return (x as PanelTable).kind === 'cockpit-panel-table';
}

/** Reads the log with every rule; findings ranked by severity, then by step (earliest first). */
export function statusReport(log: CockpitLog | PanelTable, options: ReportOptions = {}): Finding[] {
  if (
    options.batchSize !== undefined &&
    !(Number.isInteger(options.batchSize) && options.batchSize > 0)
  ) {
    throw new RangeError(
      `status report option batchSize=${options.batchSize} must be a positive integer`,
    );
  }
  const table = isTable(log) ? log : buildTable(log);
  const findings = Object.values(RULES).flatMap((rule) => rule(table, options));
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        (a.f.step ?? Infinity) - (b.f.step ?? Infinity) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

/** The findings as Markdown (what the cockpit prints at close and hands to sinks). */
export function formatReport(findings: Finding[], title = 'Cockpit status report'): string {
  const lines = [`# ${title}`, ''];
  if (!findings.length) {
    lines.push(`No problems found by the rules (${Object.keys(RULES).join(', ')}).`);
    return lines.join('\n') + '\n';
  }
  for (const f of findings) {
    const stepNote =
      f.step !== undefined && !f.title.includes(`step ${f.step}`) ? ` (step ${f.step})` : '';
    lines.push(`- **${f.severity.toUpperCase()}: ${f.title}**${stepNote}`);
    lines.push(`  ${f.detail}`);
    lines.push(`  *Suggestion:* ${f.suggestion}.`);
  }
  return lines.join('\n') + '\n';
}

/** The report as a sink artifact (`kind: 'report'`, `report.md`). */
export function reportArtifact(findings: Finding[], step: number): RunArtifact {
  return {
    kind: 'report',
    step,
    fileName: 'report.md',
    contentType: 'text/markdown; charset=utf-8',
    data: new TextEncoder().encode(formatReport(findings)),
  };
}
