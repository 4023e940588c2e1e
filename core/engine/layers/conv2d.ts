/**
 * Conv2D (NHWC, any kernel size, strides, valid/same padding). The individual kernel gradients
 * are formed without an unfold: a depthwise convolution that treats the batch as channels
 * (input [Cin, Hp, Wp, N], filter d̂ as [OH, OW, N, Cout], dilation = layer stride) yields
 * [Cin, KH, KW, N·Cout] in one kernel call. Statistics are contractions of those, computed in
 * sample chunks so memory stays bounded.
 *
 * Layout choices are driven by the wasm backend, where data movement dominates (measured on the
 * benchmark CNN, batch 64, 10 curvature columns): Tile is a scalar loop (300 ms for 7M floats),
 * transposes of rank ≥ 5 and reductions over a leading axis of rank-5 tensors (which transpose
 * internally) cost ~50 ns/float, while rank-2/3 transposes, concat and XNNPACK matmuls cost
 * ~1-3 ns/float. So every transpose here is a rank-3 one on explicitly collapsed axes, the K
 * copies of the input for the curvature columns are a channel-axis concat of the transposed
 * input (never a Tile of the input), and reductions over samples are matmuls with a weight row.
 * A batched-GEMM unfold (im2col, then U_nᵀ d̂_n) was measured too and is ~5x slower than the
 * depthwise convolution on wasm (the batched matmul is not XNNPACK's): 215 ms vs 44 ms for the
 * second benchmark layer with 10 columns.
 */
import * as tf from '@tensorflow/tfjs';
import type { Conv2DStep } from '../model-view.js';
import type { AffineRule, PerParam } from './rule.js';

/** Upper bound on floats of individual gradients materialised at once. */
const CHUNK_FLOATS = 1 << 22;

interface Geometry {
  kh: number;
  kw: number;
  cin: number;
  cout: number;
  pad: { top: number; bottom: number; left: number; right: number };
  /** Padded input height and width. */
  hp: number;
  wp: number;
}

function geometry(step: Conv2DStep, inputShape: number[], kernelShape: number[]): Geometry {
  const [kh, kw, cin, cout] = kernelShape;
  const { top, bottom, left, right } = tf.backend_util.computeConv2DInfo(
    inputShape as [number, number, number, number],
    kernelShape as [number, number, number, number],
    step.strides,
    1,
    step.padding,
  ).padInfo;
  return {
    kh,
    kw,
    cin,
    cout,
    pad: { top, bottom, left, right },
    hp: inputShape[1] + top + bottom,
    wp: inputShape[2] + left + right,
  };
}

/**
 * The depthwise convolution's input: `a` [n, H, W, Cin] padded and moved to [Cin, Hp, Wp, k·n],
 * the batch repeated k times along the channel axis (k-major, like the curvature columns).
 */
function depthwiseInput(a: tf.Tensor, g: Geometry, k: number): tf.Tensor4D {
  const n = a.shape[0];
  const { top, bottom, left, right } = g.pad;
  const aPad =
    top || bottom || left || right
      ? tf.pad(a, [
          [0, 0],
          [top, bottom],
          [left, right],
          [0, 0],
        ])
      : a;
  const spatial = g.hp * g.wp;
  // [n, Hp·Wp, Cin] → [Cin, Hp·Wp, n] (a rank-2 transpose when Cin = 1).
  const moved =
    g.cin === 1
      ? tf.transpose(tf.reshape(aPad, [n, spatial]))
      : tf.transpose(tf.reshape(aPad, [n, spatial, g.cin]), [2, 1, 0]);
  const flat = tf.reshape(moved, [g.cin * spatial, n]);
  const repeated = k === 1 ? flat : tf.concat(new Array<tf.Tensor>(k).fill(flat), 1);
  return tf.reshape(repeated, [g.cin, g.hp, g.wp, k * n]);
}

/** The depthwise filter: d̂ [m, OH, OW, Cout] → [OH, OW, m, Cout]. */
function depthwiseFilter(dHat: tf.Tensor): tf.Tensor4D {
  const [m, oh, ow, cout] = dHat.shape;
  return tf.reshape(tf.transpose(tf.reshape(dHat, [m, oh * ow, cout]), [1, 0, 2]), [
    oh,
    ow,
    m,
    cout,
  ]);
}

/** Individual kernel gradients of the m filter columns, in the layout [Cin·KH·KW, m, Cout]. */
function rawKernelGradients(
  x: tf.Tensor4D,
  f: tf.Tensor4D,
  g: Geometry,
  step: Conv2DStep,
): tf.Tensor3D {
  const m = f.shape[2];
  let out = tf.depthwiseConv2d(x, f, 1, 'valid', 'NHWC', step.strides); // [Cin, KH', KW', m·Cout]
  if (out.shape[1] !== g.kh || out.shape[2] !== g.kw)
    out = tf.slice(out, [0, 0, 0, 0], [g.cin, g.kh, g.kw, m * g.cout]);
  return tf.reshape(out, [g.cin * g.kh * g.kw, m, g.cout]);
}

/** [Cin·KH·KW, m, Cout] → the parameter layout per column [m, KH, KW, Cin, Cout]. */
function toParameterLayout(raw: tf.Tensor3D, g: Geometry): tf.Tensor {
  const m = raw.shape[1];
  const taps = g.kh * g.kw;
  const byTap =
    g.cin === 1 || taps === 1
      ? raw
      : tf.reshape(tf.transpose(tf.reshape(raw, [g.cin, taps, m * g.cout]), [1, 0, 2]), [
          taps * g.cin,
          m,
          g.cout,
        ]);
  return tf.reshape(tf.transpose(byTap, [1, 0, 2]), [m, g.kh, g.kw, g.cin, g.cout]);
}

/**
 * Per-column bias gradients Σ_{oh,ow} d̂ [m, Cout], as P × the spatial mean (a global average
 * pool is XNNPACK's on wasm: 7 ms vs 16-18 ms for a sum or a ones-row matmul over the 7M floats
 * of the benchmark CNN's first layer with 10 columns).
 */
function biasGradients(dHat: tf.Tensor): tf.Tensor2D {
  const [m, oh, ow, cout] = dHat.shape;
  return tf.reshape(tf.mul(tf.avgPool(dHat as tf.Tensor4D, [oh, ow], 1, 'valid'), oh * ow), [
    m,
    cout,
  ]);
}

/** Individual kernel gradients [n, KH, KW, Cin, Cout] and bias gradients [n, Cout]. */
function perSample(
  a: tf.Tensor,
  dHat: tf.Tensor,
  step: Conv2DStep,
  kernelShape: number[],
): PerParam {
  return tf.tidy(() => {
    const g = geometry(step, a.shape, kernelShape);
    const f = depthwiseFilter(dHat);
    const raw = rawKernelGradients(depthwiseInput(a, g, 1), f, g, step);
    return [toParameterLayout(raw, g), biasGradients(dHat)];
  }) as PerParam;
}

/** Runs `fn` over sample chunks small enough to materialise. */
function chunks(
  a: tf.Tensor,
  dHat: tf.Tensor,
  chunkFloats: number,
  kernelShape: number[],
  fn: (a: tf.Tensor, d: tf.Tensor, start: number) => void,
) {
  const n = a.shape[0];
  const perSampleFloats = kernelShape.reduce((x, y) => x * y, 1);
  const size = Math.max(1, Math.min(n, Math.floor(chunkFloats / perSampleFloats)));
  for (let start = 0; start < n; start += size) {
    const count = Math.min(size, n - start);
    tf.tidy(() => {
      const ac = count === n ? a : tf.slice(a, start, count);
      const dc = count === n ? dHat : tf.slice(dHat, start, count);
      fn(ac, dc, start);
    });
  }
}

/** Concatenates per-chunk [count] results along the batch axis. */
function collect(parts: tf.Tensor[]): tf.Tensor {
  if (parts.length === 1) return parts[0];
  const out = tf.concat(parts, 0);
  parts.forEach((p) => p.dispose());
  return out;
}

const kernelShapeOf = (kernel: tf.Tensor | number[]) =>
  Array.isArray(kernel) ? kernel : kernel.shape;

/**
 * The Conv2D rule for a kernel of `kernelShape` [KH, KW, Cin, Cout]. `chunkFloats` bounds the
 * floats of individual gradients (and of repeated inputs) materialised at once.
 */
export function conv2dRule(
  kernelShape: number[],
  hasBias: boolean,
  chunkFloats = CHUNK_FLOATS,
): AffineRule {
  const biasOrNull = <T extends tf.Tensor>(t: T): T | null => {
    if (hasBias) return t;
    t.dispose();
    return null;
  };
  const kernelFloats = kernelShape.reduce((x, y) => x * y, 1);
  return {
    gradient(a, dHat, step) {
      // Batch gradient of the mean loss: the filter backprop of (a, d̂)/N — tfjs's own kernel.
      const s = step as Conv2DStep;
      const n = a.shape[0];
      const out = tf.tidy(() => {
        const zeros = tf.zeros(kernelShape);
        const gk = tf.grad((w: tf.Tensor) =>
          tf.conv2d(a as tf.Tensor4D, w as tf.Tensor4D, s.strides, s.padding),
        )(zeros, dHat);
        return [tf.div(gk, n), tf.div(tf.sum(dHat, [0, 1, 2]), n)];
      });
      return [out[0], biasOrNull(out[1])];
    },
    sqNorms(a, dHat, step) {
      const ks: tf.Tensor[] = [];
      const bs: tf.Tensor[] = [];
      chunks(a, dHat, chunkFloats, kernelShape, (ac, dc) => {
        const [k, b] = perSample(ac, dc, step as Conv2DStep, kernelShape);
        ks.push(tf.keep(tf.sum(tf.square(tf.reshape(k, [ac.shape[0], -1])), 1)));
        bs.push(tf.keep(tf.sum(tf.square(b!), 1)));
      });
      return [collect(ks) as tf.Tensor1D, biasOrNull(collect(bs) as tf.Tensor1D)];
    },
    sumGradSquared(a, dHat, rowWeights, step) {
      // dHat holds k columns per sample (k-major rows k·n + i). The k columns of a sample share
      // its input, so the input is moved once and repeated along the depthwise channel axis;
      // chunks cover k' columns of n' samples.
      const s = step as Conv2DStep;
      const n = a.shape[0];
      const k = dHat.shape[0] / n;
      const g = geometry(s, a.shape, kernelShape);
      const perColumn = Math.max(kernelFloats, g.cin * g.hp * g.wp);
      const kc = Math.min(k, Math.max(1, Math.floor(chunkFloats / perColumn)));
      const nc = Math.max(1, Math.min(n, Math.floor(chunkFloats / (kc * perColumn))));
      const taps = g.cin * g.kh * g.kw;
      let kernelSum: tf.Tensor | null = null;
      let biasSum: tf.Tensor | null = null;
      for (let k0 = 0; k0 < k; k0 += kc) {
        for (let n0 = 0; n0 < n; n0 += nc) {
          const kCount = Math.min(kc, k - k0);
          const nCount = Math.min(nc, n - n0);
          const m = kCount * nCount;
          const [ks, bs] = tf.tidy(() => {
            const whole = kCount === k && nCount === n;
            const rows = (t: tf.Tensor) => {
              if (whole) return t;
              // A rank-3 slice (wasm slices of rank ≥ 5 are scalar loops).
              const byColumn = tf.reshape(t, [k, n, t.size / (k * n)]);
              return tf.reshape(tf.slice(byColumn, [k0, n0, 0], [kCount, nCount, -1]), [
                m,
                ...t.shape.slice(1),
              ]);
            };
            const ac = nCount === n ? a : tf.slice(a, n0, nCount);
            const dc = rows(dHat);
            const raw = rawKernelGradients(
              depthwiseInput(ac, g, kCount),
              depthwiseFilter(dc),
              g,
              s,
            );
            const w = rowWeights ? rows(rowWeights) : tf.ones([m]);
            const kernel = tf.matMul(tf.reshape(w, [1, 1, m]) as tf.Tensor3D, tf.square(raw)); // [Cin·KH·KW, 1, Cout]
            const bias = tf.matMul(
              tf.reshape(w, [1, m]) as tf.Tensor2D,
              tf.square(biasGradients(dc)),
            ); // [1, Cout]
            return [tf.reshape(kernel, [taps, g.cout]), tf.reshape(bias, [g.cout])];
          });
          const nk: tf.Tensor = kernelSum ? tf.add(kernelSum, ks) : ks;
          const nb: tf.Tensor = biasSum ? tf.add(biasSum, bs) : bs;
          if (kernelSum) tf.dispose([kernelSum, biasSum!, ks, bs]);
          kernelSum = nk;
          biasSum = nb;
        }
      }
      const kernel = tf.tidy(() =>
        tf.reshape(tf.transpose(tf.reshape(kernelSum!, [g.cin, g.kh * g.kw, g.cout]), [1, 0, 2]), [
          g.kh,
          g.kw,
          g.cin,
          g.cout,
        ]),
      );
      (kernelSum as tf.Tensor | null)?.dispose();
      return [kernel, biasOrNull(biasSum!)];
    },
    gram(a, dHat, step) {
      // Blocks G_i G_jᵀ over sample chunks; one chunk in the common case.
      const flat: { k: tf.Tensor2D; b: tf.Tensor2D; start: number }[] = [];
      chunks(a, dHat, chunkFloats, kernelShape, (ac, dc, start) => {
        const [k, b] = perSample(ac, dc, step as Conv2DStep, kernelShape);
        flat.push({
          k: tf.keep(tf.reshape(k, [ac.shape[0], -1])) as tf.Tensor2D,
          b: tf.keep(b!) as tf.Tensor2D,
          start,
        });
      });
      const result = tf.tidy(() => {
        const kAll =
          flat.length === 1
            ? flat[0].k
            : tf.concat(
                flat.map((f) => f.k),
                0,
              );
        const bAll =
          flat.length === 1
            ? flat[0].b
            : tf.concat(
                flat.map((f) => f.b),
                0,
              );
        return [
          tf.matMul(kAll, kAll, false, true),
          tf.matMul(bAll, bAll, false, true),
        ] as tf.Tensor2D[];
      });
      flat.forEach((f) => (f.k.dispose(), f.b.dispose()));
      return [result[0], biasOrNull(result[1])];
    },
    innerProducts(a, dHat, direction, step) {
      const ks: tf.Tensor[] = [];
      const bs: tf.Tensor[] = [];
      const [dirKernel, dirBias] = direction;
      chunks(a, dHat, chunkFloats, kernelShape, (ac, dc) => {
        const count = ac.shape[0];
        const [k, b] = perSample(ac, dc, step as Conv2DStep, kernelShape);
        const dot = (t: tf.Tensor, dir: tf.Tensor) =>
          tf.reshape(
            tf.matMul(
              tf.reshape(t, [count, -1]) as tf.Tensor2D,
              tf.reshape(dir, [-1, 1]) as tf.Tensor2D,
            ),
            [count],
          );
        ks.push(tf.keep(dot(k, dirKernel)));
        bs.push(tf.keep(dirBias ? dot(b!, dirBias) : tf.zeros([count])));
      });
      return [collect(ks) as tf.Tensor1D, biasOrNull(collect(bs) as tf.Tensor1D)];
    },
    individualGradients(a, dHat, step) {
      const [k, b] = perSample(a, dHat, step as Conv2DStep, kernelShape);
      return [k, biasOrNull(b!)];
    },
    vjpInput(step, mat, inputShape, kernel) {
      const s = step as Conv2DStep;
      return tf.conv2dTranspose(
        mat as tf.Tensor4D,
        kernel as tf.Tensor4D,
        [mat.shape[0], ...inputShape.slice(1)] as [number, number, number, number],
        s.strides,
        s.padding,
      );
    },
  };
}
export { kernelShapeOf };
