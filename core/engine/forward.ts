/**
 * The explicit-parameter forward pass over a ModelView: the same math as `model.apply`, but with
 * parameter values passed in, optional zero "probe" tensors added to each step's output (their
 * gradients are the back-propagated signals δ), and the input of every step captured.
 */
import * as tf from '@tensorflow/tfjs';
import { applyActivation } from './activations.js';
import type { ModelView, ParamRef, Step } from './model-view.js';

export interface ForwardOptions {
  /** Values of the trainable parameters (by index); defaults to the current variables. */
  params?: tf.Tensor[];
  /** Tensors added to each step's output (same shape); null entries are skipped. */
  probes?: (tf.Tensor | null)[];
  /** Dropout masks to reuse (one per step, null for non-dropout steps); created when missing. */
  masks?: (tf.Tensor | null)[];
  /** Number of steps to run (default all); used to stop before an activation the loss absorbs. */
  stepCount?: number;
  /** Called with the input of each step (for capture with tf.keep). */
  onStepInput?: (index: number, input: tf.Tensor) => void;
}

export function paramValue(ref: ParamRef, params?: tf.Tensor[]): tf.Tensor {
  return ref.index >= 0 && params ? params[ref.index] : ref.variable.read();
}

/** Runs one step on its input. */
export function applyStep(
  step: Step,
  input: tf.Tensor,
  params: tf.Tensor[] | undefined,
  mask: tf.Tensor | null,
): tf.Tensor {
  switch (step.kind) {
    case 'dense': {
      const z = tf.matMul(input as tf.Tensor2D, paramValue(step.kernel, params) as tf.Tensor2D);
      return step.bias ? tf.add(z, paramValue(step.bias, params)) : z;
    }
    case 'conv2d': {
      const z = tf.conv2d(
        input as tf.Tensor4D,
        paramValue(step.kernel, params) as tf.Tensor4D,
        step.strides,
        step.padding,
      );
      return step.bias ? tf.add(z, paramValue(step.bias, params)) : z;
    }
    case 'activation':
      return applyActivation(step.activation, input);
    case 'maxPool':
      return tf.maxPool(input as tf.Tensor4D, step.poolSize, step.strides, step.padding);
    case 'avgPool':
      return tf.avgPool(input as tf.Tensor4D, step.poolSize, step.strides, step.padding);
    case 'reshape':
      return tf.reshape(input, [input.shape[0], ...step.shape]);
    case 'dropout':
      return mask ? tf.mul(input, mask) : input;
  }
}

/** Inverted-dropout mask (keep with probability 1 − rate, scaled by 1/(1 − rate)), like tf.dropout. */
export function dropoutMask(shape: number[], rate: number): tf.Tensor {
  return tf.tidy(() =>
    tf.div(tf.cast(tf.greaterEqual(tf.randomUniform(shape), rate), 'float32'), 1 - rate),
  );
}

/**
 * Runs the steps and returns the output of the last one run. Masks created for dropout steps are
 * written into `options.masks` (kept) so a later pass can reuse them.
 */
export function forward(view: ModelView, x: tf.Tensor, options: ForwardOptions = {}): tf.Tensor {
  const count = options.stepCount ?? view.steps.length;
  let h = x;
  for (let i = 0; i < count; i++) {
    const step = view.steps[i];
    options.onStepInput?.(i, h);
    let mask: tf.Tensor | null = null;
    if (step.kind === 'dropout') {
      options.masks ??= [];
      mask = options.masks[i] ?? null;
      if (!mask) {
        mask = tf.keep(dropoutMask(h.shape, step.rate));
        options.masks[i] = mask;
      }
    }
    h = applyStep(step, h, options.params, mask);
    const probe = options.probes?.[i];
    if (probe) h = tf.add(h, probe);
  }
  return h;
}
