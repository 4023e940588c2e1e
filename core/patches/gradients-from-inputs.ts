/**
 * Gradient patches: Exp, Sigmoid, Tanh, Softmax, Elu and Pow recomputed from saved INPUTS.
 *
 * Why: the stock gradients use the saved OUTPUT. The engine saves outputs as clones whose
 * Identity tape node is pushed before the producing kernel's node, so a nested (second-order)
 * gradient sees the clone as unconnected and silently drops the curvature that flows through it
 * (feasibility note §2: relative HVP error sigmoid 1.7, tanh 1.0, softmax 0.27). Recomputing the
 * forward value from the input costs one extra elementwise op per backward and is exact.
 * (Max/Min also save their output, but only inside an equality mask whose derivative is zero,
 * so they are exact once Equal has a gradient; see zero-gradients.ts.)
 */
import * as tf from '@tensorflow/tfjs';
import type { GradConfig, Tensor } from '@tensorflow/tfjs';
import { installGradient } from './registry.js';

export const FROM_INPUTS_PATCH = 'gradient-from-saved-inputs';

/** Sums `res` down to `shape` (undoing broadcasting) and reshapes to it. */
function unbroadcast(res: Tensor, shape: number[], outShape: number[]): Tensor {
  const axes = tf.backend_util.getReductionAxes(shape, outShape);
  return tf.reshape(axes.length > 0 ? tf.sum(res, axes) : res, shape);
}

const configs: Record<string, Omit<GradConfig, 'kernelName'>> = {
  Exp: {
    inputsToSave: ['x'],
    gradFunc: (dy, [x]) => ({ x: () => tf.mul(dy as Tensor, tf.exp(x)) }),
  },
  Sigmoid: {
    inputsToSave: ['x'],
    gradFunc: (dy, [x]) => ({
      x: () => {
        const s = tf.sigmoid(x);
        return tf.mul(dy as Tensor, tf.mul(s, tf.sub(1, s)));
      },
    }),
  },
  Tanh: {
    inputsToSave: ['x'],
    gradFunc: (dy, [x]) => ({ x: () => tf.mul(dy as Tensor, tf.sub(1, tf.square(tf.tanh(x)))) }),
  },
  Softmax: {
    inputsToSave: ['logits'],
    gradFunc: (dy, [logits], attrs) => ({
      logits: () => {
        const dim = attrs.dim as number;
        const y = tf.softmax(logits, dim);
        const yDy = tf.mul(y, dy as Tensor);
        return tf.sub(yDy, tf.mul(y, tf.sum(yDy, dim, true)));
      },
    }),
  },
  Elu: {
    // d elu/dx = 1 for x > 0, exp(x) otherwise, i.e. exp(min(x, 0)).
    inputsToSave: ['x'],
    gradFunc: (dy, [x]) => ({ x: () => tf.mul(dy as Tensor, tf.exp(tf.minimum(x, 0))) }),
  },
  Pow: {
    inputsToSave: ['a', 'b'],
    gradFunc: (dy, [a, b]) => {
      const outShape = tf.backend_util.assertAndGetBroadcastShape(a.shape, b.shape);
      const bf = tf.cast(b, 'float32');
      return {
        a: () =>
          unbroadcast(
            tf.mul(dy as Tensor, tf.mul(bf, tf.pow(a, tf.sub(bf, 1)))),
            a.shape,
            outShape,
          ),
        b: () => {
          // log(a) only where a > 0 (as stock); log of a safe stand-in keeps 0·NaN out of the backward.
          const positive = tf.greater(a, 0);
          const logA = tf.where(
            positive,
            tf.log(tf.where(positive, a, tf.onesLike(a))),
            tf.zerosLike(a),
          );
          return unbroadcast(tf.mul(dy as Tensor, tf.mul(tf.pow(a, b), logA)), b.shape, outShape);
        },
      };
    },
  },
};

/** Kernel names whose gradient this module replaces. */
export const FROM_INPUTS_KERNELS = Object.keys(configs);

/** Installs all from-inputs gradients (idempotent). @returns kernel names changed. */
export function installGradientsFromInputs(): string[] {
  return FROM_INPUTS_KERNELS.filter((name) =>
    installGradient(name, FROM_INPUTS_PATCH, () => configs[name]),
  );
}
