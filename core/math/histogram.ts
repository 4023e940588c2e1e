/**
 * On-device histograms with the reference's exact binning rules (spec §2.7–2.9): GradHist1d's
 * clamp + `torch.histc`, GradHist2d's clamp-to-bin-centre + truncating index, and the bin
 * adaptation range.
 *
 * Only tfjs ops, no per-element reads. Kernels used: Sub, Multiply, RealDiv, Add, Floor,
 * ClipByValue, IsNan, LogicalNot, LogicalOr, Cast, Bincount, Reshape, Slice, and Select/Fill on
 * one parameter-sized row. All exist for cpu, wasm and webgl in tfjs 4.22 (webgl's Bincount reads
 * back synchronously: correct, but it stalls the GPU pipeline). Binning arithmetic is IEEE
 * float32 on cpu and wasm, so both give identical counts; WebGL arithmetic is not IEEE-exact and
 * may move values lying within rounding of an edge.
 *
 * Kernel pitfalls found on wasm 4.22 and avoided here:
 * - ClipByValue turns NaN into the lower bound (cpu keeps NaN), and Cast maps NaN to 0 on both;
 *   NaN values are therefore dropped through Bincount weights of 0, never through their index.
 * - Bincount logs an error and skips negative indices instead of throwing (cpu throws); indices
 *   here are never negative. Indices ≥ size are ignored on every backend (documented behaviour).
 * - ClipByValue on int32 tensors is wrong (clips the bit pattern as float), so every clip runs on
 *   float32 and the cast to int32 comes last.
 * - Select (`where`) with a broadcast scalar and broadcasting LogicalOr are 5–20× slower than the
 *   other element-wise kernels (~50–100 ms per million values), so the hot path avoids both.
 *   Int32 arithmetic is slow too; flat 2-D indices are formed in float32 (exact below 2²⁴).
 * Throughput on this machine (wasm, 1M values): histc ≈ 8 ms, histogram2d ≈ 22 ms.
 */
import * as tf from '@tensorflow/tfjs';
import { linspaceTorch } from './linspace.js';

/** Options shared by the histogram functions. */
export interface HistogramOptions {
  /**
   * Maximum number of values binned per chunk (default 2²⁰). Bounds the temporaries (a few
   * float32/int32 copies of one chunk) for inputs of millions of values.
   */
  chunkSize?: number;
}

const DEFAULT_CHUNK = 1 << 20;

function checkBins(fn: string, option: string, bins: number): void {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new RangeError(`${fn}: option "${option}" must be an integer >= 1, got ${bins}`);
  }
}

function checkRange(fn: string, option: string, lo: number, hi: number): void {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(Math.fround(lo) < Math.fround(hi))) {
    throw new RangeError(
      `${fn}: option "${option}" must be finite with lo < hi (in float32), got [${lo}, ${hi}]`,
    );
  }
}

function chunkSizeOf(options: HistogramOptions | undefined): number {
  const size = options?.chunkSize ?? DEFAULT_CHUNK;
  checkBins('histogram', 'chunkSize', size);
  return size;
}

/**
 * The `bins + 1` edges of a histogram over `[lo, hi]` as float32, equal (as float32 values) to
 * the reference's edges in the golden cases: torch 1.13's float64 `linspace` rounded to float32.
 * Use {@link histogramEdges64} to emit the reference's float64 values themselves.
 */
export function histogramEdges(lo: number, hi: number, bins: number): Float32Array {
  return Float32Array.from(histogramEdges64(lo, hi, bins));
}

/** The reference's edges `linspace(lo, hi, bins + 1)` bit for bit (see {@link linspaceTorch}). */
export function histogramEdges64(lo: number, hi: number, bins: number): Float64Array {
  checkBins('histogramEdges', 'bins', bins);
  return linspaceTorch(lo, hi, bins + 1);
}

/**
 * Sums `count(chunk)` over consecutive chunks of `total` rows without holding more than one
 * chunk's temporaries. `count` runs inside a tidy; the running sum is disposed as it is replaced.
 */
function accumulate<R extends tf.Rank>(
  total: number,
  rowsPerChunk: number,
  zeros: () => tf.Tensor<R>,
  count: (begin: number, size: number) => tf.Tensor<R>,
): tf.Tensor<R> {
  let acc = zeros();
  try {
    for (let begin = 0; begin < total; begin += rowsPerChunk) {
      const size = Math.min(rowsPerChunk, total - begin);
      const next = tf.tidy(() => tf.add(acc, count(begin, size)) as tf.Tensor<R>);
      acc.dispose();
      acc = next;
    }
    return acc;
  } catch (err) {
    acc.dispose();
    throw err;
  }
}

/** Bincount weights that are 1 for numbers and 0 for NaN. */
function notNaNWeights(v: tf.Tensor, dtype: 'float32' | 'int32'): tf.Tensor {
  return tf.cast(tf.logicalNot(tf.isNaN(v)), dtype);
}

/**
 * GradHist1d's counting (spec §2.7): every value is clamped to `[lo, hi]`, then counted in bin
 * `k = trunc(((v − lo) · bins) / (hi − lo))`, evaluated in float32 in exactly this order (torch's
 * CPU `histc`), with `k = bins` moved to `bins − 1`. NaN values are skipped; ±Infinity land in the
 * border bins like every other out-of-range value.
 *
 * @param values any shape; all entries are counted (cast to float32 first).
 * @returns float32 counts of shape `[bins]` (floats, as the reference stores them). Caller owns it.
 */
export function histc(
  values: tf.Tensor,
  bins: number,
  lo: number,
  hi: number,
  options?: HistogramOptions,
): tf.Tensor1D {
  checkBins('histc', 'bins', bins);
  checkRange('histc', 'range', lo, hi);
  const chunk = chunkSizeOf(options);
  const f = Math.fround;
  // torch reads lo/hi back from its float32 edges and forms the width in float32.
  const lo32 = f(lo);
  const hi32 = f(hi);
  const width32 = f(hi32 - lo32);
  const flat = tf.tidy(() => tf.reshape(tf.cast(values, 'float32'), [-1]) as tf.Tensor1D);
  try {
    return accumulate(
      flat.size,
      chunk,
      () => tf.zeros([bins], 'float32') as tf.Tensor1D,
      (begin, size) => {
        const v = tf.slice(flat, [begin], [size]);
        const clamped = tf.clipByValue(v, lo32, hi32);
        // Order matters for values near edges: subtract, multiply by bins, then divide.
        const scaled = tf.div(tf.mul(tf.sub(clamped, lo32), bins), width32);
        // clamped − lo ≥ 0, so floor equals torch's truncation toward zero; the upper clip moves
        // k = bins (v = hi) into the last bin.
        const index = tf.cast(tf.clipByValue(tf.floor(scaled), 0, bins - 1), 'int32');
        // NaN is dropped through a zero weight: its index is whatever the cast made of NaN
        // (0 on cpu and wasm), and it adds nothing there.
        return tf.bincount(index as tf.Tensor1D, notNaNWeights(v, 'float32') as tf.Tensor1D, bins);
      },
    );
  } finally {
    flat.dispose();
  }
}

/** One axis of GradHist2d: clamp bounds and the float32 bin width, from the float64 range. */
interface AxisRule {
  bins: number;
  lo32: number;
  width32: number;
  clampLo: number;
  clampHi: number;
}

function axisRule(
  fn: string,
  option: string,
  bins: number,
  range: readonly [number, number],
): AxisRule {
  const [lo, hi] = range;
  checkRange(fn, option, lo, hi);
  // Python float64: the width and the bin-centre clamp bounds; torch rounds them to float32
  // only when they meet the float32 tensor.
  const width = (hi - lo) / bins;
  return {
    bins,
    lo32: Math.fround(lo),
    width32: Math.fround(width),
    clampLo: Math.fround(lo + width / 2),
    clampHi: Math.fround(hi - width / 2),
  };
}

/**
 * Bin index per axis as a float32 integer: clamp to the outer bin centres, `trunc((v − lo) / w)`.
 * Kept in float32 (exact up to 2²⁴) because int32 arithmetic is several times slower on wasm.
 */
function axisIndex(v: tf.Tensor, rule: AxisRule): tf.Tensor {
  const clamped = tf.clipByValue(v, rule.clampLo, rule.clampHi);
  const k = tf.floor(tf.div(tf.sub(clamped, rule.lo32), rule.width32));
  // Never active for valid ranges; guards against a width so small that rounding escapes the
  // grid (the reference would then write into a neighbouring row of its flat array).
  return tf.clipByValue(k, 0, rule.bins - 1);
}

/**
 * GradHist2d's counting (spec §2.8). x = individual gradient entries `[N, ...paramShape]`,
 * y = parameter values, either of shape `paramShape` (paired with each of the N gradient rows,
 * as the reference does) or of the full shape of x. Per axis, values are clamped to
 * `[lo + w/2, hi − w/2]` (w = (hi − lo)/bins in float64, i.e. out-of-range values go to the
 * centre of the outermost bin), then `k = trunc((v − lo)/w)` in float32; the flat index
 * `k_x · binsY + k_y` is counted.
 *
 * Deviation: a pair with NaN in x or y is skipped (the reference crashes on NaN, spec §8 #22).
 *
 * @returns int32 counts of shape `[binsX, binsY]` (rows: gradient bins, columns: parameter
 *   bins). Caller owns it.
 */
export function histogram2d(
  xValues: tf.Tensor,
  yValues: tf.Tensor,
  binsX: number,
  binsY: number,
  rangeX: readonly [number, number],
  rangeY: readonly [number, number],
  options?: HistogramOptions,
): tf.Tensor2D {
  checkBins('histogram2d', 'binsX', binsX);
  checkBins('histogram2d', 'binsY', binsY);
  if (binsX * binsY > 2 ** 24) {
    throw new RangeError(`histogram2d: binsX · binsY must be <= 2^24, got ${binsX * binsY}`);
  }
  const ruleX = axisRule('histogram2d', 'rangeX', binsX, rangeX);
  const ruleY = axisRule('histogram2d', 'rangeY', binsY, rangeY);
  const chunk = chunkSizeOf(options);

  const xShape = xValues.shape;
  const sameShape =
    yValues.shape.length === xShape.length && yValues.shape.every((d, i) => d === xShape[i]);
  const perSample =
    yValues.shape.length === xShape.length - 1 &&
    yValues.shape.every((d, i) => d === xShape[i + 1]);
  if (!sameShape && !perSample) {
    throw new RangeError(
      `histogram2d: yValues shape [${yValues.shape.join(', ')}] must equal xValues shape ` +
        `[${xShape.join(', ')}] or xValues shape without its first (sample) axis`,
    );
  }
  const counts = perSample
    ? countPairedRows(xValues, yValues, ruleX, ruleY, chunk)
    : countPairedFlat(xValues, yValues, ruleX, ruleY, chunk);
  const out = tf.reshape(counts, [binsX, binsY]) as tf.Tensor2D;
  counts.dispose();
  return out;
}

/**
 * Counts one chunk of pairs: flat index `k_x · binsY + k_y` (exact in float32, size ≤ 2²⁴ is
 * checked up front), weighted by `weights` (0 drops a pair). `kyOffset` broadcasts against x.
 */
function countPairs(
  x: tf.Tensor,
  kyOffset: tf.Tensor,
  weights: tf.Tensor,
  ruleX: AxisRule,
  ruleY: AxisRule,
): tf.Tensor1D {
  const flatIndex = tf.cast(tf.add(tf.mul(axisIndex(x, ruleX), ruleY.bins), kyOffset), 'int32');
  return tf.bincount(
    tf.reshape(flatIndex, [-1]) as tf.Tensor1D,
    tf.reshape(weights, [-1]) as tf.Tensor1D,
    ruleX.bins * ruleY.bins,
  );
}

/** x `[N, ...shape]` paired row by row with one y of `shape`; chunks are groups of rows. */
function countPairedRows(
  xValues: tf.Tensor,
  yValues: tf.Tensor,
  ruleX: AxisRule,
  ruleY: AxisRule,
  chunk: number,
): tf.Tensor1D {
  const rows = xValues.shape[0] ?? 0;
  const cols = yValues.size;
  const size = ruleX.bins * ruleY.bins;
  const x2 = tf.tidy(() => tf.reshape(tf.cast(xValues, 'float32'), [rows, cols]) as tf.Tensor2D);
  // The parameter axis is binned once per parameter entry and broadcast over the samples. A NaN
  // parameter gets the offset `size`, which pushes all its flat indices out of range, where
  // Bincount ignores them. (Selecting on this small row is cheap; a broadcast logicalOr against
  // the chunk costs ~100 ms per million values on wasm.)
  const kyOffset = tf.tidy(() => {
    const yRow = tf.reshape(tf.cast(yValues, 'float32'), [1, cols]);
    return tf.where(tf.isNaN(yRow), tf.fill([1, cols], size), axisIndex(yRow, ruleY));
  });
  try {
    const rowsPerChunk = Math.max(1, Math.floor(chunk / Math.max(cols, 1)));
    return accumulate(
      rows,
      rowsPerChunk,
      () => tf.zeros([size], 'int32') as tf.Tensor1D,
      (begin, n) => {
        const x = tf.slice(x2, [begin, 0], [n, cols]);
        // A NaN gradient entry gets weight 0 (its index is whatever the cast made of NaN).
        return countPairs(x, kyOffset, notNaNWeights(x, 'int32'), ruleX, ruleY);
      },
    );
  } finally {
    x2.dispose();
    kyOffset.dispose();
  }
}

/** x and y of the same shape, paired entry by entry; chunks are runs of entries. */
function countPairedFlat(
  xValues: tf.Tensor,
  yValues: tf.Tensor,
  ruleX: AxisRule,
  ruleY: AxisRule,
  chunk: number,
): tf.Tensor1D {
  const size = ruleX.bins * ruleY.bins;
  const xy = tf.tidy(() => ({
    x: tf.reshape(tf.cast(xValues, 'float32'), [-1]),
    y: tf.reshape(tf.cast(yValues, 'float32'), [-1]),
  }));
  try {
    return accumulate(
      xy.x.size,
      chunk,
      () => tf.zeros([size], 'int32') as tf.Tensor1D,
      (begin, n) => {
        const x = tf.slice(xy.x, [begin], [n]);
        const y = tf.slice(xy.y, [begin], [n]);
        const keep = tf.cast(tf.logicalNot(tf.logicalOr(tf.isNaN(x), tf.isNaN(y))), 'int32');
        return countPairs(x, axisIndex(y, ruleY), keep, ruleX, ruleY);
      },
    );
  } finally {
    xy.x.dispose();
    xy.y.dispose();
  }
}

/**
 * The range chosen by the reference's absolute-maximum bin adaptation (`_AbsMax`, spec §2.9):
 * `[−e, e]` with `e = (1 + padding) · max(minSize/2, m)`. `m` is the largest |value| seen
 * (GradAbsMax: of the individual gradients; ParamAbsMax: of the parameters). Python's `max`
 * keeps its first argument when the second is NaN, so a NaN `m` yields the minimum range.
 */
export function absMaxRange(m: number, padding = 0, minSize = 1e-6): [number, number] {
  const half = minSize / 2;
  const e = (1.0 + padding) * (m > half ? m : half);
  return [-e, e];
}
