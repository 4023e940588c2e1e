/**
 * Gradient patch: MaxPool's gradient, plus the window-max helpers it and MaxPoolGrad's gradient use.
 *
 * On wasm every MaxPool gradient is built from differentiable ops, never from the wasm
 * MaxPoolGrad kernel: that kernel (and wasm MaxPoolWithArgmax) return wrong results whenever a
 * window holds only negative values (measured: Σdx = 1 instead of 54 for 54 all-negative
 * windows), and the ops are also faster for non-overlapping windows (feasibility note §1:
 * 29 → 13 ms). Non-overlapping windows use reshape → argMax → oneHot → mul; overlapping ones
 * place each window position's share with zero-insertion and pad. Both are twice differentiable.
 * Everywhere else (cpu, where the ops path is about 2x SLOWER, and native backends) the stock
 * gradient runs; it calls the MaxPoolGrad kernel, which gradients-of-gradients.ts makes twice
 * differentiable, so second order works on every backend without paying the ops cost on cpu.
 * Ties go to the first maximum in row-major window order, as in the stock kernels.
 */
import * as tf from '@tensorflow/tfjs';
import type { GradConfig, Tensor, Tensor4D } from '@tensorflow/tfjs';
import { installGradient, pair } from './registry.js';

export const MAX_POOL_PATCH = 'max-pool-gradient-via-ops';

type Pad = 'same' | 'valid' | number;
type Rounding = 'floor' | 'round' | 'ceil' | undefined;

function poolInfo(
  shape: number[],
  filterSize: [number, number],
  strides: [number, number],
  pad: Pad,
  rounding: Rounding,
) {
  return tf.backend_util.computePool2DInfo(
    shape as [number, number, number, number],
    filterSize,
    strides,
    1,
    pad,
    rounding,
  );
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
    const { top, bottom, left, right } = poolInfo(
      x.shape,
      [ph, pw],
      [ph, pw],
      pad,
      rounding,
    ).padInfo;
    const padded = top || bottom || left || right;
    const xp = padded
      ? tf.pad(
          x,
          [
            [0, 0],
            [top, bottom],
            [left, right],
            [0, 0],
          ],
          -Infinity,
        )
      : x;
    const [hp, wp] = [h + top + bottom, w + left + right];
    const cropped = oh * ph !== hp || ow * pw !== wp;
    const xc = cropped ? tf.slice(xp, [0, 0, 0, 0], [n, oh * ph, ow * pw, c]) : xp;
    const win = tf.reshape(
      tf.transpose(tf.reshape(xc, [n, oh, ph, ow, pw, c]), [0, 1, 3, 5, 2, 4]),
      [n, oh, ow, c, ph * pw],
    );
    const routed = tf.mul(tf.oneHot(tf.argMax(win, -1), ph * pw), tf.expandDims(dy, -1));
    let dx = tf.reshape(
      tf.transpose(tf.reshape(routed, [n, oh, ow, c, ph, pw]), [0, 1, 4, 2, 5, 3]),
      [n, oh * ph, ow * pw, c],
    );
    if (cropped)
      dx = tf.pad(dx, [
        [0, 0],
        [0, hp - oh * ph],
        [0, wp - ow * pw],
        [0, 0],
      ]);
    if (padded) dx = tf.slice(dx, [0, top, left, 0], [n, h, w, c]);
    return dx as Tensor4D;
  });
}

/** Inserts s-1 zeros between rows (axis 1) or columns (axis 2) of a 4-D tensor. */
function zeroInsert(t: Tensor, axis: 1 | 2, s: number): Tensor {
  if (s === 1) return t;
  const zeros = tf.zerosLike(t);
  const spread = tf.stack([t, ...Array<Tensor>(s - 1).fill(zeros)], axis + 1);
  const shape: number[] = [...t.shape];
  shape[axis] = t.shape[axis]! * s;
  const long = tf.reshape(spread, shape);
  const size = [...t.shape];
  size[axis] = (t.shape[axis]! - 1) * s + 1;
  return tf.slice(long, [0, 0, 0, 0], size);
}

type PoolInfo = ReturnType<typeof poolInfo>;

/**
 * All pooling windows of `t` stacked on a new last axis, [N, OH, OW, C, KH·KW] in row-major
 * window order, padded with `padValue`. Only Pad, Slice, Reshape and Pack: all differentiable,
 * so nested gradients can pass through (StridedSlice has no gradient in tfjs).
 */
function windowStack(
  t: Tensor4D,
  [fh, fw]: [number, number],
  info: PoolInfo,
  padValue: number,
): Tensor {
  const { top, bottom, left, right } = info.padInfo;
  const { outHeight: oh, outWidth: ow, strideHeight: sh, strideWidth: sw } = info;
  const [n, h, w, c] = t.shape;
  const padTo = (extraH: number, extraW: number) => {
    const paddings: [number, number][] = [
      [0, 0],
      [top, bottom + extraH],
      [left, right + extraW],
      [0, 0],
    ];
    return paddings.flat().some((p) => p !== 0) ? tf.pad(t, paddings, padValue) : t;
  };
  if (fh === sh && fw === sw) {
    // Non-overlapping windows tile the input: one reshape/transpose and at most one crop.
    // (Non-contiguous slices are slow on cpu: ~200-500 ms each for a 64x26x26x16 input.)
    const tp = padTo(0, 0);
    const [hp, wp] = [tp.shape[1], tp.shape[2]];
    const tc = hp !== oh * sh || wp !== ow * sw ? tf.slice(tp, 0, [n, oh * sh, ow * sw, c]) : tp;
    return tf.reshape(tf.transpose(tf.reshape(tc, [n, oh, sh, ow, sw, c]), [0, 1, 3, 5, 2, 4]), [
      n,
      oh,
      ow,
      c,
      fh * fw,
    ]);
  }
  // Room for oh·sh rows from the last window start, so every window is a plain slice + subsample.
  const tp = padTo(
    Math.max(0, fh - 1 + oh * sh - (h + top + bottom)),
    Math.max(0, fw - 1 + ow * sw - (w + left + right)),
  );
  const parts: Tensor[] = [];
  for (let kh = 0; kh < fh; kh++) {
    for (let kw = 0; kw < fw; kw++) {
      const region = tf.slice(tp, [0, kh, kw, 0], [n, oh * sh, ow * sw, c]);
      parts.push(
        sh === 1 && sw === 1
          ? region
          : tf.reshape(
              tf.slice(tf.reshape(region, [n, oh, sh, ow, sw, c]), 0, [n, oh, 1, ow, 1, c]),
              [n, oh, ow, c],
            ),
      );
    }
  }
  return tf.stack(parts, -1);
}

/** One-hot of each window's first maximum, [N, OH, OW, C, KH·KW]. */
function firstMaxMask(x: Tensor4D, filterSize: [number, number], info: PoolInfo): Tensor {
  return tf.oneHot(
    tf.argMax(windowStack(x, filterSize, info, -Infinity), -1),
    filterSize[0] * filterSize[1],
  );
}

/**
 * MaxPool's input gradient for any windows (overlapping too), built from differentiable ops:
 * dx = Σ over window positions k of dy·[k is the window's first max], each placed back at its
 * input position by zero-insertion (stride) and padding (offset).
 */
export function maxPoolGradOverlapping(
  dy: Tensor4D,
  x: Tensor4D,
  filterSize: [number, number],
  strides: [number, number],
  pad: Pad,
  rounding: Rounding,
): Tensor4D {
  return tf.tidy(() => {
    const info = poolInfo(x.shape, filterSize, strides, pad, rounding);
    const { top, bottom, left, right } = info.padInfo;
    const [n, h, w, c] = x.shape;
    const [hp, wp] = [h + top + bottom, w + left + right];
    const { outHeight: oh, outWidth: ow, strideHeight: sh, strideWidth: sw } = info;
    const [spanH, spanW] = [(oh - 1) * sh + 1, (ow - 1) * sw + 1];
    const masks = tf.unstack(firstMaxMask(x, filterSize, info), -1);
    const placed = masks.map((mask, i) => {
      const [kh, kw] = [Math.floor(i / filterSize[1]), i % filterSize[1]];
      const share = zeroInsert(zeroInsert(tf.mul(mask, dy), 1, sh), 2, sw);
      return tf.pad(share, [
        [0, 0],
        [kh, hp - kh - spanH],
        [kw, wp - kw - spanW],
        [0, 0],
      ]);
    });
    return tf.slice(tf.addN(placed), [0, top, left, 0], [n, h, w, c]) as Tensor4D;
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
    return tf.sum(
      tf.mul(firstMaxMask(x, filterSize, info), windowStack(g, filterSize, info, 0)),
      -1,
    ) as Tensor4D;
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
      if (tf.getBackend() !== 'wasm') return original.gradFunc(dy, saved, attrs);
      const x = saved[0] as Tensor4D;
      const pad = attrs.pad as Pad;
      const rounding = attrs.dimRoundingMode as Rounding;
      const nonOverlapping = filterSize[0] === strides[0] && filterSize[1] === strides[1];
      return {
        x: () =>
          nonOverlapping
            ? maxPoolGradNonOverlapping(dy as Tensor4D, x, filterSize, pad, rounding)
            : maxPoolGradOverlapping(dy as Tensor4D, x, filterSize, strides, pad, rounding),
      };
    },
  };
}

/** Installs the MaxPool gradient (idempotent). @returns true when the registry changed. */
export function installMaxPoolGradient(): boolean {
  return installGradient('MaxPool', MAX_POOL_PATCH, makeConfig);
}
