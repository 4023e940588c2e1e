/**
 * What the engine needs from each parameterised layer type (BackPACK's "module derivatives"):
 * statistics of the individual gradients from the layer input `a` `[N, ...]` and the unscaled
 * per-sample output signal `dHat` `[N, ...]` (∂ℓ_n/∂z_n), and the transposed Jacobian product
 * w.r.t. the input that the curvature pass back-propagates. Every method returns
 * `[kernelResult, biasResult | null]` in the parameter order of the layer.
 */
import type * as tf from '@tensorflow/tfjs';
import type { AffineStep } from '../model-view.js';

export type PerParam<T extends tf.Tensor = tf.Tensor> = [T, T | null];

export interface AffineRule {
  /** Batch gradient of the mean loss. */
  gradient(a: tf.Tensor, dHat: tf.Tensor, step: AffineStep): PerParam;
  /** ‖g_n‖² per sample `[N]`. */
  sqNorms(a: tf.Tensor, dHat: tf.Tensor, step: AffineStep): PerParam<tf.Tensor1D>;
  /**
   * Σ_n w_n g_n² (w_n = 1 when `rowWeights` is omitted), shaped like the parameter. `dHat` may
   * have K·N rows for `a`'s N (K columns per sample, k-major): every column is paired with its
   * sample's input.
   */
  sumGradSquared(
    a: tf.Tensor,
    dHat: tf.Tensor,
    rowWeights: tf.Tensor1D | undefined,
    step: AffineStep,
  ): PerParam;
  /** Gram matrix ⟨g_n, g_m⟩ `[N, N]`. */
  gram(a: tf.Tensor, dHat: tf.Tensor, step: AffineStep): PerParam<tf.Tensor2D>;
  /** ⟨g_n, d⟩ per sample `[N]` for a direction given per parameter. */
  innerProducts(
    a: tf.Tensor,
    dHat: tf.Tensor,
    direction: [tf.Tensor, tf.Tensor | null],
    step: AffineStep,
  ): PerParam<tf.Tensor1D>;
  /** The individual gradients `[N, ...paramShape]` of the given (already chunked) samples. */
  individualGradients(a: tf.Tensor, dHat: tf.Tensor, step: AffineStep): PerParam;
  /** Jᵀ mat w.r.t. the layer input, for `mat` shaped like the layer output (any leading size). */
  vjpInput(step: AffineStep, mat: tf.Tensor, inputShape: number[], kernel: tf.Tensor): tf.Tensor;
}
