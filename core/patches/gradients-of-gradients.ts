/**
 * Gradient patches: gradients OF gradient kernels, so that nested (second-order) gradients of
 * conv nets work. Stock tfjs registers none for these and throws `gradient function not found`.
 *
 * Every kernel here is linear in its upstream-gradient input, so its gradient is the adjoint
 * linear map (another forward/backward kernel). Inputs that only pick positions or masks
 * (pooling inputs, EluGrad's y where it selects) get the exact piecewise derivative.
 */
import * as tf from '@tensorflow/tfjs';
import type { GradConfig, NamedAttrMap, Tensor, Tensor4D } from '@tensorflow/tfjs';
import { installGradient, pair } from './registry.js';
import { gatherAtWindowMax } from './max-pool.js';

export const GRAD_OF_GRAD_PATCH = 'gradient-of-gradient-kernel';

const run = (name: string, inputs: Record<string, Tensor>, attrs: NamedAttrMap): Tensor =>
  tf.engine().runKernel(name, inputs, attrs) as Tensor;

type PoolPad = 'same' | 'valid' | number;
type Rounding = 'floor' | 'round' | 'ceil' | undefined;

const configs: Record<string, Omit<GradConfig, 'kernelName'>> = {
  // dW = Σ x ⊗ dy is bilinear: ∂/∂dy is conv2d(x, ·) and ∂/∂x is conv2dTranspose(dy, ·).
  Conv2DBackpropFilter: {
    inputsToSave: ['x', 'dy'],
    gradFunc: (ddw, [x, dy], attrs) => {
      const { strides, pad, dataFormat, dimRoundingMode } = attrs;
      return {
        x: () =>
          run(
            'Conv2DBackpropInput',
            { dy, filter: ddw as Tensor },
            { strides, pad, dataFormat, dimRoundingMode, inputShape: x.shape },
          ),
        dy: () =>
          run(
            'Conv2D',
            { x, filter: ddw as Tensor },
            { strides, pad, dataFormat, dilations: [1, 1], dimRoundingMode },
          ),
      };
    },
  },
  // Same idea for depthwise convolutions (dilations are carried along as the forward kernel has them).
  DepthwiseConv2dNativeBackpropFilter: {
    inputsToSave: ['x', 'dy'],
    gradFunc: (ddw, [x, dy], attrs) => {
      const { strides, pad, dilations, dimRoundingMode } = attrs;
      return {
        x: () =>
          run(
            'DepthwiseConv2dNativeBackpropInput',
            { dy, filter: ddw as Tensor },
            { strides, pad, dilations, dimRoundingMode, inputShape: x.shape },
          ),
        dy: () =>
          run(
            'DepthwiseConv2dNative',
            { x, filter: ddw as Tensor },
            { strides, pad, dilations, dimRoundingMode },
          ),
      };
    },
  },
  DepthwiseConv2dNativeBackpropInput: {
    inputsToSave: ['dy', 'filter'],
    gradFunc: (ddx, [dy, filter], attrs) => {
      const { strides, pad, dilations, dimRoundingMode } = attrs;
      return {
        dy: () =>
          run(
            'DepthwiseConv2dNative',
            { x: ddx as Tensor, filter },
            { strides, pad, dilations, dimRoundingMode },
          ),
        filter: () =>
          run(
            'DepthwiseConv2dNativeBackpropFilter',
            { x: ddx as Tensor, dy },
            { strides, pad, dilations, dimRoundingMode, filterShape: filter.shape },
          ),
      };
    },
  },
  // The JS backends' (cpu, wasm, webgl) AvgPoolGrad spreads dy[o]/(KH·KW) over window o, even at
  // padded borders, so its adjoint is a zero-padded window SUM / (KH·KW): pad explicitly and use
  // a 'valid' avgPool, which then always divides by KH·KW. Native TensorFlow divides by the
  // in-bounds count instead, whose adjoint is the plain avgPool (unverified here: no tfjs-node).
  AvgPoolGrad: {
    inputsToSave: ['input'],
    gradFunc: (g, [input], attrs) => {
      const filterSize = pair(attrs.filterSize);
      const strides = pair(attrs.strides);
      const pad = attrs.pad as PoolPad;
      const rounding = attrs.dimRoundingMode as Rounding;
      const info = tf.backend_util.computePool2DInfo(
        input.shape as [number, number, number, number],
        filterSize,
        strides,
        1,
        pad,
        rounding,
      );
      return {
        dy: () => {
          if (tf.getBackend() === 'tensorflow')
            return tf.avgPool(g as Tensor4D, filterSize, strides, pad, rounding);
          const { top, bottom, left, right } = info.padInfo;
          const paddings: [number, number][] = [
            [0, 0],
            [top, bottom],
            [left, right],
            [0, 0],
          ];
          const gp = top || bottom || left || right ? tf.pad(g as Tensor4D, paddings) : g;
          return tf.avgPool(gp as Tensor4D, filterSize, strides, 'valid');
        },
        input: () => tf.zeros(input.shape),
      };
    },
  },
  // MaxPoolGrad routes dy[o] to the first maximum of window o: its adjoint reads g at that
  // position. Positions are piecewise constant in `input`, so input/output get zero gradients.
  MaxPoolGrad: {
    inputsToSave: ['input', 'output'],
    gradFunc: (g, [input, output], attrs) => ({
      dy: () =>
        gatherAtWindowMax(
          g as Tensor4D,
          input as Tensor4D,
          pair(attrs.filterSize),
          pair(attrs.strides),
          attrs.pad as PoolPad,
          attrs.dimRoundingMode as Rounding,
        ),
      input: () => tf.zeros(input.shape),
      output: () => tf.zeros(output.shape),
    }),
  },
  // EluGrad: dx = dy · (y >= 0 ? 1 : y + 1).
  EluGrad: {
    inputsToSave: ['dy', 'y'],
    gradFunc: (g, [dy, y]) => {
      const negative = tf.less(y, 0);
      return {
        dy: () => tf.mul(g as Tensor, tf.where(negative, tf.add(y, 1), tf.onesLike(y))),
        y: () => tf.mul(tf.mul(g as Tensor, dy), tf.cast(negative, 'float32')),
      };
    },
  },
};

/** Kernel names whose (missing) gradient this module provides. */
export const GRAD_OF_GRAD_KERNELS = Object.keys(configs);

/** Installs all gradient-of-gradient registrations (idempotent). @returns kernel names changed. */
export function installGradientsOfGradients(): string[] {
  return GRAD_OF_GRAD_KERNELS.filter((name) =>
    installGradient(name, GRAD_OF_GRAD_PATCH, () => configs[name]),
  );
}
