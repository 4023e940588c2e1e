/**
 * tfjs patches for tfjs-cockpit: faster / missing kernels and exact second-order gradients.
 *
 * These are GLOBAL changes to the tfjs kernel and gradient registries: they affect every model
 * in the process, not only the one Cockpit watches. The core applies them by default; opt out
 * with `installTfjsPatches({ kernels: false, gradients: false })` (or either half), or undo them
 * with {@link uninstallTfjsPatches}. Results stay numerically equivalent to stock tfjs for first
 * order (verified against the stock kernels); second order becomes exact where stock is wrong.
 */
import * as tf from '@tensorflow/tfjs';
import { installConv2DBackpropFilter } from './conv2d-backprop-filter.js';
import { installConv2DBackpropInput } from './conv2d-backprop-input.js';
import { installMatMulTranspose } from './matmul-transpose.js';
import { installMaxPoolGradient } from './max-pool.js';
import { installAvgPoolGradient } from './avg-pool.js';
import { FROM_INPUTS_KERNELS, installGradientsFromInputs } from './gradients-from-inputs.js';
import { GRAD_OF_GRAD_KERNELS, installGradientsOfGradients } from './gradients-of-gradients.js';
import { ZERO_GRADIENT_KERNELS, installZeroGradients } from './zero-gradients.js';
import { gradientPatchId, kernelPatchId, restoreGradient, restoreKernel } from './registry.js';

export { stopGradient, gradientsAllowNone, valueAndGradientsAllowNone, hvp } from '../autodiff.js';

/** What {@link installTfjsPatches} should touch. Both default to true. */
export interface PatchOptions {
  /** Kernel overrides for the active backend (cpu, wasm; none for native backends). */
  kernels?: boolean;
  /** Gradient registrations for exact nested gradients (global, backend independent). */
  gradients?: boolean;
}

/** What is patched right now. */
export interface PatchStatus {
  /** The active backend when asked. */
  backend: string;
  /** Patched kernel names per backend, e.g. `{ wasm: ['BatchMatMul', ...] }`. */
  kernels: Record<string, string[]>;
  /** Kernel names whose gradient is ours. */
  gradients: string[];
}

/** Kernels each backend gets; native backends ('tensorflow') get none: their kernels are fine. */
const KERNEL_PATCHES: Record<string, string[]> = {
  cpu: ['Conv2DBackpropFilter'],
  wasm: ['Conv2DBackpropFilter', 'BatchMatMul', '_FusedMatMul', 'Conv2DBackpropInput'],
};

const GRADIENT_PATCHES = [
  'MaxPool',
  'AvgPool',
  ...FROM_INPUTS_KERNELS,
  ...GRAD_OF_GRAD_KERNELS,
  ...ZERO_GRADIENT_KERNELS,
];

function installKernelsFor(backendName: string): void {
  if (backendName === 'cpu') installConv2DBackpropFilter('cpu');
  if (backendName === 'wasm') {
    installConv2DBackpropFilter('wasm');
    installMatMulTranspose('wasm');
    installConv2DBackpropInput('wasm');
  }
}

/**
 * Installs the patches. Call it after `tf.setBackend` (kernel patches go to the ACTIVE backend);
 * call it again after switching backends to patch the new one. Idempotent: repeated calls change
 * nothing and never stack wrappers.
 *
 * Kernel patches (cpu, wasm): Conv2DBackpropFilter as a Conv2D (missing on wasm, ~10x faster on
 * cpu); on wasm also BatchMatMul/_FusedMatMul transposes made explicit and stride-1
 * Conv2DBackpropInput as a Conv2D. Gradient patches: Exp, Sigmoid, Tanh, Softmax, Elu, Pow from
 * saved inputs; gradients of Conv2DBackpropFilter, Depthwise backprops, MaxPoolGrad, AvgPoolGrad,
 * EluGrad; float32 zero gradients for comparison/logical kernels; MaxPool gradient via ops on wasm;
 * AvgPool gradient corrected at padded borders (stock divides by the full window there).
 *
 * @returns the patch status after installing.
 */
export function installTfjsPatches(options: PatchOptions = {}): PatchStatus {
  const { kernels = true, gradients = true } = options;
  if (kernels) installKernelsFor(tf.getBackend());
  if (gradients) {
    installMaxPoolGradient();
    installAvgPoolGradient();
    installGradientsFromInputs();
    installGradientsOfGradients();
    installZeroGradients();
  }
  return patchStatus();
}

/** Restores every stock kernel and gradient we replaced, on all backends. */
export function uninstallTfjsPatches(): void {
  for (const [backendName, names] of Object.entries(KERNEL_PATCHES)) {
    for (const name of names) restoreKernel(name, backendName);
  }
  for (const name of GRADIENT_PATCHES) restoreGradient(name);
}

/** Which kernels (per backend) and gradients are currently patched. */
export function patchStatus(): PatchStatus {
  const kernels: Record<string, string[]> = {};
  for (const [backendName, names] of Object.entries(KERNEL_PATCHES)) {
    const patched = names.filter((name) => kernelPatchId(name, backendName) !== undefined);
    if (patched.length > 0) kernels[backendName] = patched;
  }
  return {
    backend: tf.getBackend(),
    kernels,
    gradients: GRADIENT_PATCHES.filter((name) => gradientPatchId(name) !== undefined),
  };
}
