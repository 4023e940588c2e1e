/**
 * Independent reference computations for the engine tests: per-sample gradients from N separate
 * single-sample backward passes through tfjs-layers' own `model.apply` and tfjs's own losses, and
 * dense curvature from finite differences / per-sample Jacobians. Deliberately slow and simple.
 */
import * as tf from '@tensorflow/tfjs';

export type NaiveLoss = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;

/** tfjs's own per-sample loss for a compiled model's loss name (not our implementation). */
export function tfjsLoss(name: string): NaiveLoss {
  switch (name) {
    case 'categoricalCrossentropy':
      return (y, p) => tf.metrics.categoricalCrossentropy(y, p);
    case 'sparseCategoricalCrossentropy':
      return (y, p) =>
        tf.metrics.categoricalCrossentropy(
          tf.oneHot(tf.cast(tf.reshape(y, [-1]), 'int32'), p.shape[1]!),
          p,
        );
    case 'meanSquaredError':
      return (y, p) => tf.metrics.meanSquaredError(y, p);
    case 'binaryCrossentropy':
      return (y, p) => tf.metrics.binaryCrossentropy(y, p);
    case 'softmaxCrossEntropy':
      return (y, p) => tf.losses.softmaxCrossEntropy(y, p, undefined, undefined, tf.Reduction.NONE);
    default:
      throw new Error(name);
  }
}

/** Flat float64 copy of a tensor. */
export const flat = (t: tf.Tensor): number[] => Array.from(t.dataSync());

/** Per-sample gradients g_n (unscaled), each a list of flat per-parameter arrays. */
export function naivePerSampleGradients(
  model: tf.LayersModel,
  x: tf.Tensor,
  y: tf.Tensor,
  loss: NaiveLoss,
): number[][][] {
  const n = x.shape[0];
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const out: number[][][] = [];
  for (let i = 0; i < n; i++) {
    const grads = tf.tidy(() => {
      const xi = tf.slice(x, i, 1);
      const yi = tf.slice(y, i, 1);
      const { grads } = tf.variableGrads(
        () => tf.mean(loss(yi, model.apply(xi, { training: false }) as tf.Tensor)) as tf.Scalar,
        vars,
      );
      return vars.map((v) => grads[v.name]);
    });
    out.push(grads.map(flat));
    tf.dispose(grads);
  }
  return out;
}

/** Gradient of the mean loss at the variables' current values (flat, concatenated). */
export function naiveGradient(
  model: tf.LayersModel,
  x: tf.Tensor,
  y: tf.Tensor,
  loss: NaiveLoss,
): number[] {
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const grads = tf.tidy(() => {
    const { grads } = tf.variableGrads(
      () => tf.mean(loss(y, model.apply(x, { training: false }) as tf.Tensor)) as tf.Scalar,
      vars,
    );
    return vars.map((v) => grads[v.name]);
  });
  const res = grads.flatMap(flat);
  tf.dispose(grads);
  return res;
}

/** Runs `fn` with all parameters (concatenated flat) shifted by `delta`, restoring them afterwards. */
export function withShift<T>(model: tf.LayersModel, delta: number[], fn: () => T): T {
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const saved = vars.map((v) => v.clone());
  let offset = 0;
  vars.forEach((v) => {
    const size = v.size;
    const d = delta.slice(offset, offset + size);
    offset += size;
    if (d.some((x) => x !== 0)) tf.tidy(() => v.assign(tf.add(v, tf.tensor(d, v.shape))));
  });
  try {
    return fn();
  } finally {
    vars.forEach((v, i) => v.assign(saved[i]));
    tf.dispose(saved);
  }
}

/** Dense Hessian of the mean loss by central differences of the gradient (symmetrised). */
export function finiteDifferenceHessian(
  model: tf.LayersModel,
  x: tf.Tensor,
  y: tf.Tensor,
  loss: NaiveLoss,
  eps: number,
): number[][] {
  const d = model.trainableWeights.reduce(
    (s, w) => s + w.shape.reduce((a, b) => a * (b ?? 1), 1),
    0,
  );
  const h: number[][] = [];
  for (let j = 0; j < d; j++) {
    const e = new Array(d).fill(0);
    e[j] = eps;
    const plus = withShift(model, e, () => naiveGradient(model, x, y, loss));
    e[j] = -eps;
    const minus = withShift(model, e, () => naiveGradient(model, x, y, loss));
    h.push(plus.map((p, i) => (p - minus[i]) / (2 * eps)));
  }
  return h.map((row, i) => row.map((v, j) => (v + h[j][i]) / 2));
}

/** Largest-magnitude relative deviation, |a − b| / (atol + max|b|). */
export function maxRelError(a: ArrayLike<number>, b: ArrayLike<number>, atol = 0): number {
  let scale = atol;
  for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]));
  let err = 0;
  for (let i = 0; i < b.length; i++) err = Math.max(err, Math.abs(a[i] - b[i]));
  return scale === 0 ? err : err / scale;
}
