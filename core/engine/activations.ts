/**
 * Element-wise activations with the first and second derivatives the curvature pass needs.
 * Implemented with tfjs ops exactly as tfjs-layers applies them, so the forward pass matches
 * `model.predict`.
 */
import * as tf from '@tensorflow/tfjs';

export const SUPPORTED_ACTIVATIONS = [
  'linear',
  'relu',
  'tanh',
  'sigmoid',
  'softmax',
  'elu',
  'softplus',
] as const;
export type ActivationName = (typeof SUPPORTED_ACTIVATIONS)[number];

export function isSupportedActivation(name: string): name is ActivationName {
  return (SUPPORTED_ACTIVATIONS as readonly string[]).includes(name);
}

/** Applies the activation (softmax over the last axis). */
export function applyActivation(name: ActivationName, z: tf.Tensor): tf.Tensor {
  switch (name) {
    case 'linear':
      return z;
    case 'relu':
      return tf.relu(z);
    case 'tanh':
      return tf.tanh(z);
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'softmax':
      return tf.softmax(z);
    case 'elu':
      return tf.elu(z);
    case 'softplus':
      return tf.softplus(z);
  }
}

/** σ'(z) element-wise; not defined for softmax (not element-wise). */
export function activationDerivative(name: ActivationName, z: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    switch (name) {
      case 'linear':
        return tf.onesLike(z);
      case 'relu':
        return tf.cast(tf.greater(z, 0), 'float32');
      case 'tanh': {
        const t = tf.tanh(z);
        return tf.sub(1, tf.mul(t, t));
      }
      case 'sigmoid': {
        const s = tf.sigmoid(z);
        return tf.mul(s, tf.sub(1, s));
      }
      case 'elu':
        return tf.where(tf.greater(z, 0), tf.onesLike(z), tf.exp(z));
      case 'softplus':
        return tf.sigmoid(z);
      case 'softmax':
        throw new Error(
          'softmax is not element-wise: it is only supported as the output activation',
        );
    }
  });
}

/** σ''(z) element-wise, or null where it vanishes almost everywhere (piecewise-linear). */
export function activationSecondDerivative(name: ActivationName, z: tf.Tensor): tf.Tensor | null {
  switch (name) {
    case 'linear':
    case 'relu':
      return null;
    case 'softmax':
      throw new Error('softmax is not element-wise: it is only supported as the output activation');
    default:
      return tf.tidy(() => {
        switch (name) {
          case 'tanh': {
            const t = tf.tanh(z);
            return tf.mul(-2, tf.mul(t, tf.sub(1, tf.mul(t, t))));
          }
          case 'sigmoid': {
            const s = tf.sigmoid(z);
            return tf.mul(tf.mul(s, tf.sub(1, s)), tf.sub(1, tf.mul(2, s)));
          }
          case 'elu':
            return tf.where(tf.greater(z, 0), tf.zerosLike(z), tf.exp(z));
          case 'softplus': {
            const s = tf.sigmoid(z);
            return tf.mul(s, tf.sub(1, s));
          }
          default:
            throw new Error(`unreachable activation ${name}`);
        }
      });
  }
}
