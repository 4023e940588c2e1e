/**
 * The extended backward pass: one forward with zero probes added to the outputs of the
 * parameterised steps (and of curved activations), one backward w.r.t. the probes. It yields,
 * for every step, its input and the unscaled per-sample signal d̂ = ∂ℓ_n/∂(step output) —
 * everything first-order statistics are contractions of.
 */
import * as tf from '@tensorflow/tfjs';
import { forward } from './forward.js';
import type { LossHead } from './losses.js';
import type { ModelView } from './model-view.js';

export interface Pass {
  /** Batch size. */
  n: number;
  /** Mean loss L (scalar). */
  loss: tf.Scalar;
  /** Per-sample losses ℓ_n `[N]`. */
  perSampleLoss: tf.Tensor1D;
  /** The loss head's input (logits if it absorbs the output activation). */
  headInput: tf.Tensor;
  /** Number of steps run before the head. */
  stepCount: number;
  /** Input of each step run (index 0 is the caller's x). */
  stepInputs: tf.Tensor[];
  /** ∂ℓ_n/∂(output of step i), unscaled (N × the mean-loss gradient), where a probe was placed. */
  outputSignals: (tf.Tensor | null)[];
  /** Dropout masks used (reuse them for curvature passes of the same step). */
  masks: (tf.Tensor | null)[];
  x: tf.Tensor;
  y: tf.Tensor;
  /** Frees every tensor of the pass (never the caller's x and y). */
  dispose(): void;
}

/** Steps whose output gets a probe: parameterised steps and activations with curvature. */
function needsProbe(view: ModelView, i: number): boolean {
  const s = view.steps[i];
  return (
    s.kind === 'dense' ||
    s.kind === 'conv2d' ||
    (s.kind === 'activation' && s.activation !== 'relu' && s.activation !== 'linear')
  );
}

/**
 * Runs the pass at the given parameter values (default: the variables' current values).
 * All returned tensors are owned by the Pass (call dispose()).
 */
export function runPass(
  view: ModelView,
  head: LossHead,
  x: tf.Tensor,
  y: tf.Tensor,
  params?: tf.Tensor[],
): Pass {
  const n = x.shape[0];
  const stepCount = head.absorbs ? view.steps.length - 1 : view.steps.length;
  const probes = view.steps.map((s, i) =>
    i < stepCount && needsProbe(view, i) ? tf.zeros([n, ...s.outputShape]) : null,
  );
  const stepInputs: tf.Tensor[] = [];
  const masks: (tf.Tensor | null)[] = [];
  let headInput: tf.Tensor | undefined;
  let perSampleLoss: tf.Tensor1D | undefined;
  const probeList = probes.filter((p): p is tf.Tensor => p !== null);
  const { value, grads } = tf.engine().gradients(
    () => {
      const out = forward(view, x, {
        params,
        probes,
        masks,
        stepCount,
        onStepInput: (i, input) => {
          stepInputs[i] = i === 0 ? input : tf.keep(input);
        },
      });
      headInput = tf.keep(out);
      perSampleLoss = tf.keep(head.perSample(y, out));
      return tf.mean(perSampleLoss) as tf.Scalar;
    },
    probeList,
    undefined,
    true,
  );
  probeList.forEach((p) => p.dispose());
  let g = 0;
  const outputSignals = probes.map((p) => {
    if (!p) return null;
    const grad = grads[g++];
    const scaled = tf.tidy(() => (grad ? tf.mul(grad, n) : tf.zeros(p.shape)));
    grad?.dispose();
    return scaled;
  });
  return {
    n,
    loss: value as tf.Scalar,
    perSampleLoss: perSampleLoss!,
    headInput: headInput!,
    stepCount,
    stepInputs,
    outputSignals,
    masks,
    x,
    y,
    dispose() {
      value.dispose();
      perSampleLoss!.dispose();
      headInput!.dispose();
      stepInputs.forEach((t, i) => i > 0 && t.dispose());
      outputSignals.forEach((t) => t?.dispose());
      masks.forEach((t) => t?.dispose());
    },
  };
}
