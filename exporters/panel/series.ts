/** Numeric helpers for the instruments: axis domains and point thinning. */

export type ScaleKind = 'linear' | 'log' | 'symlog';

/**
 * Axis domain of `values` with matplotlib's 5 % margins (in log space for log scales). Values
 * that the scale cannot show (non-finite; ≤ 0 on a log axis) are ignored. Returns undefined when
 * nothing can be drawn. A constant series gets a symmetric ±10 % (or ±1 at zero) range.
 */
export function paddedDomain(
  values: Iterable<number>,
  kind: ScaleKind = 'linear',
  margin = 0.05,
): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v) || (kind === 'log' && v <= 0)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return undefined;
  if (kind === 'log') {
    let a = Math.log10(lo);
    let b = Math.log10(hi);
    if (a === b) {
      a -= 0.5;
      b += 0.5;
    }
    const r = b - a;
    return [10 ** (a - margin * r), 10 ** (b + margin * r)];
  }
  if (lo === hi) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return [lo - d, hi + d];
  }
  const r = hi - lo;
  return [lo - margin * r, hi + margin * r];
}

/** x domain tight to the steps (spec §6.2), widened by half a step for a single point. */
export function stepDomain(steps: readonly number[]): [number, number] {
  if (steps.length === 0) return [0, 1];
  const lo = steps[0];
  const hi = steps[steps.length - 1];
  return lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
}

/**
 * Indices of at most ~`maxPoints` entries that keep the shape of a long series: the series is cut
 * into buckets and each bucket keeps its smallest and largest value (so spikes survive), plus
 * the last index. Below the limit every index is kept.
 */
export function thinIndices(values: readonly number[], maxPoints: number): number[] {
  const n = values.length;
  if (n <= maxPoints) return Array.from({ length: n }, (_, i) => i);
  const buckets = Math.max(1, Math.floor(maxPoints / 2));
  const size = n / buckets;
  const out: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = Math.min(n, Math.floor((b + 1) * size));
    let iMin = -1;
    let iMax = -1;
    for (let i = start; i < end; i++) {
      const v = values[i];
      if (Number.isNaN(v)) continue;
      if (iMin < 0 || v < values[iMin]) iMin = i;
      if (iMax < 0 || v > values[iMax]) iMax = i;
    }
    if (iMin >= 0 && iMax >= 0) {
      if (iMin === iMax) out.push(iMin);
      else out.push(Math.min(iMin, iMax), Math.max(iMin, iMax));
    }
  }
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}

/** Arithmetic mean of the finite values (NaN if none). */
export function mean(values: readonly number[]): number {
  let s = 0;
  let n = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    s += v;
    n++;
  }
  return n ? s / n : NaN;
}

/** Median of the finite values (NaN if none). */
export function median(values: readonly number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
