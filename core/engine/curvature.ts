/**
 * Diagonal curvature of the mean loss per parameter (BackPACK's DiagGGNExact, DiagGGNMC and
 * DiagHessian), by back-propagating symmetric factors of the Hessian instead of the Hessian:
 *
 *   H_z(layer) = Σ_sets Σ_columns sign · s sᵀ,   diag(∂²ℓ/∂W²) = Σ sign · (a ⊗ s)²
 *
 * - the GGN set starts at the loss head with S_n (S_n S_nᵀ = ∇²ℓ_n), K columns per sample;
 * - for the exact Hessian, each activation σ with σ'' ≠ 0 adds the residual diag(σ''(z) ⊙ d̂)
 *   at its input, factored as one signed column per unit (in chunks, so memory stays bounded).
 * Columns are carried as a "virtual batch" of K·N rows (k-major), so the per-layer contraction
 * is the same Σ_n w_n g_n² rule the first-order statistics use.
 */
import * as tf from '@tensorflow/tfjs';
import { activationDerivative, activationSecondDerivative } from './activations.js';
import type { ModelView, PoolStep } from './model-view.js';
import type { LossHead } from './losses.js';
import type { Pass } from './pass.js';
import { paramValue } from './forward.js';
import { ruleFor } from './rules.js';
import { tidyOrNull } from './tidy.js';

export type CurvatureKind = 'diag_h' | 'diag_ggn_exact' | 'diag_ggn_mc';
export const CURVATURE_KINDS: readonly CurvatureKind[] = [
  'diag_h',
  'diag_ggn_exact',
  'diag_ggn_mc',
];

/** Floats of residual columns materialised at once. */
const RESIDUAL_CHUNK_FLOATS = 1 << 22;

/**
 * K copies of `t` stacked along the batch axis (k-major, like the curvature columns). A concat:
 * on wasm the Tile kernel is a scalar loop (~300 ms for the 7M floats of the benchmark CNN's
 * first ReLU with 10 columns) while concat is K block copies.
 */
const tileRows = (t: tf.Tensor, k: number) =>
  k === 1 ? t : tf.concat(new Array<tf.Tensor>(k).fill(t), 0);

/**
 * Computes the diagonal curvature for every trainable parameter (in parameter order).
 * `seed` makes the Monte-Carlo variant reproducible.
 */
export function diagCurvature(
  view: ModelView,
  head: LossHead,
  pass: Pass,
  kind: CurvatureKind,
  seed?: number,
): tf.Tensor[] {
  const acc: (tf.Tensor | null)[] = view.parameters.map(() => null);
  const add = (index: number, t: tf.Tensor | null) => {
    if (index < 0 || !t) {
      t?.dispose();
      return;
    }
    const prev = acc[index];
    if (!prev) {
      acc[index] = tf.keep(t);
      return;
    }
    acc[index] = tf.keep(tf.add(prev, t));
    prev.dispose();
    t.dispose();
  };
  const firstAffine = view.steps.findIndex((s) => s.kind === 'dense' || s.kind === 'conv2d');

  /** Back-propagates `mat` (gradient w.r.t. the output of step `from`) down to the first layer. */
  const propagate = (mat: tf.Tensor, k: number, weights: tf.Tensor1D | undefined, from: number) => {
    let current = mat;
    let skip = false;
    for (let i = from; i >= Math.max(firstAffine, 0); i--) {
      if (skip) {
        // This ReLU's derivative was applied with the max-pool mask that follows it.
        skip = false;
        continue;
      }
      const step = view.steps[i];
      const input = pass.stepInputs[i];
      const next = tidyOrNull((): tf.Tensor | null => {
        switch (step.kind) {
          case 'dense':
          case 'conv2d': {
            const kernel = paramValue(step.kernel, undefined);
            const rule = ruleFor(step);
            const [gk, gb] = rule.sumGradSquared(input, current, weights, step);
            add(step.kernel.index, tf.keep(gk));
            if (step.bias) add(step.bias.index, gb ? tf.keep(gb) : null);
            else gb?.dispose();
            return i > firstAffine ? rule.vjpInput(step, current, input.shape, kernel) : null;
          }
          case 'activation':
            return tf.mul(current, tileRows(activationDerivative(step.activation, input), k));
          case 'maxPool': {
            const mask = maxPoolMask(i, step, input);
            if (mask) {
              skip = fusesRelu(i);
              return maxPoolVjp(current, mask, step.poolSize, input.shape, k);
            }
            return tf.grad((t: tf.Tensor) =>
              tf.maxPool(t as tf.Tensor4D, step.poolSize, step.strides, step.padding),
            )(tileRows(input, k), current);
          }
          case 'avgPool': {
            const pool = (t: tf.Tensor) =>
              step.kind === 'maxPool'
                ? tf.maxPool(t as tf.Tensor4D, step.poolSize, step.strides, step.padding)
                : tf.avgPool(t as tf.Tensor4D, step.poolSize, step.strides, step.padding);
            return tf.grad(pool)(tileRows(input, k), current);
          }
          case 'reshape':
            return tf.reshape(current, [current.shape[0], ...input.shape.slice(1)]);
          case 'dropout': {
            const mask = pass.masks[i];
            return mask ? tf.mul(current, tileRows(mask, k)) : current.clone();
          }
        }
      });
      if (current !== mat) current.dispose();
      if (!next) return;
      current = next;
    }
    if (current !== mat) current.dispose();
  };

  // Max-pool routing masks, computed once per step on the N real samples and broadcast over
  // the K columns (instead of re-running the pool gradient on K tiled copies of the input).
  // A ReLU right before the pool is folded into its mask (relu'(z) at the routed positions),
  // which saves a multiply of K·N rows.
  const fusesRelu = (i: number) => {
    const prev = view.steps[i - 1];
    return i - 1 >= firstAffine && prev?.kind === 'activation' && prev.activation === 'relu';
  };
  const masks = new Map<number, tf.Tensor | null>();
  const maxPoolMask = (i: number, step: PoolStep, input: tf.Tensor): tf.Tensor | null => {
    if (!masks.has(i))
      masks.set(i, nonOverlappingMask(step, input, fusesRelu(i) ? pass.stepInputs[i - 1] : null));
    return masks.get(i) ?? null;
  };

  const n = pass.n;
  // GGN part: the loss Hessian's factor, back-propagated through the (linearised) network.
  const s =
    kind === 'diag_ggn_mc'
      ? head.sampledSqrtHessian(pass.y, pass.headInput, seed)
      : head.sqrtHessian(pass.y, pass.headInput);
  const columns = s.shape[2];
  const mat = tf.tidy(() =>
    tf.reshape(tf.transpose(s, [2, 0, 1]), [columns * n, ...pass.headInput.shape.slice(1)]),
  );
  s.dispose();
  propagate(mat, columns, undefined, pass.stepCount - 1);
  mat.dispose();

  if (kind === 'diag_h') {
    for (let j = 0; j < pass.stepCount; j++) {
      const step = view.steps[j];
      if (step.kind !== 'activation' || j <= firstAffine) continue;
      const z = pass.stepInputs[j];
      const second = activationSecondDerivative(step.activation, z);
      if (!second) continue;
      const signal = pass.outputSignals[j];
      if (!signal) throw new Error(`internal: no signal at activation step ${j}`);
      const r = tf.tidy(() => tf.reshape(tf.mul(second, signal), [n, -1]) as tf.Tensor2D);
      second.dispose();
      const units = r.shape[1];
      const chunk = Math.max(1, Math.floor(RESIDUAL_CHUNK_FLOATS / (n * units)));
      for (let start = 0; start < units; start += chunk) {
        const count = Math.min(chunk, units - start);
        const [cols, signs] = tf.tidy(() => {
          const part = tf.slice(r, [0, start], [n, count]); // [N, c]
          const eye = tf.slice(tf.eye(units), [start, 0], [count, units]); // [c, units]
          const root = tf.sqrt(tf.abs(part)).transpose().expandDims(2); // [c, N, 1]
          const m = tf.reshape(tf.mul(eye.expandDims(1), root), [count * n, ...z.shape.slice(1)]);
          const sign = tf.reshape(tf.sign(part).transpose(), [count * n]) as tf.Tensor1D;
          return [m, sign];
        });
        propagate(cols, count, signs, j - 1);
        cols.dispose();
        signs.dispose();
      }
      r.dispose();
    }
  }

  masks.forEach((m) => m?.dispose());
  return acc.map((t, i) => {
    const shape = view.parameters[i].shape;
    if (!t) return tf.zeros(shape);
    const scaled = tf.tidy(() => tf.reshape(tf.div(t, n), shape));
    t.dispose();
    return scaled;
  });
}

/**
 * One-hot routing mask of a max-pool with non-overlapping windows (stride = pool size, 'valid'),
 * first maximum on ties like the patched MaxPool gradient, laid out like the pool's (cropped)
 * input and viewed as `[1, N·OH, ph, OW, pw, C]`; times relu'(`reluInput`) when a ReLU precedes
 * the pool. Null for other pools (they fall back to the pool's own gradient).
 */
function nonOverlappingMask(
  step: PoolStep,
  input: tf.Tensor,
  reluInput: tf.Tensor | null,
): tf.Tensor | null {
  const [ph, pw] = step.poolSize;
  if (step.strides[0] !== ph || step.strides[1] !== pw || step.padding !== 'valid') return null;
  return tf.keep(
    tf.tidy(() => {
      const [n, h, w, c] = input.shape as [number, number, number, number];
      const oh = Math.floor(h / ph);
      const ow = Math.floor(w / pw);
      const crop = (t: tf.Tensor) =>
        oh * ph !== h || ow * pw !== w ? tf.slice(t, [0, 0, 0, 0], [n, oh * ph, ow * pw, c]) : t;
      const windows = tf.reshape(
        tf.transpose(tf.reshape(crop(input), [n, oh, ph, ow, pw, c]), [0, 1, 3, 5, 2, 4]),
        [n, oh, ow, c, ph * pw],
      );
      const oneHot = tf.reshape(tf.oneHot(tf.argMax(windows, -1), ph * pw), [n, oh, ow, c, ph, pw]);
      const mask = tf.reshape(tf.transpose(oneHot, [0, 1, 4, 2, 5, 3]), [1, n * oh, ph, ow, pw, c]);
      return reluInput
        ? tf.mul(mask, tf.reshape(activationDerivative('relu', crop(reluInput)), mask.shape))
        : mask;
    }),
  );
}

/**
 * Jᵀ of a non-overlapping max-pool for K columns per sample, from its routing mask: one
 * broadcast multiply [K, N·OH, 1, OW, 1, C] × [1, N·OH, ph, OW, pw, C] (on wasm 7 ms for the
 * benchmark CNN's first pool with 10 columns, vs 21 ms for a multiply in window layout followed
 * by a rank-6 transpose).
 */
function maxPoolVjp(
  mat: tf.Tensor,
  mask: tf.Tensor,
  [ph, pw]: [number, number],
  inputShape: number[],
  k: number,
): tf.Tensor {
  const [, rows, , ow, , c] = mask.shape;
  const [n, h, w] = inputShape;
  const oh = rows / n;
  const routed = tf.mul(tf.reshape(mat, [k, rows, 1, ow, 1, c]), mask);
  const spread = tf.reshape(routed, [k * n, oh * ph, ow * pw, c]);
  return oh * ph !== h || ow * pw !== w
    ? tf.pad(spread, [
        [0, 0],
        [0, h - oh * ph],
        [0, w - ow * pw],
        [0, 0],
      ])
    : spread;
}
