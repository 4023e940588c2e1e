/**
 * Gradient patch: MaxPool's gradient, plus the window-max helpers it and MaxPoolGrad's gradient use.
 *
 * On wasm, non-overlapping windows (strides = filter size) take an ops path
 * (reshape → argMax → oneHot mask → mul), which is about 2x faster than the wasm MaxPoolGrad
 * kernel (feasibility note §1: 29 → 13 ms) and twice differentiable. Everywhere else (cpu, where
 * the ops path is about 2x SLOWER, native backends, overlapping windows) the stock gradient runs;
 * it calls the MaxPoolGrad kernel, which gradients-of-gradients.ts makes twice differentiable,
 * so second order works on every backend without paying the ops-path cost on cpu.
 * Ties go to the first maximum in row-major window order, as in the stock kernels.
 */
import * as tf from '@tensorflow/tfjs';
import type { GradConfig, Tensor, Tensor4D } from '@tensorflow/tfjs';
import { installGradient, pair } from './registry.js';

export const MAX_POOL_PATCH = 'max-pool-gradient-via-ops';

type Pad = 'same' | 'valid' | number;
type Rounding = 'floor' | 'round' | 'ceil' | undefined;

function poolInfo(shape: number[], filterSize: [number, number], strides: [number, number], pad: Pad, rounding: Rounding) {
  return tf.backend_util.computePool2DInfo(shape as [number, number, number, number], filterSize, strides, 1, pad, rounding);
}

/**
 * MaxPool's input gradient for non-overlapping windows (strides = filter size), built from
 * differentiable ops. Padded borders are padded with -Infinity so they never win.
 */
export function maxPoolGradNonOverlapping(
  dy: Tensor4D,
  x: Tensor4D,
  [ph, pw]: [number, number],
  pad: Pad,
  rounding: Rounding,
): Tensor4D {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    const [, oh, ow] = dy.shape;
    const { top, bottom, left, right } = poolInfo(x.shape, [ph, pw], [ph, pw], pad, rounding).padInfo;
    const padded = top || bottom || left || right;
    const xp = padded ? tf.pad(x, [[0, 0], [top, bottom], [left, right], [0, 0]], -Infinity) : x;
    const [hp, wp] = [h + top + bottom, w + left + right];
    const cropped = oh * ph !== hp || ow * pw !== wp;
    const xc = cropped ? tf.slice(xp, [0, 0, 0, 0], [n, oh * ph, ow * pw, c]) : xp;
    const win = tf.reshape(tf.transpose(tf.reshape(xc, [n, oh, ph, ow, pw, c]), [0, 1, 3, 5, 2, 4]), [n, oh, ow, c, ph * pw]);
    const routed = tf.mul(tf.oneHot(tf.argMax(win, -1), ph * pw), tf.expandDims(dy, -1));
    let dx = tf.reshape(tf.transpose(tf.reshape(routed, [n, oh, ow, c, ph, pw]), [0, 1, 4, 2, 5, 3]), [n, oh * ph, ow * pw, c]);
    if (cropped) dx = tf.pad(dx, [[0, 0], [0, hp - oh * ph], [0, wp - ow * pw], [0, 0]]);
    if (padded) dx = tf.slice(dx, [0, top, left, 0], [n, h, w, c]);
    return dx as Tensor4D;
  });
}

/**
 * For each pooling window of `x`, the value of `g` (same shape as x) at the window's first
 * maximum: the adjoint of the MaxPoolGrad kernel in its dy argument. Works for any strides.
 */
export function gatherAtWindowMax(
  g: Tensor4D,
  x: Tensor4D,
  filterSize: [number, number],
  strides: [number, number],
  pad: Pad,
  rounding: Rounding,
): Tensor4D {
  return tf.tidy(() => {
    const info = poolInfo(x.shape, filterSize, strides, pad, rounding);
    const { top, bottom, left, right } = info.padInfo;
    const paddings: [number, number][] = [[0, 0], [top, bottom], [left, right], [0, 0]];
    const padded = top || bottom || left || right;
    const xp = padded ? tf.pad(x, paddings, -Infinity) : x;
    const gp = padded ? tf.pad(g, paddings) : g;
    const [n, , , c] = x.shape;
    const { outHeight: oh, outWidth: ow, strideHeight: sh, strideWidth: sw } = info;
    const xs: Tensor[] = [];
    const gs: Tensor[] = [];
    for (let kh = 0; kh < filterSize[0]; kh++) {
      for (let kw = 0; kw < filterSize[1]; kw++) {
        const begin = [0, kh, kw, 0];
        const end = [n, kh + (oh - 1) * sh + 1, kw + (ow - 1) * sw + 1, c];
        xs.push(tf.stridedSlice(xp, begin, end, [1, sh, sw, 1]));
        gs.push(tf.stridedSlice(gp, begin, end, [1, sh, sw, 1]));
      }
    }
    const k = xs.length;
    const mask = tf.oneHot(tf.argMax(tf.stack(xs, -1), -1), k);
    return tf.sum(tf.mul(mask, tf.stack(gs, -1)), -1) as Tensor4D;
  });
}

function makeConfig(original: GradConfig | undefined): Omit<GradConfig, 'kernelName'> {
  if (!original) throw new Error('tfjs-cockpit: tfjs has no MaxPool gradient to wrap');
  return {
    inputsToSave: original.inputsToSave ?? ['x'],
    outputsToSave: original.outputsToSave ?? [true],
    gradFunc: (dy, saved, attrs) => {
      const filterSize = pair(attrs.filterSize);
      const strides = pair(attrs.strides);
      const nonOverlapping = filterSize[0] === strides[0] && filterSize[1] === strides[1];
      if (tf.getBackend() !== 'wasm' || !nonOverlapping) return original.gradFunc(dy, saved, attrs);
      const x = saved[0] as Tensor4D;
      return {
        x: () => maxPoolGradNonOverlapping(dy as Tensor4D, x, filterSize, attrs.pad as Pad, attrs.dimRoundingMode as Rounding),
      };
    },
  };
}

/** Installs the MaxPool gradient (idempotent). @returns true when the registry changed. */
export function installMaxPoolGradient(): boolean {
  return installGradient('MaxPool', MAX_POOL_PATCH, makeConfig);
}
