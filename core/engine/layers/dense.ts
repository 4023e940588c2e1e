/**
 * Dense: z = a W + b. With a_n the input and d̂_n = ∂ℓ_n/∂z_n (the unscaled per-sample signal),
 * the individual gradients are g_n(W) = a_n ⊗ d̂_n and g_n(b) = d̂_n, so every statistic is an
 * outer-product contraction — no [N, in, out] tensor is needed except for histograms.
 */
import * as tf from '@tensorflow/tfjs';
import type { AffineRule } from './rule.js';
import { tidyPair } from '../tidy.js';

export const denseRule: AffineRule = {
  gradient(a, dHat) {
    const n = a.shape[0];
    return tidyPair(() => [
      tf.div(tf.matMul(a as tf.Tensor2D, dHat as tf.Tensor2D, true, false), n),
      tf.div(tf.sum(dHat, 0), n),
    ]);
  },
  sqNorms(a, dHat) {
    return tidyPair(() => {
      const d2 = tf.sum(tf.square(dHat), 1);
      return [tf.mul(tf.sum(tf.square(a), 1), d2) as tf.Tensor1D, d2 as tf.Tensor1D];
    });
  },
  sumGradSquared(a, dHat, rowWeights) {
    // dHat may hold K columns per sample (k-major virtual batch, K·N rows) while a has N rows:
    // Σ_{k,n} w (a_n ⊗ d_kn)² = (a²)ᵀ Σ_k w d_kn², so the columns are summed before contracting.
    return tidyPair(() => {
      const n = a.shape[0];
      const k = dHat.shape[0] / n;
      let d2 = tf.square(dHat);
      if (rowWeights) d2 = tf.mul(d2, rowWeights.expandDims(1));
      const perSample = k === 1 ? d2 : tf.sum(tf.reshape(d2, [k, n, -1]), 0);
      return [
        tf.matMul(tf.square(a) as tf.Tensor2D, perSample as tf.Tensor2D, true, false),
        tf.sum(d2, 0),
      ];
    });
  },
  gram(a, dHat) {
    return tidyPair(() => {
      const dd = tf.matMul(dHat as tf.Tensor2D, dHat as tf.Tensor2D, false, true);
      return [
        tf.mul(tf.matMul(a as tf.Tensor2D, a as tf.Tensor2D, false, true), dd) as tf.Tensor2D,
        dd as tf.Tensor2D,
      ];
    });
  },
  innerProducts(a, dHat, direction) {
    return tidyPair(() => {
      const [dirKernel, dirBias] = direction;
      const kernel = tf.sum(
        tf.mul(tf.matMul(a as tf.Tensor2D, dirKernel as tf.Tensor2D), dHat),
        1,
      ) as tf.Tensor1D;
      const bias = dirBias ? (tf.sum(tf.mul(dHat, dirBias), 1) as tf.Tensor1D) : null;
      return [kernel, bias];
    });
  },
  individualGradients(a, dHat) {
    return tidyPair(() => [tf.mul(a.expandDims(2), dHat.expandDims(1)), tf.clone(dHat)]);
  },
  vjpInput(_step, mat, _inputShape, kernel) {
    return tf.matMul(mat as tf.Tensor2D, kernel as tf.Tensor2D, false, true);
  },
};
