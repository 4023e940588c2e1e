/**
 * Conv2D (NHWC, any kernel size, strides, valid/same padding). The individual kernel gradients
 * are formed without an unfold: a depthwise convolution that treats the batch as channels
 * (input [Cin, Hp, Wp, N], filter d̂ as [OH, OW, N, Cout], dilation = layer stride) yields
 * [Cin, KH, KW, N·Cout] in one kernel call. Statistics are contractions of those, computed in
 * sample chunks so memory stays bounded.
 */
import * as tf from '@tensorflow/tfjs';
import type { Conv2DStep } from '../model-view.js';
import type { AffineRule, PerParam } from './rule.js';

/** Upper bound on floats of individual gradients materialised at once. */
const CHUNK_FLOATS = 1 << 22;

function padInfo(step: Conv2DStep, inputShape: number[], kernelShape: number[]) {
  return tf.backend_util.computeConv2DInfo(
    inputShape as [number, number, number, number],
    kernelShape as [number, number, number, number],
    step.strides,
    1,
    step.padding,
  ).padInfo;
}

/** Individual kernel gradients [n, KH, KW, Cin, Cout] and bias gradients [n, Cout]. */
function perSample(a: tf.Tensor, dHat: tf.Tensor, step: Conv2DStep, kernelShape: number[]): PerParam {
  return tf.tidy(() => {
    const [KH, KW, Cin, Cout] = kernelShape;
    const n = a.shape[0];
    const { top, bottom, left, right } = padInfo(step, a.shape, kernelShape);
    const aPad = top || bottom || left || right ? tf.pad(a, [[0, 0], [top, bottom], [left, right], [0, 0]]) : a;
    const x = tf.transpose(aPad, [3, 1, 2, 0]) as tf.Tensor4D; // [Cin, Hp, Wp, N]
    const f = tf.transpose(dHat, [1, 2, 0, 3]) as tf.Tensor4D; // [OH, OW, N, Cout]
    let g = tf.depthwiseConv2d(x, f, 1, 'valid', 'NHWC', step.strides); // [Cin, KH', KW', N*Cout]
    if (g.shape[1] !== KH || g.shape[2] !== KW) g = tf.slice(g, [0, 0, 0, 0], [Cin, KH, KW, n * Cout]);
    const kernel = tf.transpose(tf.reshape(g, [Cin, KH, KW, n, Cout]), [3, 1, 2, 0, 4]);
    return [kernel, tf.sum(dHat, [1, 2])];
  }) as PerParam;
}

/** Runs `fn` over sample chunks small enough to materialise. */
function chunks(a: tf.Tensor, dHat: tf.Tensor, kernelShape: number[], fn: (a: tf.Tensor, d: tf.Tensor, start: number) => void) {
  const n = a.shape[0];
  const perSampleFloats = kernelShape.reduce((x, y) => x * y, 1);
  const size = Math.max(1, Math.min(n, Math.floor(CHUNK_FLOATS / perSampleFloats)));
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

const kernelShapeOf = (kernel: tf.Tensor | number[]) => (Array.isArray(kernel) ? kernel : kernel.shape);

export function conv2dRule(kernelShape: number[], hasBias: boolean): AffineRule {
  const biasOrNull = <T extends tf.Tensor>(t: T): T | null => {
    if (hasBias) return t;
    t.dispose();
    return null;
  };
  return {
    gradient(a, dHat, step) {
      // Batch gradient of the mean loss: the filter backprop of (a, d̂)/N — tfjs's own kernel.
      const s = step as Conv2DStep;
      const n = a.shape[0];
      const out = tf.tidy(() => {
        const zeros = tf.zeros(kernelShape);
        const gk = tf.grad((w: tf.Tensor) => tf.conv2d(a as tf.Tensor4D, w as tf.Tensor4D, s.strides, s.padding))(zeros, dHat);
        return [tf.div(gk, n), tf.div(tf.sum(dHat, [0, 1, 2]), n)];
      });
      return [out[0], biasOrNull(out[1])];
    },
    sqNorms(a, dHat, step) {
      const ks: tf.Tensor[] = [];
      const bs: tf.Tensor[] = [];
      chunks(a, dHat, kernelShape, (ac, dc) => {
        const [k, b] = perSample(ac, dc, step as Conv2DStep, kernelShape);
        ks.push(tf.keep(tf.sum(tf.square(k), [1, 2, 3, 4])));
        bs.push(tf.keep(tf.sum(tf.square(b!), 1)));
      });
      return [collect(ks) as tf.Tensor1D, biasOrNull(collect(bs) as tf.Tensor1D)];
    },
    sumGradSquared(aSamples, dHat, rowWeights, step) {
      const k = dHat.shape[0] / aSamples.shape[0];
      const a = k === 1 ? aSamples : tf.tile(aSamples, [k, 1, 1, 1]);
      let kernelSum: tf.Tensor | null = null;
      let biasSum: tf.Tensor | null = null;
      chunks(a, dHat, kernelShape, (ac, dc, start) => {
        const [k, b] = perSample(ac, dc, step as Conv2DStep, kernelShape);
        let k2 = tf.square(k);
        let b2 = tf.square(b!);
        if (rowWeights) {
          const w = tf.slice(rowWeights, start, ac.shape[0]);
          k2 = tf.mul(k2, w.reshape([-1, 1, 1, 1, 1]));
          b2 = tf.mul(b2, w.reshape([-1, 1]));
        }
        const nk = kernelSum ? tf.add(kernelSum, tf.sum(k2, 0)) : tf.sum(k2, 0);
        const nb = biasSum ? tf.add(biasSum, tf.sum(b2, 0)) : tf.sum(b2, 0);
        kernelSum?.dispose();
        biasSum?.dispose();
        kernelSum = tf.keep(nk);
        biasSum = tf.keep(nb);
      });
      if (a !== aSamples) a.dispose();
      return [kernelSum!, biasOrNull(biasSum!)];
    },
    gram(a, dHat, step) {
      // Blocks G_i G_jᵀ over sample chunks; one chunk in the common case.
      const n = a.shape[0];
      const flat: { k: tf.Tensor2D; b: tf.Tensor2D; start: number }[] = [];
      chunks(a, dHat, kernelShape, (ac, dc, start) => {
        const [k, b] = perSample(ac, dc, step as Conv2DStep, kernelShape);
        flat.push({ k: tf.keep(tf.reshape(k, [ac.shape[0], -1])) as tf.Tensor2D, b: tf.keep(b!) as tf.Tensor2D, start });
      });
      const result = tf.tidy(() => {
        const kAll = flat.length === 1 ? flat[0].k : tf.concat(flat.map((f) => f.k), 0);
        const bAll = flat.length === 1 ? flat[0].b : tf.concat(flat.map((f) => f.b), 0);
        return [tf.matMul(kAll, kAll, false, true), tf.matMul(bAll, bAll, false, true)] as tf.Tensor2D[];
      });
      flat.forEach((f) => (f.k.dispose(), f.b.dispose()));
      void n;
      return [result[0], biasOrNull(result[1])];
    },
    innerProducts(a, dHat, direction, step) {
      const ks: tf.Tensor[] = [];
      const bs: tf.Tensor[] = [];
      const [dirKernel, dirBias] = direction;
      chunks(a, dHat, kernelShape, (ac, dc) => {
        const [k, b] = perSample(ac, dc, step as Conv2DStep, kernelShape);
        ks.push(tf.keep(tf.sum(tf.mul(k, dirKernel.expandDims(0)), [1, 2, 3, 4])));
        bs.push(tf.keep(dirBias ? tf.sum(tf.mul(b!, dirBias.expandDims(0)), 1) : tf.zeros([ac.shape[0]])));
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
