/**
 * Autodiff helpers the engine needs and tfjs lacks: stop-gradient, gradients that tolerate
 * disconnected inputs, and Hessian-vector products by nested reverse mode.
 *
 * Exactness of second order depends on {@link installTfjsPatches} (gradient fixes). Even with the
 * patches, ops built with `tf.customGrad` DROP curvature: their forward intermediates are made
 * below the tape and never recorded. That includes `tf.losses.softmaxCrossEntropy` and
 * `tf.logSoftmax` (feasibility note §2, relative HVP error ≈ 0.7). Build HVP losses from plain ops
 * instead, e.g. logits − stopGradient(max) → logSumExp.
 */
import * as tf from '@tensorflow/tfjs';
import type { Scalar, Tensor } from '@tensorflow/tfjs';

const stopGradientOp = tf.customGrad((...args: unknown[]) => {
  const x = args[0] as Tensor;
  return { value: tf.clone(x), gradFunc: (dy: Tensor) => tf.zerosLike(dy) };
});

/**
 * Identity in the forward pass, zero gradient in the backward pass (tfjs has no
 * `tf.stopGradient`). Safe under nested gradients: its gradient is a constant zero.
 */
export function stopGradient<T extends Tensor>(x: T): T {
  return stopGradientOp(x) as T;
}

/**
 * `f()` and its gradients with respect to `xs`. Unlike `tf.grads`, an `x` with no path to the
 * output gets a zero gradient instead of an error. Returned tensors belong to the caller.
 */
export function valueAndGradientsAllowNone(
  f: () => Scalar,
  xs: Tensor[],
): { value: Scalar; grads: Tensor[] } {
  return tf.tidy(() => {
    const { value, grads } = tf.engine().gradients(f, xs, undefined, true);
    return { value, grads: grads.map((g, i) => g ?? tf.zerosLike(xs[i])) };
  });
}

/**
 * Gradients of `f()` with respect to `xs`; disconnected `xs` get zeros (see
 * {@link valueAndGradientsAllowNone}). Works nested, which is how {@link hvp} is built.
 */
export function gradientsAllowNone(f: () => Scalar, xs: Tensor[]): Tensor[] {
  return tf.tidy(() => {
    const { value, grads } = tf.engine().gradients(f, xs, undefined, true);
    value.dispose();
    return grads.map((g, i) => g ?? tf.zerosLike(xs[i]));
  });
}

/**
 * Hessian-vector product H·v of scalar `f` at `params`, by differentiating ⟨∇f, v⟩ once more.
 * `vectors[i]` has the shape of `params[i]`; the result has one tensor per param. Costs about
 * 2.5–3 gradients. Exact only for ops whose second order is exact (see module note).
 */
export function hvp(f: () => Scalar, params: Tensor[], vectors: Tensor[]): Tensor[] {
  if (params.length !== vectors.length)
    throw new Error(`hvp: ${params.length} params but ${vectors.length} vectors`);
  return gradientsAllowNone(
    () =>
      tf.addN(gradientsAllowNone(f, params).map((g, i) => tf.sum(tf.mul(g, vectors[i])))) as Scalar,
    params,
  );
}
