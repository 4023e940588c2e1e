/**
 * First- and second-order exactness of the patched tfjs ops, on cpu and wasm, against a float64
 * reference: every loss is re-implemented in plain JS doubles, its gradient is a central
 * difference and its Hessian-vector product a central difference of directional derivatives.
 *
 * Tolerances. float32 has unit roundoff u = 2^-24 ≈ 6e-8. A gradient or HVP entry here is a sum
 * of at most K ≈ 300 rounded products (conv windows × channels × batch), so its relative error is
 * bounded by about K·u ≈ 2e-5 (typical √K·u ≈ 1e-6). The float64 finite-difference reference is
 * good to ≈1e-7 (steps below). We therefore require relative error (2-norm) ≤ 2e-5 = TOL.
 * Stock tfjs misses by 0.27–1.7 or throws (feasibility note §2), so the margin is 4 orders.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import type { Scalar, Tensor, Tensor4D } from '@tensorflow/tfjs';
import {
  installTfjsPatches,
  uninstallTfjsPatches,
  hvp,
  gradientsAllowNone,
  stopGradient,
} from '../../core/patches/index.js';
import { selectBackend } from '../../core/backend.js';

const TOL = 2e-5;
type F64 = Float64Array;

// ---------- deterministic data ----------
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Normal samples rounded to float32, so tfjs and the float64 reference see identical inputs. */
function normals(n: number, seed: number, scale = 1, shift = 0): F64 {
  const r = rng(seed);
  return Float64Array.from({ length: n }, () => {
    const z = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    return Math.fround(shift + scale * z);
  });
}
function uniforms(n: number, seed: number, lo: number, hi: number): F64 {
  const r = rng(seed);
  return Float64Array.from({ length: n }, () => Math.fround(lo + (hi - lo) * r()));
}
/** float64 values as a float32 tensor (values are already float32-representable). */
const f32 = (v: F64, shape: number[]): Tensor => tf.tensor(Float32Array.from(v), shape, 'float32');
/** One-hot rows in plain JS, so building the cases touches no tfjs backend. */
const oneHot = (labels: number[], k: number): F64 =>
  Float64Array.from({ length: labels.length * k }, (_, i) =>
    i % k === labels[Math.floor(i / k)] ? 1 : 0,
  );
const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

// ---------- float64 reference ops (NHWC, tfjs padding rules) ----------
function samePad(inSize: number, k: number, s: number): [number, number, number] {
  const out = Math.ceil(inSize / s);
  const total = Math.max(0, (out - 1) * s + k - inSize);
  return [out, Math.floor(total / 2), total - Math.floor(total / 2)];
}
function geometry(inSize: number, k: number, s: number, pad: 'same' | 'valid'): [number, number] {
  if (pad === 'same') {
    const [out, before] = samePad(inSize, k, s);
    return [out, before];
  }
  return [Math.ceil((inSize - k + 1) / s), 0];
}
function conv2dRef(
  x: F64,
  [n, h, w, c]: number[],
  f: F64,
  [kh, kw, , co]: number[],
  [sh, sw]: number[],
  pad: 'same' | 'valid',
): { v: F64; shape: number[] } {
  const [oh, top] = geometry(h, kh, sh, pad);
  const [ow, left] = geometry(w, kw, sw, pad);
  const v = new Float64Array(n * oh * ow * co);
  for (let b = 0; b < n; b++)
    for (let i = 0; i < oh; i++)
      for (let j = 0; j < ow; j++)
        for (let o = 0; o < co; o++) {
          let acc = 0;
          for (let p = 0; p < kh; p++)
            for (let q = 0; q < kw; q++) {
              const r = i * sh + p - top;
              const s = j * sw + q - left;
              if (r < 0 || r >= h || s < 0 || s >= w) continue;
              for (let ci = 0; ci < c; ci++)
                acc += x[((b * h + r) * w + s) * c + ci] * f[((p * kw + q) * c + ci) * co + o];
            }
          v[((b * oh + i) * ow + j) * co + o] = acc;
        }
  return { v, shape: [n, oh, ow, co] };
}
function depthwiseRef(
  x: F64,
  [n, h, w, c]: number[],
  f: F64,
  [kh, kw, , mult]: number[],
  [sh, sw]: number[],
  pad: 'same' | 'valid',
): { v: F64; shape: number[] } {
  const [oh, top] = geometry(h, kh, sh, pad);
  const [ow, left] = geometry(w, kw, sw, pad);
  const co = c * mult;
  const v = new Float64Array(n * oh * ow * co);
  for (let b = 0; b < n; b++)
    for (let i = 0; i < oh; i++)
      for (let j = 0; j < ow; j++)
        for (let ci = 0; ci < c; ci++)
          for (let m = 0; m < mult; m++) {
            let acc = 0;
            for (let p = 0; p < kh; p++)
              for (let q = 0; q < kw; q++) {
                const r = i * sh + p - top;
                const s = j * sw + q - left;
                if (r < 0 || r >= h || s < 0 || s >= w) continue;
                acc += x[((b * h + r) * w + s) * c + ci] * f[((p * kw + q) * c + ci) * mult + m];
              }
            v[((b * oh + i) * ow + j) * co + ci * mult + m] = acc;
          }
  return { v, shape: [n, oh, ow, co] };
}
function poolRef(
  x: F64,
  [n, h, w, c]: number[],
  [kh, kw]: number[],
  [sh, sw]: number[],
  pad: 'same' | 'valid',
  kind: 'max' | 'avg',
): { v: F64; shape: number[] } {
  const [oh, top] = geometry(h, kh, sh, pad);
  const [ow, left] = geometry(w, kw, sw, pad);
  const v = new Float64Array(n * oh * ow * c);
  for (let b = 0; b < n; b++)
    for (let i = 0; i < oh; i++)
      for (let j = 0; j < ow; j++)
        for (let ci = 0; ci < c; ci++) {
          let best = -Infinity;
          let sum = 0;
          let count = 0;
          for (let p = 0; p < kh; p++)
            for (let q = 0; q < kw; q++) {
              const r = i * sh + p - top;
              const s = j * sw + q - left;
              if (r < 0 || r >= h || s < 0 || s >= w) continue;
              const val = x[((b * h + r) * w + s) * c + ci];
              best = Math.max(best, val);
              sum += val;
              count++;
            }
          v[((b * oh + i) * ow + j) * c + ci] = kind === 'max' ? best : sum / count;
        }
  return { v, shape: [n, oh, ow, c] };
}
/** C = op(A)·op(B) for 2-D A [m,k] (or [k,m] when tA) and B. */
function matMulRef(
  a: F64,
  aShape: number[],
  b: F64,
  bShape: number[],
  tA: boolean,
  tB: boolean,
): { v: F64; shape: number[] } {
  const [m, k] = tA ? [aShape[1], aShape[0]] : aShape;
  const nOut = tB ? bShape[0] : bShape[1];
  const at = (i: number, l: number) => (tA ? a[l * aShape[1] + i] : a[i * aShape[1] + l]);
  const bt = (l: number, j: number) => (tB ? b[j * bShape[1] + l] : b[l * bShape[1] + j]);
  const v = new Float64Array(m * nOut);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < nOut; j++) {
      let acc = 0;
      for (let l = 0; l < k; l++) acc += at(i, l) * bt(l, j);
      v[i * nOut + j] = acc;
    }
  return { v, shape: [m, nOut] };
}
const dot = (a: F64, b: F64) => a.reduce((s, x, i) => s + x * b[i], 0);
const rowsLse = (x: F64, cols: number): F64 =>
  Float64Array.from({ length: x.length / cols }, (_, r) => {
    const row = x.subarray(r * cols, (r + 1) * cols);
    const m = Math.max(...row);
    return m + Math.log(row.reduce((s, z) => s + Math.exp(z - m), 0));
  });
const softmaxRows = (x: F64, cols: number): F64 => {
  const lse = rowsLse(x, cols);
  return x.map((z, i) => Math.exp(z - lse[Math.floor(i / cols)]));
};

// ---------- float64 finite differences ----------
type RefFn = (xs: F64[]) => number;
function perturbed(xs: F64[], dirs: { k: number; i: number; d: number }[]): F64[] {
  const out = xs.map((x) => Float64Array.from(x));
  for (const { k, i, d } of dirs) out[k][i] += d;
  return out;
}
/** ∇f by central differences, step 1e-6: truncation ~1e-12, roundoff ~1e-10·|f|. */
function fdGrad(f: RefFn, xs: F64[]): F64 {
  const h = 1e-6;
  const g: number[] = [];
  xs.forEach((x, k) => {
    for (let i = 0; i < x.length; i++)
      g.push((f(perturbed(xs, [{ k, i, d: h }])) - f(perturbed(xs, [{ k, i, d: -h }]))) / (2 * h));
  });
  return Float64Array.from(g);
}
/**
 * H·v as ∂_i of the directional derivative D_v f, both by central differences with step 2e-4:
 * truncation O(step²) ≈ 4e-8 and roundoff ≈ 1e-16·|f| / step² ≈ 3e-8·|f|.
 */
function fdHvp(f: RefFn, xs: F64[], vs: F64[]): F64 {
  const e = 2e-4;
  const h = 2e-4;
  const along = (ys: F64[], t: number) => ys.map((y, k) => y.map((z, i) => z + t * vs[k][i]));
  const dv = (ys: F64[]) => (f(along(ys, e)) - f(along(ys, -e))) / (2 * e);
  const out: number[] = [];
  xs.forEach((x, k) => {
    for (let i = 0; i < x.length; i++)
      out.push(
        (dv(perturbed(xs, [{ k, i, d: h }])) - dv(perturbed(xs, [{ k, i, d: -h }]))) / (2 * h),
      );
  });
  return Float64Array.from(out);
}
function relErr(got: ArrayLike<number>, want: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < want.length; i++) {
    num += (got[i] - want[i]) ** 2;
    den += want[i] ** 2;
  }
  return Math.sqrt(num) / Math.max(Math.sqrt(den), 1e-30);
}
const flat = (ts: Tensor[]): Float64Array =>
  Float64Array.from(ts.flatMap((t) => Array.from(t.dataSync())));

// ---------- cases ----------
interface Case {
  name: string;
  shapes: number[][];
  /** Parameter values (float32-representable). */
  values: F64[];
  tfLoss: (ps: Tensor[]) => Scalar;
  refLoss: RefFn;
  /** Differentiation targets for these values, when not the value tensors themselves. */
  bind?: (ps: Tensor[]) => Tensor[];
}

function elementwise(
  name: string,
  tfOp: (x: Tensor) => Tensor,
  op: (z: number) => number,
  seed: number,
): Case {
  const shape = [3, 5];
  const c = normals(15, seed + 1);
  return {
    name,
    shapes: [shape],
    values: [normals(15, seed)],
    tfLoss: ([x]) => tf.sum(tf.mul(f32(c, shape), tfOp(x))),
    refLoss: ([x]) => x.reduce((s, z, i) => s + c[i] * op(z), 0),
  };
}

function convCase(
  kernel: [number, number],
  strides: [number, number],
  pad: 'same' | 'valid',
  seed: number,
): Case {
  const xShape = [2, 7, 7, 3];
  const wShape = [kernel[0], kernel[1], 3, 4];
  const out = conv2dRef(
    new Float64Array(size(xShape)),
    xShape,
    new Float64Array(size(wShape)),
    wShape,
    strides,
    pad,
  );
  const c = normals(out.v.length, seed + 2);
  return {
    name: `conv2d ${kernel.join('x')} stride ${strides.join(',')} ${pad}`,
    shapes: [xShape, wShape],
    values: [normals(size(xShape), seed), normals(size(wShape), seed + 1, 0.3)],
    // ½ Σ c ⊙ z² keeps both J^T diag(c) J and the bilinear cross term (∂²z/∂x∂W) in the Hessian.
    tfLoss: ([x, w]) =>
      tf.mul(
        0.5,
        tf.sum(
          tf.mul(
            f32(c, out.shape),
            tf.square(tf.conv2d(x as Tensor4D, w as Tensor4D, strides, pad)),
          ),
        ),
      ),
    refLoss: ([x, w]) =>
      0.5 *
      dot(
        c,
        conv2dRef(x, xShape, w, wShape, strides, pad).v.map((z) => z * z),
      ),
  };
}

function depthwiseCase(strides: [number, number], pad: 'same' | 'valid', seed: number): Case {
  const xShape = [2, 6, 6, 3];
  const wShape = [3, 3, 3, 2];
  const out = depthwiseRef(
    new Float64Array(size(xShape)),
    xShape,
    new Float64Array(size(wShape)),
    wShape,
    strides,
    pad,
  );
  const c = normals(out.v.length, seed + 2);
  return {
    name: `depthwiseConv2d 3x3x3x2 stride ${strides.join(',')} ${pad}`,
    shapes: [xShape, wShape],
    values: [normals(size(xShape), seed), normals(size(wShape), seed + 1, 0.3)],
    tfLoss: ([x, w]) =>
      tf.mul(
        0.5,
        tf.sum(
          tf.mul(
            f32(c, out.shape),
            tf.square(tf.depthwiseConv2d(x as Tensor4D, w as Tensor4D, strides, pad)),
          ),
        ),
      ),
    refLoss: ([x, w]) =>
      0.5 *
      dot(
        c,
        depthwiseRef(x, xShape, w, wShape, strides, pad).v.map((z) => z * z),
      ),
  };
}

function poolCase(
  kind: 'max' | 'avg',
  k: [number, number],
  s: [number, number],
  pad: 'same' | 'valid',
  h: number,
  seed: number,
): Case {
  const xShape = [2, h, h, 3];
  const out = poolRef(new Float64Array(size(xShape)), xShape, k, s, pad, kind);
  const c = normals(out.v.length, seed + 1);
  const pool = (x: Tensor) =>
    kind === 'max' ? tf.maxPool(x as Tensor4D, k, s, pad) : tf.avgPool(x as Tensor4D, k, s, pad);
  return {
    name: `${kind}Pool ${k.join('x')} stride ${s.join(',')} ${pad} on ${h}x${h}`,
    shapes: [xShape],
    values: [normals(size(xShape), seed)],
    tfLoss: ([x]) => tf.mul(0.5, tf.sum(tf.mul(f32(c, out.shape), tf.square(pool(x))))),
    refLoss: ([x]) =>
      0.5 *
      dot(
        c,
        poolRef(x, xShape, k, s, pad, kind).v.map((z) => z * z),
      ),
  };
}

function matMulCase(tA: boolean, tB: boolean, seed: number): Case {
  const [m, k, n] = [4, 6, 5];
  const aShape = tA ? [k, m] : [m, k];
  const bShape = tB ? [n, k] : [k, n];
  const c = normals(m * n, seed + 2);
  return {
    name: `matMul transposeA=${tA} transposeB=${tB}`,
    shapes: [aShape, bShape],
    values: [normals(m * k, seed), normals(k * n, seed + 1)],
    tfLoss: ([a, b]) =>
      tf.mul(0.5, tf.sum(tf.mul(f32(c, [m, n]), tf.square(tf.matMul(a, b, tA, tB))))),
    refLoss: ([a, b]) =>
      0.5 *
      dot(
        c,
        matMulRef(a, aShape, b, bShape, tA, tB).v.map((z) => z * z),
      ),
  };
}

/** tfjs-layers Dense/Conv2D run fused kernels (tf.fused.*, built on customGrad): relu + bias. */
function fusedCase(kind: 'matMul' | 'conv2d', seed: number): Case {
  const conv = kind === 'conv2d';
  const xShape = conv ? [2, 6, 6, 3] : [4, 6];
  const wShape = conv ? [3, 3, 3, 4] : [6, 4];
  const ref = (x: F64, w: F64, b: F64) =>
    (conv
      ? conv2dRef(x, xShape, w, wShape, [1, 1], 'same')
      : matMulRef(x, xShape, w, wShape, false, false)
    ).v.map((z, i) => Math.max(0, z + b[i % 4]));
  const outSize = conv ? 2 * 6 * 6 * 4 : 16;
  const c = normals(outSize, seed + 3);
  return {
    name: `fused.${kind} with bias and relu`,
    shapes: [xShape, wShape, [4]],
    values: [
      normals(size(xShape), seed),
      normals(size(wShape), seed + 1, 0.4),
      normals(4, seed + 2, 0.2),
    ],
    tfLoss: ([x, w, b]) => {
      const z = conv
        ? tf.fused.conv2d({
            x: x as Tensor4D,
            filter: w as Tensor4D,
            strides: 1,
            pad: 'same',
            bias: b,
            activation: 'relu',
          })
        : tf.fused.matMul({ a: x, b: w, bias: b, activation: 'relu' });
      return tf.mul(0.5, tf.sum(tf.mul(f32(c, z.shape), tf.square(z))));
    },
    refLoss: ([x, w, b]) =>
      0.5 *
      dot(
        c,
        ref(x, w, b).map((z) => z * z),
      ),
  };
}

/** conv → tanh → maxPool → dense → cross-entropy from logits via stopGradient(max). */
function smallCnnCase(seed: number): Case {
  const x = normals(2 * 6 * 6 * 2, seed);
  const xShape = [2, 6, 6, 2];
  const w1Shape = [3, 3, 2, 3];
  const w2Shape = [27, 4];
  const labels = [1, 3];
  const yv = oneHot(labels, 4);
  return {
    name: 'small CNN (conv-tanh-maxPool-dense, CE from logits)',
    shapes: [w1Shape, [3], w2Shape, [4]],
    values: [
      normals(54, seed + 1, 0.4),
      normals(3, seed + 2, 0.1),
      normals(108, seed + 3, 0.3),
      normals(4, seed + 4, 0.1),
    ],
    tfLoss: ([w1, b1, w2, b2]) => {
      const a = tf.maxPool(
        tf.tanh(
          tf.add(tf.conv2d(f32(x, [2, 6, 6, 2]) as Tensor4D, w1 as Tensor4D, 1, 'same'), b1),
        ) as Tensor4D,
        2,
        2,
        'valid',
      );
      const z = tf.add(tf.matMul(tf.reshape(a, [2, 27]), w2), b2);
      const s = tf.sub(z, stopGradient(tf.max(z, -1, true)));
      const logp = tf.sub(s, tf.log(tf.sum(tf.exp(s), -1, true)));
      return tf.neg(tf.mean(tf.sum(tf.mul(tf.oneHot(labels, 4), logp), -1)));
    },
    refLoss: ([w1, b1, w2, b2]) => {
      const conv = conv2dRef(x, xShape, w1, w1Shape, [1, 1], 'same');
      const act = conv.v.map((z, i) => Math.tanh(z + b1[i % 3]));
      const pooled = poolRef(act, conv.shape, [2, 2], [2, 2], 'valid', 'max');
      const z = matMulRef(pooled.v, [2, 27], w2, w2Shape, false, false).v.map(
        (v, i) => v + b2[i % 4],
      );
      const lse = rowsLse(z, 4);
      let loss = 0;
      for (let i = 0; i < z.length; i++) loss -= yv[i] * (z[i] - lse[Math.floor(i / 4)]);
      return loss / 2;
    },
  };
}

/** Dense-tanh-dense-softmax with the Keras categoricalCrossentropy (clipByValue → LogicalAnd). */
function kerasLossCase(seed: number): Case {
  const x = normals(3 * 5, seed);
  const labels = [0, 2, 1];
  const yv = oneHot(labels, 3);
  return {
    name: 'MLP softmax + tf.metrics.categoricalCrossentropy',
    shapes: [
      [5, 4],
      [4, 3],
    ],
    values: [normals(20, seed + 1, 0.5), normals(12, seed + 2, 0.5)],
    tfLoss: ([w1, w2]) => {
      const p = tf.softmax(tf.matMul(tf.tanh(tf.matMul(f32(x, [3, 5]), w1)), w2));
      return tf.mean(tf.metrics.categoricalCrossentropy(tf.oneHot(labels, 3), p)) as Scalar;
    },
    refLoss: ([w1, w2]) => {
      const hdn = matMulRef(x, [3, 5], w1, [5, 4], false, false).v.map(Math.tanh);
      const p = softmaxRows(matMulRef(hdn, [3, 4], w2, [4, 3], false, false).v, 3);
      return -p.reduce((s, q, i) => s + yv[i] * Math.log(q), 0) / 3;
    },
  };
}

/**
 * A real tfjs-layers model (Conv2D relu → MaxPooling2D → Flatten → Dense softmax) with the Keras
 * categoricalCrossentropy, differentiated through `model.apply` w.r.t. its own weight variables.
 */
function layersModelCase(seed: number): Case {
  const xv = normals(2 * 6 * 6 * 2, seed);
  const yv = oneHot([2, 0], 3);
  const shapes = [[3, 3, 2, 3], [3], [12, 3], [3]];
  const values = [
    normals(54, seed + 1, 0.4),
    normals(3, seed + 2, 0.1),
    normals(36, seed + 3, 0.4),
    normals(3, seed + 4, 0.1),
  ];
  let model: tf.Sequential | undefined;
  return {
    name: 'tfjs-layers model via model.apply (conv relu, maxPool, dense softmax, Keras CE)',
    shapes,
    values,
    // Differentiate w.r.t. the model's own weight variables (holding the case's values), exactly
    // as the engine will do it.
    bind: (ps) => {
      model ??= tf.sequential({
        layers: [
          tf.layers.conv2d({
            inputShape: [6, 6, 2],
            filters: 3,
            kernelSize: 3,
            activation: 'relu',
          }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 3, activation: 'softmax' }),
        ],
      });
      model.trainableWeights.forEach((w, k) => w.write(ps[k]));
      return model.trainableWeights.map((w) => w.read());
    },
    tfLoss: () => {
      const p = model!.apply(f32(xv, [2, 6, 6, 2])) as Tensor;
      return tf.mean(tf.metrics.categoricalCrossentropy(f32(yv, [2, 3]), p)) as Scalar;
    },
    refLoss: ([w1, b1, w2, b2]) => {
      const conv = conv2dRef(xv, [2, 6, 6, 2], w1, shapes[0], [1, 1], 'valid');
      const act = conv.v.map((z, i) => Math.max(0, z + b1[i % 3]));
      const pooled = poolRef(act, conv.shape, [2, 2], [2, 2], 'valid', 'max');
      const p = softmaxRows(
        matMulRef(pooled.v, [2, 12], w2, shapes[2], false, false).v.map((v, i) => v + b2[i % 3]),
        3,
      );
      return -p.reduce((s, q, i) => s + yv[i] * Math.log(q), 0) / 2;
    },
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const rowC = normals(3, 99);
const powA = uniforms(15, 7, 0.5, 2);
const powB = uniforms(15, 8, -1.5, 1.5);
const powC = normals(15, 9);
const smC = normals(15, 11);

const CASES: Case[] = [
  elementwise('exp', tf.exp, Math.exp, 1),
  elementwise('sigmoid', tf.sigmoid, sigmoid, 2),
  elementwise('tanh', tf.tanh, Math.tanh, 3),
  elementwise('elu', tf.elu, (z) => (z > 0 ? z : Math.exp(z) - 1), 4),
  elementwise('softplus', tf.softplus, (z) => Math.log1p(Math.exp(z)), 5),
  {
    name: 'softmax',
    shapes: [[3, 5]],
    values: [normals(15, 10)],
    tfLoss: ([x]) => tf.sum(tf.mul(f32(smC, [3, 5]), tf.softmax(x))),
    refLoss: ([x]) => dot(smC, softmaxRows(x, 5)),
  },
  {
    name: 'logSumExp',
    shapes: [[3, 5]],
    values: [normals(15, 12)],
    tfLoss: ([x]) => tf.sum(tf.mul(f32(rowC, [3]), tf.logSumExp(x, -1))),
    refLoss: ([x]) => dot(rowC, rowsLse(x, 5)),
  },
  {
    name: 'max (reduce), squared',
    shapes: [[3, 5]],
    values: [normals(15, 13)],
    tfLoss: ([x]) => tf.sum(tf.mul(f32(rowC, [3]), tf.square(tf.max(x, -1)))),
    refLoss: ([x]) =>
      rowC.reduce((s, c, r) => s + c * Math.max(...x.subarray(r * 5, r * 5 + 5)) ** 2, 0),
  },
  {
    name: 'pow (base and exponent)',
    shapes: [
      [3, 5],
      [3, 5],
    ],
    values: [powA, powB],
    tfLoss: ([a, b]) => tf.sum(tf.mul(f32(powC, [3, 5]), tf.pow(a, b))),
    refLoss: ([a, b]) => a.reduce((s, z, i) => s + powC[i] * z ** b[i], 0),
  },
  convCase([3, 3], [1, 1], 'same', 20),
  convCase([3, 3], [2, 2], 'same', 21),
  convCase([5, 5], [1, 1], 'valid', 22),
  convCase([3, 2], [2, 1], 'valid', 23),
  poolCase('max', [2, 2], [2, 2], 'valid', 6, 30),
  poolCase('max', [2, 2], [2, 2], 'same', 7, 31),
  poolCase('max', [3, 3], [2, 2], 'valid', 7, 32),
  poolCase('avg', [2, 2], [2, 2], 'valid', 6, 33),
  poolCase('avg', [3, 3], [1, 1], 'valid', 6, 34),
  poolCase('avg', [2, 2], [2, 2], 'same', 7, 35),
  poolCase('avg', [3, 3], [1, 1], 'same', 6, 36),
  poolCase('max', [3, 3], [1, 1], 'same', 5, 37),
  matMulCase(false, false, 40),
  matMulCase(true, false, 41),
  matMulCase(false, true, 42),
  matMulCase(true, true, 43),
  fusedCase('matMul', 44),
  fusedCase('conv2d', 45),
  smallCnnCase(50),
  kerasLossCase(60),
  layersModelCase(61),
];

// The float64 references do not depend on the backend: compute each once.
const reference = new Map<string, { grad: F64; hv: F64; v: F64[] }>();
function referenceFor(c: Case) {
  let r = reference.get(c.name);
  if (!r) {
    const v = c.shapes.map((s, k) => normals(size(s), 1000 + k));
    r = { grad: fdGrad(c.refLoss, c.values), hv: fdHvp(c.refLoss, c.values, v), v };
    reference.set(c.name, r);
  }
  return r;
}

async function useBackend(name: 'cpu' | 'wasm'): Promise<void> {
  if (tf.getBackend() !== name) {
    const chosen = await selectBackend(name);
    if (chosen.backend !== name) throw new Error(`could not activate ${name}: ${chosen.reason}`);
  }
  installTfjsPatches();
}

function measure(c: Case): { grad: number; hv: number } {
  const ref = referenceFor(c);
  return tf.tidy(() => {
    const values = c.values.map((v, k) => f32(v, c.shapes[k]));
    const ps = c.bind ? c.bind(values) : values;
    const vs = ref.v.map((v, k) => f32(v, c.shapes[k]));
    const grad = relErr(flat(gradientsAllowNone(() => c.tfLoss(ps), ps)), ref.grad);
    const hv = relErr(flat(hvp(() => c.tfLoss(ps), ps, vs)), ref.hv);
    return { grad, hv };
  });
}

// wasm has no depthwise backprop kernels at all (first order fails there too): cpu only.
const CPU_ONLY: Case[] = [depthwiseCase([1, 1], 'same', 80), depthwiseCase([2, 2], 'valid', 81)];

for (const backend of ['cpu', 'wasm'] as const) {
  for (const c of backend === 'cpu' ? [...CASES, ...CPU_ONLY] : CASES) {
    test.serial(
      `${backend}: ${c.name} gradient and HVP match float64 finite differences`,
      async (t) => {
        await useBackend(backend);
        const err = measure(c);
        t.log(`grad ${err.grad.toExponential(2)}  hvp ${err.hv.toExponential(2)}`);
        t.true(err.grad <= TOL, `gradient relative error ${err.grad}`);
        t.true(err.hv <= TOL, `HVP relative error ${err.hv}`);
      },
    );
  }
}

// Evidence that the patches, not the test, make second order right: stock tfjs on the same
// cases is wrong by orders of magnitude more than TOL, or throws.
for (const name of [
  'sigmoid',
  'tanh',
  'softmax',
  'logSumExp',
  'conv2d 3x3 stride 1,1 same',
  'avgPool 2x2 stride 2,2 same on 7x7',
  'depthwiseConv2d 3x3x3x2 stride 1,1 same',
]) {
  test.serial(
    `cpu: stock tfjs gets the ${name} HVP wrong or throws; patched gets it right`,
    async (t) => {
      await useBackend('cpu');
      const c = [...CASES, ...CPU_ONLY].find((k) => k.name === name)!;
      uninstallTfjsPatches();
      let stock: number;
      try {
        stock = measure(c).hv;
      } catch {
        stock = Infinity;
      } finally {
        installTfjsPatches();
      }
      t.log(`stock hvp error ${stock}`);
      t.true(stock > 1e-2);
      t.true(measure(c).hv <= TOL);
    },
  );
}

test.serial(
  'cpu: tf.losses.softmaxCrossEntropy still drops curvature with patches (documented limitation)',
  async (t) => {
    await useBackend('cpu');
    const x = normals(12, 70);
    const yv = oneHot([0, 2, 1], 4);
    const labels = f32(yv, [3, 4]);
    const c: Case = {
      name: 'customGrad loss',
      shapes: [[4, 4]],
      values: [normals(16, 71, 0.5)],
      tfLoss: ([w]) =>
        tf.losses.softmaxCrossEntropy(labels, tf.matMul(f32(x, [3, 4]), w)) as Scalar,
      refLoss: ([w]) => {
        const z = matMulRef(x, [3, 4], w, [4, 4], false, false).v;
        const lse = rowsLse(z, 4);
        return -z.reduce((s, q, i) => s + yv[i] * (q - lse[Math.floor(i / 4)]), 0) / 3;
      },
    };
    const err = measure(c);
    labels.dispose();
    t.log(`grad ${err.grad.toExponential(2)} hvp ${err.hv.toExponential(2)}`);
    t.true(err.grad <= TOL, 'first order is fine');
    t.true(err.hv > 0.1, 'second order is wrong: customGrad hides its intermediates from the tape');
  },
);
