/**
 * Kernel patch (wasm): `BatchMatMul` / `_FusedMatMul` with `transposeA`/`transposeB` run an
 * explicit `Transpose` kernel first, then the stock kernel with the flags off.
 *
 * Why: the wasm kernel with transpose flags is about 10x slower than transposing first
 * (feasibility note §1: 26 ms vs 2.5 ms for 784x128ᵀ·128x256), and every matMul backward pass
 * uses the flags.
 */
import type { KernelConfig, KernelFunc, TensorInfo } from '@tensorflow/tfjs';
import { installKernel, withScratch, type KernelScratch } from './registry.js';

export const MATMUL_TRANSPOSE_PATCH = 'matmul-explicit-transpose';

/** Swaps the last two axes of `t` into a new intermediate. */
function swapLastTwo(s: KernelScratch, t: TensorInfo): TensorInfo {
  const r = t.shape.length;
  const perm = [...Array(r).keys()];
  [perm[r - 2], perm[r - 1]] = [perm[r - 1], perm[r - 2]];
  return s.temp('Transpose', { x: t }, { perm });
}

function makeKernel(backendName: string, original: KernelConfig): KernelFunc {
  const explicit = withScratch(backendName, (s, inputs, attrs) => {
    const a = attrs.transposeA ? swapLastTwo(s, inputs.a) : inputs.a;
    const b = attrs.transposeB ? swapLastTwo(s, inputs.b) : inputs.b;
    const out = original.kernelFunc({
      inputs: { ...inputs, a, b },
      backend: s.backend,
      attrs: { ...attrs, transposeA: false, transposeB: false },
    });
    return out as TensorInfo;
  });
  return (args) =>
    args.attrs?.transposeA || args.attrs?.transposeB ? explicit(args) : original.kernelFunc(args);
}

/** Installs the patch for both kernels on `backendName` (idempotent). @returns kernels changed. */
export function installMatMulTranspose(backendName: string): string[] {
  const changed: string[] = [];
  for (const name of ['BatchMatMul', '_FusedMatMul']) {
    const done = installKernel(name, backendName, MATMUL_TRANSPOSE_PATCH, (orig) => {
      if (!orig)
        throw new Error(`tfjs-cockpit: backend '${backendName}' has no ${name} kernel to patch`);
      return makeKernel(backendName, orig);
    });
    if (done) changed.push(name);
  }
  return changed;
}
