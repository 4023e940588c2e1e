/**
 * Histogram and kernel density estimate of the α values, as seaborn's
 * `histplot(kde=True, stat="probability")` draws them: numpy's "auto" bins and a Gaussian KDE
 * with Scott's bandwidth, evaluated out to 10 bandwidths past the data (spec §6.4), scaled by
 * the bin width so the curve sits on the probability bars.
 */

export interface Bar {
  x0: number;
  x1: number;
  p: number;
}

export interface Density {
  bars: Bar[];
  /** KDE curve points (x, scaled density); empty for fewer than 2 distinct values. */
  curve: { x: number; y: number }[];
  mean: number;
  n: number;
}

/** Bandwidths the KDE extends past the data (seaborn `cut`). */
export const KDE_CUT = 10;
const KDE_POINTS = 200;

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** numpy `histogram_bin_edges(bins="auto")` width: the smaller of Freedman–Diaconis and Sturges. */
export function autoBinWidth(sorted: number[]): number {
  const n = sorted.length;
  const range = sorted[n - 1] - sorted[0];
  if (range === 0) return 1;
  const sturges = range / (Math.log2(n) + 1);
  const iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
  const fd = (2 * iqr) / Math.cbrt(n);
  return fd > 0 ? Math.min(fd, sturges) : sturges;
}

/**
 * Histogram (probabilities) and KDE of the finite values; the KDE is evaluated only inside
 * `window` (the axis range) when given.
 */
export function density(values: readonly number[], window?: readonly [number, number]): Density {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = v.length;
  if (n === 0) return { bars: [], curve: [], mean: NaN, n: 0 };
  const mean = v.reduce((a, b) => a + b, 0) / n;
  const lo = v[0];
  const hi = v[n - 1];
  let width = autoBinWidth(v);
  let bins = hi > lo ? Math.max(1, Math.ceil((hi - lo) / width)) : 1;
  // Keep the bar count sane for long runs with far outliers.
  if (bins > 200) bins = 200;
  width = hi > lo ? (hi - lo) / bins : 0.1;
  const start = hi > lo ? lo : lo - width / 2;
  const counts = new Array<number>(bins).fill(0);
  for (const x of v) counts[Math.min(bins - 1, Math.floor((x - start) / width))]++;
  const bars = counts.map((c, i) => ({
    x0: start + i * width,
    x1: start + (i + 1) * width,
    p: c / n,
  }));

  const variance = n > 1 ? v.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1) : 0;
  const curve: { x: number; y: number }[] = [];
  if (variance > 0) {
    const bw = Math.sqrt(variance) * n ** (-1 / 5);
    const a = Math.max(lo - KDE_CUT * bw, window?.[0] ?? -Infinity);
    const b = Math.min(hi + KDE_CUT * bw, window?.[1] ?? Infinity);
    const norm = 1 / (n * bw * Math.sqrt(2 * Math.PI));
    for (let k = 0; a < b && k < KDE_POINTS; k++) {
      const x = a + ((b - a) * k) / (KDE_POINTS - 1);
      let s = 0;
      for (const xi of v) s += Math.exp(-0.5 * ((x - xi) / bw) ** 2);
      curve.push({ x, y: s * norm * width });
    }
  }
  return { bars, curve, mean, n };
}
