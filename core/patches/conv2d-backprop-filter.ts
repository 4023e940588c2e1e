/**
 * Kernel patch: `Conv2DBackpropFilter` computed as one forward `Conv2D`.
 *
 * Why: wasm has no such kernel (conv nets cannot train there) and the cpu one is about 10x slower
 * than the rewrite (feasibility note §1: 6.2 s of a 7.7 s CNN step). The filter gradient is a
 * correlation of the (padded) input with dy; after moving the batch axis into the channel slot it
 * is exactly a dilated `valid` convolution:
 *   dW[kh,kw,ci,co] = Σ_{n,i,j} xpad[n, i·sh + kh, j·sw + kw, ci] · dy[n,i,j,co]
 *                   = Conv2D(x = xpadᵀ[ci,h,w,n], filter = dyᵀ[i,j,n,co], dilations = strides)[ci,kh,kw,co]
 */
import * as tf from '@tensorflow/tfjs';
import type { KernelFunc } from '@tensorflow/tfjs';
import { installKernel, pair, withScratch } from './registry.js';

export const CONV2D_BACKPROP_FILTER_PATCH = 'conv2d-backprop-filter-via-conv2d';

function makeKernel(backendName: string, original: KernelFunc | undefined): KernelFunc {
  const viaConv = withScratch(backendName, (s, { x, dy }, attrs) => {
    const [sh, sw] = pair(attrs.strides);
    const filterShape = attrs.filterShape as [number, number, number, number];
    const { padInfo } = tf.backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number],
      filterShape,
      [sh, sw],
      1,
      attrs.pad as 'same' | 'valid',
      attrs.dimRoundingMode as 'floor' | 'round' | 'ceil' | undefined,
      false,
      'channelsLast',
    );
    const { top, bottom, left, right } = padInfo;
    const xp =
      top || bottom || left || right
        ? s.temp(
            'PadV2',
            { x },
            {
              paddings: [
                [0, 0],
                [top, bottom],
                [left, right],
                [0, 0],
              ],
              constantValue: 0,
            },
          )
        : x;
    const xT = s.temp('Transpose', { x: xp }, { perm: [3, 1, 2, 0] });
    const dyT = s.temp('Transpose', { x: dy }, { perm: [1, 2, 0, 3] });
    const c = s.temp(
      'Conv2D',
      { x: xT, filter: dyT },
      { strides: [1, 1], pad: 'valid', dataFormat: 'NHWC', dilations: [sh, sw] },
    );
    const [kh, kw, ci, co] = filterShape;
    // Strides that do not divide the padded size leave extra rows/cols at the end: drop them.
    const cropped =
      c.shape[1] !== kh || c.shape[2] !== kw
        ? s.temp('Slice', { x: c }, { begin: [0, 0, 0, 0], size: [ci, kh, kw, co] })
        : c;
    return s.run('Transpose', { x: cropped }, { perm: [1, 2, 0, 3] });
  });
  return (args) => {
    const format = (args.attrs?.dataFormat as string | undefined) ?? 'NHWC';
    if (format !== 'NHWC' && original) return original(args);
    return viaConv(args);
  };
}

/** Installs the patch on `backendName` (idempotent). @returns true when the registry changed. */
export function installConv2DBackpropFilter(backendName: string): boolean {
  return installKernel('Conv2DBackpropFilter', backendName, CONV2D_BACKPROP_FILTER_PATCH, (orig) =>
    makeKernel(backendName, orig?.kernelFunc),
  );
}
