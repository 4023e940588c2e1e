/**
 * Per-sample losses that reproduce the model's compiled loss exactly (their batch mean is
 * `logs.loss`), written with ops whose second derivatives are exact under our patches, plus
 * the symmetric factorisations of the loss Hessian the curvature pass back-propagates.
 *
 * A "head" may absorb the output activation (softmax for cross-entropy, sigmoid for binary
 * cross-entropy): it then receives the logits, and its Hessian is taken w.r.t. the logits —
 * as BackPACK does for CrossEntropyLoss / BCEWithLogits.
 */
import * as tf from '@tensorflow/tfjs';
import { UnsupportedLossError } from '../errors.js';
import { stopGradient } from '../autodiff.js';
import type { ActivationName } from './activations.js';

export interface LossHead {
  /** Readable name, e.g. `categoricalCrossentropy (softmax output)`. */
  name: string;
  /** The output activation this head applies itself (the engine then stops before it). */
  absorbs: 'softmax' | 'sigmoid' | null;
  /** Per-sample losses `[N]` from the head input `[N, C]` (logits when `absorbs` is set). */
  perSample(yTrue: tf.Tensor, headInput: tf.Tensor): tf.Tensor1D;
  /** `S` of shape `[N, C, K]` with `S_n S_nᵀ = ∇²ℓ_n` w.r.t. the head input (K ≤ C columns). */
  sqrtHessian(yTrue: tf.Tensor, headInput: tf.Tensor): tf.Tensor3D;
  /** One Monte-Carlo column `[N, C, 1]` with `E[s sᵀ] = ∇²ℓ_n` (labels sampled from the model). */
  sampledSqrtHessian(yTrue: tf.Tensor, headInput: tf.Tensor, seed?: number): tf.Tensor3D;
}

const eps = (): number => tf.backend().epsilon();

/**
 * A C × (C−1) factor of the softmax-CE Hessian diag(p) − p pᵀ (times Σy): with q = √p (a unit
 * vector), the Hessian is diag(q)(I − q qᵀ)diag(q); the columns 2…C of the Householder
 * reflection I − 2vvᵀ/vᵀv, v = q + e₁ (which maps e₁ to −q), are an orthonormal basis of q⊥, so
 * S = diag(q)·those columns satisfies S Sᵀ = Hessian. One column fewer than diag(√p) − p√pᵀ
 * (the Hessian has rank C−1), i.e. 10 % less curvature work for 10 classes. v·v ≥ 2: stable.
 */
function softmaxCESqrt(yTrue: tf.Tensor, logits: tf.Tensor): tf.Tensor3D {
  return tf.tidy(() => {
    const q = tf.sqrt(tf.softmax(logits));
    const [n, c] = q.shape as [number, number];
    if (c === 1) return tf.zeros([n, 1, 1]) as tf.Tensor3D;
    const e1 = tf.oneHot(tf.zeros([n], 'int32'), c);
    const v = tf.add(q, e1);
    const vv = tf.sum(tf.square(v), -1).reshape([n, 1, 1]);
    const reflection = tf.sub(
      tf.eye(c).expandDims(0),
      tf.div(tf.mul(2, tf.mul(v.expandDims(2), v.expandDims(1))), vv),
    );
    const basis = tf.slice(reflection, [0, 0, 1], [n, c, c - 1]);
    const weight = tf.sqrt(tf.sum(tf.cast(yTrue, 'float32'), -1)).reshape([n, 1, 1]);
    return tf.mul(tf.mul(q.expandDims(2), basis), weight) as tf.Tensor3D;
  });
}

/** One sampled column `p − onehot(ŷ)`, ŷ ~ Categorical(p), times √Σy. */
function softmaxCESampled(yTrue: tf.Tensor, logits: tf.Tensor, seed?: number): tf.Tensor3D {
  return tf.tidy(() => {
    const p = tf.softmax(logits);
    const [n, c] = p.shape as [number, number];
    const draws = tf.multinomial(tf.log(tf.maximum(p, 1e-30)) as tf.Tensor2D, 1, seed).reshape([n]);
    const col = tf.sub(p, tf.oneHot(draws, c));
    const weight = tf.sqrt(tf.sum(tf.cast(yTrue, 'float32'), -1)).reshape([n, 1]);
    return tf.mul(col, weight).expandDims(2) as tf.Tensor3D;
  });
}

/** Cross-entropy on a softmax output, as tfjs-layers' categoricalCrossentropy computes it. */
function softmaxOutputCE(sparse: boolean): LossHead {
  const target = (yTrue: tf.Tensor, c: number) =>
    sparse
      ? tf.oneHot(tf.cast(tf.floor(tf.reshape(yTrue, [-1])), 'int32'), c)
      : tf.cast(yTrue, 'float32');
  return {
    name: `${sparse ? 'sparseCategoricalCrossentropy' : 'categoricalCrossentropy'} (softmax output)`,
    absorbs: 'softmax',
    perSample: (yTrue, logits) =>
      tf.tidy(() => {
        let out = tf.softmax(logits);
        // sparse CE clips before normalising; categorical CE normalises, then clips (tfjs-layers order).
        if (sparse) out = tf.clipByValue(out, eps(), 1 - eps());
        out = tf.div(out, tf.sum(out, -1, true));
        out = tf.clipByValue(out, eps(), 1 - eps());
        const y = target(yTrue, out.shape[1]!);
        return tf.neg(tf.sum(tf.mul(y, tf.log(out)), -1)) as tf.Tensor1D;
      }),
    sqrtHessian: (yTrue, logits) =>
      tf.tidy(() => softmaxCESqrt(target(yTrue, logits.shape[1]!), logits)),
    sampledSqrtHessian: (yTrue, logits, seed) =>
      tf.tidy(() => softmaxCESampled(target(yTrue, logits.shape[1]!), logits, seed)),
  };
}

/** Cross-entropy from logits (tf.losses.softmaxCrossEntropy): log-sum-exp with a stopped max. */
const logitsCE: LossHead = {
  name: 'softmaxCrossEntropy (from logits)',
  absorbs: null,
  perSample: (yTrue, logits) =>
    tf.tidy(() => {
      const shifted = tf.sub(logits, stopGradient(tf.max(logits, -1, true)));
      const logZ = tf.log(tf.sum(tf.exp(shifted), -1, true));
      return tf.neg(
        tf.sum(tf.mul(tf.cast(yTrue, 'float32'), tf.sub(shifted, logZ)), -1),
      ) as tf.Tensor1D;
    }),
  sqrtHessian: softmaxCESqrt,
  sampledSqrtHessian: softmaxCESampled,
};

/** Mean squared error over the outputs of each sample. */
const mse: LossHead = {
  name: 'meanSquaredError',
  absorbs: null,
  perSample: (yTrue, yPred) =>
    tf.tidy(() => tf.mean(tf.square(tf.sub(yPred, yTrue)), -1) as tf.Tensor1D),
  sqrtHessian: (_yTrue, yPred) =>
    tf.tidy(() => {
      const [n, c] = yPred.shape as [number, number];
      return tf
        .mul(tf.eye(c), Math.sqrt(2 / c))
        .expandDims(0)
        .tile([n, 1, 1]) as tf.Tensor3D;
    }),
  sampledSqrtHessian: (_yTrue, yPred, seed) =>
    tf.tidy(() => {
      const [n, c] = yPred.shape as [number, number];
      return tf.mul(
        tf.randomNormal([n, c, 1], 0, 1, 'float32', seed),
        Math.sqrt(2 / c),
      ) as tf.Tensor3D;
    }),
};

/** Binary cross-entropy on a sigmoid output, as tfjs-layers computes it (clip, logit, stable form). */
const sigmoidOutputBCE: LossHead = {
  name: 'binaryCrossentropy (sigmoid output)',
  absorbs: 'sigmoid',
  perSample: (yTrue, logits) =>
    tf.tidy(() => {
      let y = tf.clipByValue(tf.sigmoid(logits), eps(), 1 - eps());
      y = tf.log(tf.div(y, tf.sub(1, y)));
      const relu = tf.relu(y);
      const negAbs = tf.neg(tf.abs(y));
      const perOutput = tf.add(
        tf.sub(relu, tf.mul(y, tf.cast(yTrue, 'float32'))),
        tf.log1p(tf.exp(negAbs)),
      );
      return tf.mean(perOutput, -1) as tf.Tensor1D;
    }),
  sqrtHessian: (_yTrue, logits) =>
    tf.tidy(() => {
      const p = tf.sigmoid(logits);
      const c = logits.shape[1]!;
      const scale = tf.sqrt(tf.div(tf.mul(p, tf.sub(1, p)), c)); // [N,C]
      return tf.mul(tf.eye(c).expandDims(0), scale.expandDims(1)) as tf.Tensor3D;
    }),
  sampledSqrtHessian: (_yTrue, logits, seed) =>
    tf.tidy(() => {
      const p = tf.sigmoid(logits);
      const c = logits.shape[1]!;
      const draws = tf.cast(
        tf.less(tf.randomUniform(p.shape, 0, 1, 'float32', seed), p),
        'float32',
      );
      return tf.div(tf.sub(p, draws), Math.sqrt(c)).expandDims(2) as tf.Tensor3D;
    }),
};

const MSE_NAMES = new Set(['meanSquaredError', 'mse', 'MSE', 'mean_squared_error']);

/**
 * Chooses the per-sample loss for a compiled model from its loss (string or function) and its
 * output activation. Throws UnsupportedLossError with what to change otherwise.
 */
export function lossHeadFor(loss: unknown, outputActivation: ActivationName): LossHead {
  const fail = (what: string) =>
    new UnsupportedLossError(
      `${what}. Supported: 'categoricalCrossentropy' or 'sparseCategoricalCrossentropy' with a softmax output, ` +
        `tf.losses.softmaxCrossEntropy with a linear output (logits), 'meanSquaredError', ` +
        `'binaryCrossentropy' with a sigmoid output`,
    );
  if (loss === undefined || loss === null)
    throw fail('the model has no compiled loss (call model.compile first)');
  if (Array.isArray(loss)) {
    if (loss.length !== 1)
      throw fail(`the model has ${loss.length} losses (only single-output models are supported)`);
    return lossHeadFor(loss[0], outputActivation);
  }
  if (typeof loss === 'object') {
    const values = Object.values(loss as object);
    if (values.length !== 1) throw fail('the model has several named losses');
    return lossHeadFor(values[0], outputActivation);
  }
  if (typeof loss === 'function') {
    if (loss === tf.losses.softmaxCrossEntropy) {
      if (outputActivation !== 'linear')
        throw fail(
          `tf.losses.softmaxCrossEntropy expects logits, but the output activation is "${outputActivation}"`,
        );
      return logitsCE;
    }
    if (loss === tf.losses.meanSquaredError) return mse;
    throw fail(
      `the loss function "${(loss as { name?: string }).name || 'anonymous'}" is not known`,
    );
  }
  if (typeof loss !== 'string') throw fail(`loss ${String(loss)} is not known`);
  if (MSE_NAMES.has(loss)) return mse;
  if (loss === 'categoricalCrossentropy' || loss === 'sparseCategoricalCrossentropy') {
    if (outputActivation !== 'softmax') {
      throw fail(
        `'${loss}' treats the output as probabilities, but the output activation is "${outputActivation}" ` +
          `(use activation 'softmax' on the last layer, or tf.losses.softmaxCrossEntropy for logits)`,
      );
    }
    return softmaxOutputCE(loss === 'sparseCategoricalCrossentropy');
  }
  if (loss === 'binaryCrossentropy') {
    if (outputActivation !== 'sigmoid') {
      throw fail(
        `'binaryCrossentropy' needs a sigmoid output, but the output activation is "${outputActivation}"`,
      );
    }
    return sigmoidOutputBCE;
  }
  throw fail(`loss '${loss}' is not supported`);
}
