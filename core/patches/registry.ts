/**
 * Bookkeeping for our changes to the global tfjs kernel and gradient registries.
 *
 * Every config we register carries a marker (a `Symbol.for` key, so that two copies of this
 * module loaded side by side still recognise each other's work) holding the config it replaced.
 * That makes installs idempotent (a marked entry is never wrapped again, so patches never stack)
 * and lets {@link restoreKernel} / {@link restoreGradient} put the stock entry back.
 */
import * as tf from '@tensorflow/tfjs';
import type {
  GradConfig,
  KernelBackend,
  KernelConfig,
  KernelFunc,
  NamedAttrMap,
  TensorInfo,
} from '@tensorflow/tfjs';

const MARK = Symbol.for('tfjs-cockpit.patch');

interface PatchMark<C> {
  /** Which patch this is, e.g. `'conv2d-backprop-filter'`. */
  id: string;
  /** The registry entry we replaced; undefined when the kernel or gradient did not exist. */
  original: C | undefined;
}

type Marked<C> = C & { [MARK]?: PatchMark<C> };

/** The patch id of a registered kernel, or undefined when it is stock. */
export function kernelPatchId(kernelName: string, backendName: string): string | undefined {
  return (tf.getKernel(kernelName, backendName) as Marked<KernelConfig> | undefined)?.[MARK]?.id;
}

/** The patch id of a registered gradient, or undefined when it is stock or absent. */
export function gradientPatchId(kernelName: string): string | undefined {
  return (tf.getGradient(kernelName) as Marked<GradConfig> | undefined)?.[MARK]?.id;
}

/** The stock kernel config underneath our patch (or the current one when unpatched). */
export function originalKernel(kernelName: string, backendName: string): KernelConfig | undefined {
  const current = tf.getKernel(kernelName, backendName) as Marked<KernelConfig> | undefined;
  return current?.[MARK] ? current[MARK].original : current;
}

/** The stock gradient config underneath our patch (or the current one when unpatched). */
export function originalGradient(kernelName: string): GradConfig | undefined {
  const current = tf.getGradient(kernelName) as Marked<GradConfig> | undefined;
  return current?.[MARK] ? current[MARK].original : current;
}

/**
 * Replaces kernel `kernelName` on `backendName` by `make(original)`. Does nothing when our patch
 * is already there. The stock `setupFunc`/`disposeFunc` are kept: wasm kernels bind their C
 * functions in `setupFunc`, which the engine re-runs whenever the backend is re-initialised.
 *
 * @returns true when the registry changed.
 */
export function installKernel(
  kernelName: string,
  backendName: string,
  id: string,
  make: (original: KernelConfig | undefined) => KernelFunc,
): boolean {
  if (kernelPatchId(kernelName, backendName) !== undefined) return false;
  const original = tf.getKernel(kernelName, backendName);
  const config: Marked<KernelConfig> = {
    kernelName,
    backendName,
    kernelFunc: make(original),
    setupFunc: original?.setupFunc,
    disposeFunc: original?.disposeFunc,
  };
  config[MARK] = { id, original };
  if (original) tf.unregisterKernel(kernelName, backendName);
  tf.registerKernel(config);
  return true;
}

/** Puts the stock kernel back (or removes ours when there was none). @returns true when changed. */
export function restoreKernel(kernelName: string, backendName: string): boolean {
  const current = tf.getKernel(kernelName, backendName) as Marked<KernelConfig> | undefined;
  const mark = current?.[MARK];
  if (!mark) return false;
  tf.unregisterKernel(kernelName, backendName);
  if (mark.original) tf.registerKernel(mark.original);
  return true;
}

/**
 * Registers `make(original)` as the gradient of `kernelName`, unless our patch is there already.
 * @returns true when the registry changed.
 */
export function installGradient(
  kernelName: string,
  id: string,
  make: (original: GradConfig | undefined) => Omit<GradConfig, 'kernelName'>,
): boolean {
  if (gradientPatchId(kernelName) !== undefined) return false;
  const original = tf.getGradient(kernelName);
  const config: Marked<GradConfig> = { kernelName, ...make(original) };
  config[MARK] = { id, original };
  tf.registerGradient(config);
  return true;
}

/** Puts the stock gradient back (or removes ours when there was none). @returns true when changed. */
export function restoreGradient(kernelName: string): boolean {
  const current = tf.getGradient(kernelName) as Marked<GradConfig> | undefined;
  const mark = current?.[MARK];
  if (!mark) return false;
  if (mark.original) tf.registerGradient(mark.original);
  else tf.unregisterGradient(kernelName);
  return true;
}

/**
 * Calls other kernels of one backend from inside a kernel override and frees every intermediate
 * it made: intermediates never become tensors, so the engine cannot free them for us, and a
 * forgotten one shows up as a growing `tf.memory().numDataIds`.
 */
export class KernelScratch {
  private readonly temps: TensorInfo[] = [];

  constructor(
    readonly backend: KernelBackend,
    private readonly backendName: string,
  ) {}

  /** Runs `kernelName` and remembers its output as an intermediate to free. */
  temp(
    kernelName: string,
    inputs: Record<string, TensorInfo>,
    attrs: NamedAttrMap = {},
  ): TensorInfo {
    const out = this.run(kernelName, inputs, attrs);
    this.temps.push(out);
    return out;
  }

  /** Runs `kernelName` and returns its output, which the caller owns (usually the kernel result). */
  run(
    kernelName: string,
    inputs: Record<string, TensorInfo>,
    attrs: NamedAttrMap = {},
  ): TensorInfo {
    const kernel = tf.getKernel(kernelName, this.backendName);
    if (!kernel)
      throw new Error(
        `tfjs-cockpit patch needs kernel '${kernelName}' on backend '${this.backendName}'`,
      );
    const out = kernel.kernelFunc({ inputs, backend: this.backend, attrs });
    if (Array.isArray(out))
      throw new Error(`tfjs-cockpit patch expected one output from '${kernelName}'`);
    return out;
  }

  /** Frees all intermediates; call in `finally` so a throwing kernel leaks nothing either. */
  dispose(): void {
    for (const t of this.temps.splice(0)) this.backend.disposeData(t.dataId);
  }
}

/**
 * Wraps a kernel body so it gets a {@link KernelScratch} that is always disposed afterwards.
 */
export function withScratch(
  backendName: string,
  body: (
    scratch: KernelScratch,
    inputs: Record<string, TensorInfo>,
    attrs: NamedAttrMap,
  ) => TensorInfo,
): KernelFunc {
  return ({ inputs, backend, attrs }) => {
    const scratch = new KernelScratch(backend as KernelBackend, backendName);
    try {
      return body(scratch, inputs as Record<string, TensorInfo>, attrs ?? {});
    } finally {
      scratch.dispose();
    }
  };
}

/** Reads a `number | [number, number]` attribute as a pair. */
export function pair(v: unknown): [number, number] {
  if (typeof v === 'number') return [v, v];
  const a = v as number[];
  return [a[0], a[1]];
}
