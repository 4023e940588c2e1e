/**
 * Gradient patch: AvgPool's gradient made consistent with its forward pass at padded borders.
 *
 * Why: the stock cpu and wasm AvgPool kernels average over the in-bounds pixels of a window
 * (divide by their count), but the AvgPoolGrad kernels divide by the full window size KH·KW, so
 * with 'same' (or explicit) padding the stock FIRST-order gradient is wrong at the borders
 * (relative error 0.4–0.5 on a 7x7 'same' input in our tests). Scaling dy by KH·KW / count
 * before AvgPoolGrad gives the exact adjoint. Unpadded pools are left to the stock gradient, and
 * so is the native 'tensorflow' backend, whose kernels divide by the in-bounds count both ways
 * (TensorFlow semantics; not testable here since tfjs-node is not installed).
 */
import * as tf from '@tensorflow/tfjs';
import type { GradConfig, Tensor, Tensor4D } from '@tensorflow/tfjs';
import { installGradient, pair } from './registry.js';

export const AVG_POOL_PATCH = 'avg-pool-gradient-border-count';

/** KH·KW / (number of in-bounds pixels) for every output position, shape [1, OH, OW, 1]. */
function borderScale(info: ReturnType<typeof tf.backend_util.computePool2DInfo>): Tensor4D {
  const {
    outHeight: oh,
    outWidth: ow,
    inHeight: h,
    inWidth: w,
    filterHeight: kh,
    filterWidth: kw,
  } = info;
  const { strideHeight: sh, strideWidth: sw, padInfo } = info;
  const counts = (out: number, stride: number, k: number, before: number, size: number) =>
    Array.from({ length: out }, (_, i) => {
      const start = i * stride - before;
      return Math.min(size, start + k) - Math.max(0, start);
    });
  const rows = counts(oh, sh, kh, padInfo.top, h);
  const cols = counts(ow, sw, kw, padInfo.left, w);
  const scale = new Float32Array(oh * ow);
  for (let i = 0; i < oh; i++)
    for (let j = 0; j < ow; j++) scale[i * ow + j] = (kh * kw) / (rows[i] * cols[j]);
  return tf.tensor4d(scale, [1, oh, ow, 1]);
}

function makeConfig(original: GradConfig | undefined): Omit<GradConfig, 'kernelName'> {
  if (!original) throw new Error('tfjs-cockpit: tfjs has no AvgPool gradient to wrap');
  return {
    inputsToSave: original.inputsToSave ?? ['x'],
    outputsToSave: original.outputsToSave,
    gradFunc: (dy, saved, attrs) => {
      const x = saved[0];
      const info = tf.backend_util.computePool2DInfo(
        x.shape as [number, number, number, number],
        pair(attrs.filterSize),
        pair(attrs.strides),
        1,
        attrs.pad as 'same' | 'valid' | number,
        attrs.dimRoundingMode as 'floor' | 'round' | 'ceil' | undefined,
      );
      const { top, bottom, left, right } = info.padInfo;
      if (!(top || bottom || left || right) || tf.getBackend() === 'tensorflow') {
        return original.gradFunc(dy, saved, attrs);
      }
      const scaled = tf.mul(dy as Tensor, borderScale(info));
      return original.gradFunc(scaled, saved, attrs);
    },
  };
}

/** Installs the AvgPool gradient (idempotent). @returns true when the registry changed. */
export function installAvgPoolGradient(): boolean {
  return installGradient('AvgPool', AVG_POOL_PATCH, makeConfig);
}
