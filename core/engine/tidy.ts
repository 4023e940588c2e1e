/** tf.tidy variants for results tf.tidy's types do not admit (nullable and pair results). */
import * as tf from '@tensorflow/tfjs';

/** tf.tidy for a function that may return null. */
export function tidyOrNull<T extends tf.Tensor>(fn: () => T | null): T | null {
  const out = tf.tidy(() => {
    const r = fn();
    return r ? [r] : [];
  }) as T[];
  return out[0] ?? null;
}

/** tf.tidy for a `[kernel, bias | null]` result. */
export function tidyPair<T extends tf.Tensor>(fn: () => [T, T | null]): [T, T | null] {
  const out = tf.tidy(() => {
    const [a, b] = fn();
    return b ? [a, b] : [a];
  }) as T[];
  return [out[0], out[1] ?? null];
}
