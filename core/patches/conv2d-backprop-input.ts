/**
 * Kernel patch (wasm): `Conv2DBackpropInput` for stride 1 as a forward `Conv2D` of the padded dy
 * with the spatially flipped, channel-swapped filter:
 *   dx[n,i,j,ci] = Σ dy[n, i+top-kh, j+left-kw, co] · W[kh,kw,ci,co]
 *                = Conv2D(pad(dy, KH-1-top, KH-1-bottom, KW-1-left, KW-1-right), flip(W)ᵀ, 'valid')
 *
 * Why: the stock wasm kernel is a scalar loop, 32 ms vs 6 ms through XNNPACK's conv (feasibility
 * note §1). On cpu the rewrite is slower (104 → 190 ms), so it is installed on wasm only. Other
 * strides, NCHW and paddings wider than the kernel fall through to the stock kernel.
 */
import * as tf from '@tensorflow/tfjs';
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import { installKernel, pair, withScratch } from './registry.js';

export const CONV2D_BACKPROP_INPUT_PATCH = 'conv2d-backprop-input-stride1-via-conv2d';

function makeKernel(backendName: string, original: KernelConfig): KernelFunc {
  const viaConv = withScratch(backendName, (s, { dy, filter }, attrs) => {
    const [kh, kw] = filter.shape;
    const info = tf.backend_util.computeConv2DInfo(
      attrs.inputShape as [number, number, number, number],
      filter.shape as [number, number, number, number],
      1,
      1,
      attrs.pad as 'same' | 'valid',
      attrs.dimRoundingMode as 'floor' | 'round' | 'ceil' | undefined,
      false,
      'channelsLast',
    );
    const { top, bottom, left, right } = info.padInfo;
    const paddings = [
      [0, 0],
      [kh - 1 - top, kh - 1 - bottom],
      [kw - 1 - left, kw - 1 - right],
      [0, 0],
    ];
    const dyp = paddings.flat().some((p) => p !== 0)
      ? s.temp('PadV2', { x: dy }, { paddings, constantValue: 0 })
      : dy;
    const flipped = s.temp('Reverse', { x: filter }, { dims: [0, 1] });
    const swapped = s.temp('Transpose', { x: flipped }, { perm: [0, 1, 3, 2] });
    return s.run(
      'Conv2D',
      { x: dyp, filter: swapped },
      { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: [1, 1] },
    );
  });
  return (args) => {
    const attrs = args.attrs ?? {};
    const [sh, sw] = pair(attrs.strides);
    const format = (attrs.dataFormat as string | undefined) ?? 'NHWC';
    if (sh !== 1 || sw !== 1 || format !== 'NHWC') return original.kernelFunc(args);
    const filterShape = (args.inputs.filter as TensorInfo).shape as [
      number,
      number,
      number,
      number,
    ];
    const { padInfo } = tf.backend_util.computeConv2DInfo(
      attrs.inputShape as [number, number, number, number],
      filterShape,
      1,
      1,
      attrs.pad as 'same' | 'valid',
      attrs.dimRoundingMode as 'floor' | 'round' | 'ceil' | undefined,
    );
    // Explicit paddings wider than the kernel would need negative padding of dy: not handled here.
    const fits =
      padInfo.top <= filterShape[0] - 1 &&
      padInfo.bottom <= filterShape[0] - 1 &&
      padInfo.left <= filterShape[1] - 1 &&
      padInfo.right <= filterShape[1] - 1;
    return fits ? viaConv(args) : original.kernelFunc(args);
  };
}

/** Installs the patch on `backendName` (idempotent). @returns true when the registry changed. */
export function installConv2DBackpropInput(backendName: string): boolean {
  return installKernel('Conv2DBackpropInput', backendName, CONV2D_BACKPROP_INPUT_PATCH, (orig) => {
    if (!orig)
      throw new Error(`tfjs-cockpit: backend '${backendName}' has no Conv2DBackpropInput kernel`);
    return makeKernel(backendName, orig);
  });
}
