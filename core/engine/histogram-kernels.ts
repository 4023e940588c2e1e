/**
 * Histogram kernels for the cpu and wasm backends, registered like any tfjs kernel. They bin
 * individual gradients with the reference's exact float32 rules (core/math/histogram.ts) in one
 * pass over backend memory, and for Dense layers straight from the factors a_n and d̂_n: the
 * outer product a_n ⊗ d̂_n is formed element by element inside the kernel and never stored, and
 * a zero a_ni (ReLU outputs, blank pixels) bins its whole row at once.
 *
 * Why kernels: binning 30 M individual gradient entries with generic ops costs ~10 full passes
 * of elementwise kernels plus a Bincount (≈ 450 ms/step for the benchmark MLP on wasm); one fused
 * pass costs a small fraction. On other backends (webgl, tensorflow) the op-based path of
 * core/math/histogram.ts runs instead, with identical results on IEEE float32 backends.
 */
import * as tf from '@tensorflow/tfjs';
import { histc, histogram2d } from '../math/histogram.js';

const OUTER_1D = 'CockpitOuterHistc';
const FLAT_1D = 'CockpitFlatHistc';
const OUTER_2D = 'CockpitOuterHistogram2d';
const FLAT_2D = 'CockpitFlatHistogram2d';
const BACKENDS = ['cpu', 'wasm'];

const f = Math.fround;

/** GradHist1d's float32 bin rule: clamp to [lo, hi], k = trunc(((v − lo)·bins)/(hi − lo)). */
interface Rule1d {
  bins: number;
  lo32: number;
  hi32: number;
  width32: number;
}
function rule1d(bins: number, lo: number, hi: number): Rule1d {
  const lo32 = f(lo);
  const hi32 = f(hi);
  return { bins, lo32, hi32, width32: f(hi32 - lo32) };
}
function bin1d(v: number, r: Rule1d): number {
  const c = v < r.lo32 ? r.lo32 : v > r.hi32 ? r.hi32 : v;
  const k = Math.floor(f(f(f(c - r.lo32) * r.bins) / r.width32));
  return k < 0 ? 0 : k >= r.bins ? r.bins - 1 : k;
}

/** GradHist2d's per-axis rule: clamp to the outer bin centres, k = trunc((v − lo)/w). */
interface Axis {
  bins: number;
  lo32: number;
  width32: number;
  clampLo: number;
  clampHi: number;
}
function axis(bins: number, range: readonly [number, number]): Axis {
  const [lo, hi] = range;
  const width = (hi - lo) / bins;
  return {
    bins,
    lo32: f(lo),
    width32: f(width),
    clampLo: f(lo + width / 2),
    clampHi: f(hi - width / 2),
  };
}
function binAxis(v: number, a: Axis): number {
  const c = v < a.clampLo ? a.clampLo : v > a.clampHi ? a.clampHi : v;
  const k = Math.floor(f(f(c - a.lo32) / a.width32));
  return k < 0 ? 0 : k >= a.bins ? a.bins - 1 : k;
}

type Arr = Float32Array;

/**
 * Counts a_n ⊗ d_n per sample without visiting every product: the bin of fround(a·d) is monotone
 * in d (non-decreasing for a > 0, non-increasing for a < 0), so with d_n sorted once per sample
 * each row a_ni covers a few contiguous runs of bins, found by binary search on the exact bin
 * function. Individual gradients are usually far narrower than a bin, so a row is typically one
 * run: O(log J) instead of O(J) per row, with bit-identical counts.
 */
function countOuter1d(
  a: Arr,
  d: Arr,
  n: number,
  rows: number,
  cols: number,
  r: Rule1d,
  out: Float32Array,
): void {
  const zeroBin = bin1d(0, r);
  const sorted = new Float64Array(cols);
  for (let s = 0; s < n; s++) {
    const dOff = s * cols;
    let m = 0;
    let finite = 0;
    for (let j = 0; j < cols; j++) {
      const v = d[dOff + j];
      if (v === v) sorted[m++] = v;
      if (Number.isFinite(v)) finite++;
    }
    const ds = sorted.subarray(0, m).sort();
    for (let i = 0; i < rows; i++) {
      const ai = a[s * rows + i];
      if (ai === 0) {
        // 0·d is ±0 (one bin) for finite d and NaN (skipped) otherwise.
        out[zeroBin] += finite;
        continue;
      }
      if (ai !== ai) continue;
      if (!Number.isFinite(ai)) {
        for (let j = 0; j < m; j++) {
          const v = f(ai * ds[j]);
          if (v === v) out[bin1d(v, r)] += 1;
        }
        continue;
      }
      const first = bin1d(f(ai * ds[0]), r);
      const lastBin = bin1d(f(ai * ds[m - 1]), r);
      // Many runs (a wide row): binary searches cost more than visiting every product.
      if (Math.abs(lastBin - first) * 8 > m) {
        for (let j = 0; j < m; j++) out[bin1d(f(ai * ds[j]), r)] += 1;
        continue;
      }
      countMonotoneRuns(
        m,
        ai > 0 ? (j) => bin1d(f(ai * ds[j]), r) : (j) => bin1d(f(ai * ds[m - 1 - j]), r),
        (k, c) => (out[k] += c),
      );
    }
  }
}

/**
 * For a non-decreasing integer function `binAt` on 0…m−1, reports each distinct value with the
 * number of indices that take it, using binary searches between runs.
 */
function countMonotoneRuns(
  m: number,
  binAt: (j: number) => number,
  add: (bin: number, count: number) => void,
): void {
  if (m === 0) return;
  let pos = 0;
  let k = binAt(0);
  const last = binAt(m - 1);
  while (k !== last) {
    // First index after pos whose bin exceeds k.
    let lo = pos + 1;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (binAt(mid) > k) hi = mid;
      else lo = mid + 1;
    }
    add(k, lo - pos);
    pos = lo;
    k = binAt(lo);
  }
  add(k, m - pos);
}

function countFlat1d(v: Arr, r: Rule1d, out: Float32Array): void {
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (x === x) out[bin1d(x, r)] += 1;
  }
}

/** Parameter-axis offsets k_y·(1) per parameter entry, −1 for NaN (skipped). */
function yOffsets(w: Arr, ay: Axis): Int32Array {
  const ky = new Int32Array(w.length);
  for (let i = 0; i < w.length; i++) ky[i] = w[i] === w[i] ? binAxis(w[i], ay) : -1;
  return ky;
}

/**
 * Counts (a_n ⊗ d_n, W) pairs. The x-bin of fround(a·d) is monotone in d, so a row a_ni whose
 * smallest and largest products share one x-bin (zero rows, and most rows: individual gradients
 * are narrow) pairs that bin with row i's whole parameter-bin histogram: the row only bumps a
 * per-(x-bin, row) counter, and one small product of counters and row histograms at the end
 * adds it all up. Other rows, and samples with non-finite d, are visited entry by entry.
 */
function countOuter2d(
  a: Arr,
  d: Arr,
  w: Arr,
  n: number,
  rows: number,
  cols: number,
  ax: Axis,
  ay: Axis,
  out: Int32Array,
): void {
  const ky = yOffsets(w, ay);
  const binsY = ay.bins;
  // rowHist[i·binsY + k]: how many entries of parameter row i fall in parameter bin k.
  const rowHist = new Int32Array(rows * binsY);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const k = ky[i * cols + j];
      if (k >= 0) rowHist[i * binsY + k]++;
    }
  }
  const rowsInBin = new Float64Array(ax.bins * rows);
  const zeroBin = binAxis(0, ax);
  const direct = (s: number, i: number, ai: number) => {
    const dOff = s * cols;
    const wOff = i * cols;
    for (let j = 0; j < cols; j++) {
      const k = ky[wOff + j];
      const v = f(ai * d[dOff + j]);
      if (k >= 0 && v === v) out[binAxis(v, ax) * binsY + k] += 1;
    }
  };
  for (let s = 0; s < n; s++) {
    const dOff = s * cols;
    let dMin = Infinity;
    let dMax = -Infinity;
    let allFinite = true;
    for (let j = 0; j < cols; j++) {
      const v = d[dOff + j];
      if (!Number.isFinite(v)) allFinite = false;
      if (v < dMin) dMin = v;
      if (v > dMax) dMax = v;
    }
    for (let i = 0; i < rows; i++) {
      const ai = a[s * rows + i];
      if (ai !== ai) continue;
      if (!allFinite || !Number.isFinite(ai)) {
        direct(s, i, ai);
        continue;
      }
      if (ai === 0) {
        rowsInBin[zeroBin * rows + i] += 1;
        continue;
      }
      const lo = binAxis(f(ai * dMin), ax);
      const hi = binAxis(f(ai * dMax), ax);
      if (lo === hi) rowsInBin[lo * rows + i] += 1;
      else direct(s, i, ai);
    }
  }
  for (let kx = 0; kx < ax.bins; kx++) {
    for (let i = 0; i < rows; i++) {
      const c = rowsInBin[kx * rows + i];
      if (c === 0) continue;
      for (let k = 0; k < binsY; k++) out[kx * binsY + k] += c * rowHist[i * binsY + k];
    }
  }
}

function countFlat2d(x: Arr, w: Arr, ax: Axis, ay: Axis, out: Int32Array): void {
  const ky = yOffsets(w, ay);
  const per = w.length;
  for (let i = 0; i < x.length; i++) {
    const k = ky[i % per];
    const v = x[i];
    if (k >= 0 && v === v) out[binAxis(v, ax) * ay.bins + k] += 1;
  }
}

/** Reads a float32 input from cpu or wasm backend memory without copying. */
function view(backend: any, t: tf.TensorInfo): Float32Array {
  if (typeof backend.typedArrayFromHeap === 'function')
    return backend.typedArrayFromHeap(t) as Float32Array;
  return backend.data.get(t.dataId).values as Float32Array;
}
function output(backend: any, shape: number[], values: Float32Array | Int32Array): tf.TensorInfo {
  const dtype = values instanceof Int32Array ? 'int32' : 'float32';
  if (typeof backend.typedArrayFromHeap === 'function') {
    const out = backend.makeOutput(shape, dtype) as tf.TensorInfo;
    (backend.typedArrayFromHeap(out) as Float32Array | Int32Array).set(values);
    return out;
  }
  return backend.makeTensorInfo(shape, dtype, values);
}

interface Attrs2d {
  binsX: number;
  binsY: number;
  rangeX: [number, number];
  rangeY: [number, number];
}

let registered = false;
/** Registers the kernels for cpu and wasm (idempotent). */
export function registerHistogramKernels(): void {
  if (registered) return;
  registered = true;
  for (const backendName of BACKENDS) {
    const reg = (kernelName: string, kernelFunc: tf.KernelFunc) => {
      if (!tf.getKernel(kernelName, backendName))
        tf.registerKernel({ kernelName, backendName, kernelFunc });
    };
    reg(OUTER_1D, ({ inputs, backend, attrs }) => {
      const { a, d } = inputs as { a: tf.TensorInfo; d: tf.TensorInfo };
      const { bins, lo, hi } = attrs as unknown as { bins: number; lo: number; hi: number };
      const out = new Float32Array(bins);
      countOuter1d(
        view(backend, a),
        view(backend, d),
        a.shape[0],
        a.shape[1],
        d.shape[1],
        rule1d(bins, lo, hi),
        out,
      );
      return output(backend, [bins], out);
    });
    reg(FLAT_1D, ({ inputs, backend, attrs }) => {
      const { x } = inputs as { x: tf.TensorInfo };
      const { bins, lo, hi } = attrs as unknown as { bins: number; lo: number; hi: number };
      const out = new Float32Array(bins);
      countFlat1d(view(backend, x), rule1d(bins, lo, hi), out);
      return output(backend, [bins], out);
    });
    reg(OUTER_2D, ({ inputs, backend, attrs }) => {
      const { a, d, w } = inputs as { a: tf.TensorInfo; d: tf.TensorInfo; w: tf.TensorInfo };
      const { binsX, binsY, rangeX, rangeY } = attrs as unknown as Attrs2d;
      const out = new Int32Array(binsX * binsY);
      countOuter2d(
        view(backend, a),
        view(backend, d),
        view(backend, w),
        a.shape[0],
        a.shape[1],
        d.shape[1],
        axis(binsX, rangeX),
        axis(binsY, rangeY),
        out,
      );
      return output(backend, [binsX, binsY], out);
    });
    reg(FLAT_2D, ({ inputs, backend, attrs }) => {
      const { x, w } = inputs as { x: tf.TensorInfo; w: tf.TensorInfo };
      const { binsX, binsY, rangeX, rangeY } = attrs as unknown as Attrs2d;
      const out = new Int32Array(binsX * binsY);
      countFlat2d(
        view(backend, x),
        view(backend, w),
        axis(binsX, rangeX),
        axis(binsY, rangeY),
        out,
      );
      return output(backend, [binsX, binsY], out);
    });
  }
}

const haveKernel = (name: string) => tf.getKernel(name, tf.getBackend()) !== undefined;

/** Runs a histogram kernel on float32 inputs where the backend has it, else the op-based path. */
function dispatch<T extends tf.Tensor>(
  kernel: string,
  inputs: Record<string, tf.Tensor>,
  attrs: object,
  fallback: () => T,
): T {
  registerHistogramKernels();
  if (!haveKernel(kernel)) return tf.tidy(fallback);
  return tf.tidy(() => {
    const cast = Object.fromEntries(
      Object.entries(inputs).map(([k, t]) => [
        k,
        t.dtype === 'float32' ? t : tf.cast(t, 'float32'),
      ]),
    );
    return tf.engine().runKernel(kernel, cast, attrs as tf.NamedAttrMap) as T;
  });
}

const outer = (a: tf.Tensor, d: tf.Tensor) => tf.mul(a.expandDims(2), d.expandDims(1));

/** GradHist1d counts `[bins]` of the outer products a_n ⊗ d_n (a `[N, I]`, d `[N, J]`). */
export function outerHistc(
  a: tf.Tensor2D,
  d: tf.Tensor2D,
  bins: number,
  lo: number,
  hi: number,
): tf.Tensor1D {
  return dispatch(OUTER_1D, { a, d }, { bins, lo, hi }, () => histc(outer(a, d), bins, lo, hi));
}

/** GradHist1d counts `[bins]` of all entries of `values`. */
export function flatHistc(values: tf.Tensor, bins: number, lo: number, hi: number): tf.Tensor1D {
  return dispatch(FLAT_1D, { x: values }, { bins, lo, hi }, () => histc(values, bins, lo, hi));
}

/** GradHist2d counts `[binsX, binsY]` of (a_n ⊗ d_n, W) pairs, W `[I, J]` paired with every sample. */
export function outerHistogram2d(
  a: tf.Tensor2D,
  d: tf.Tensor2D,
  w: tf.Tensor,
  binsX: number,
  binsY: number,
  rangeX: [number, number],
  rangeY: [number, number],
): tf.Tensor2D {
  return dispatch(OUTER_2D, { a, d, w }, { binsX, binsY, rangeX, rangeY }, () =>
    histogram2d(outer(a, d), w, binsX, binsY, rangeX, rangeY),
  );
}

/** GradHist2d counts of individual gradients `x` `[n, ...shape]` paired with parameter values `w` `shape`. */
export function flatHistogram2d(
  x: tf.Tensor,
  w: tf.Tensor,
  binsX: number,
  binsY: number,
  rangeX: [number, number],
  rangeY: [number, number],
): tf.Tensor2D {
  return dispatch(FLAT_2D, { x, w }, { binsX, binsY, rangeX, rangeY }, () =>
    histogram2d(x, w, binsX, binsY, rangeX, rangeY),
  );
}
