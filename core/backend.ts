/**
 * Picks the fastest tfjs backend available in this process and says why.
 *
 * Order for 'auto': native TensorFlow (`@tensorflow/tfjs-node-gpu`, then `@tensorflow/tfjs-node`,
 * both optional and only used when the user installed them) → wasm (SIMD, single-threaded in
 * Node) → pure-JS cpu (20-30x slower than wasm; a fallback and for tests).
 *
 * The cpu "Hi, looks like you are running TensorFlow.js in Node.js" banner is silenced by
 * marking the cpu backend instance as already used. We deliberately do NOT set the `IS_TEST`
 * flag (it also turns on a per-kernel dataId leak check that costs time on every kernel and
 * throws on any leak, and hides all tfjs warnings) nor `PROD` (hides all tfjs warnings).
 */
import * as tf from '@tensorflow/tfjs';
import { patchStatus } from './patches/index.js';

/** Which backend to use; explicit choices fall back down the same order when unavailable. */
export type BackendPreference = 'auto' | 'tensorflow' | 'wasm' | 'cpu';

/** The backend chosen by {@link selectBackend} and a one-line explanation. */
export interface BackendChoice {
  /** tfjs backend name now active: 'tensorflow', 'wasm' or 'cpu'. */
  backend: string;
  /** Why this one, including what was tried and failed before it. */
  reason: string;
}

/** A snapshot of the active backend for logs and reports. */
export interface BackendDescription {
  backend: string;
  /** True for the TensorFlow C library backends (tfjs-node, tfjs-node-gpu). */
  native: boolean;
  /** wasm only: XNNPACK SIMD kernels in use. */
  simd?: boolean;
  /** wasm only: multithreading (always false in Node, tfjs issue #3830). */
  multithread?: boolean;
  /** Kernels tfjs-cockpit patched on this backend (see core/patches). */
  patchedKernels: string[];
  /** Version of @tensorflow/tfjs-core in use. */
  tfjsVersion: string;
}

const NATIVE_PACKAGES = ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'];

// A non-literal specifier keeps TypeScript from resolving packages that are not installed.
const importOptional = (name: string): Promise<unknown> => import(name);

const message = (err: unknown): string =>
  err instanceof Error ? err.message.split('\n')[0] : String(err);

function isMissingModule(err: unknown, name: string): boolean {
  const code = (err as { code?: string }).code;
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && message(err).includes(name)
  );
}

async function tryNative(notes: string[]): Promise<BackendChoice | undefined> {
  for (const name of NATIVE_PACKAGES) {
    try {
      await importOptional(name);
    } catch (err) {
      notes.push(
        isMissingModule(err, name)
          ? `${name} not installed`
          : `${name} failed to load (${message(err)})`,
      );
      continue;
    }
    // A tfjs-node built against another copy of tfjs-core registers its backend elsewhere.
    if (!tf.findBackendFactory('tensorflow')) {
      notes.push(
        `${name} loaded but registered no 'tensorflow' backend with this @tensorflow/tfjs (version mismatch?)`,
      );
      continue;
    }
    if (await tf.setBackend('tensorflow')) {
      return {
        backend: 'tensorflow',
        reason: [...notes, `using ${name} (native TensorFlow)`].join('; '),
      };
    }
    notes.push(`${name} loaded but the 'tensorflow' backend failed to initialise`);
  }
  return undefined;
}

async function tryWasm(notes: string[]): Promise<BackendChoice | undefined> {
  try {
    await importOptional('@tensorflow/tfjs-backend-wasm');
  } catch (err) {
    notes.push(`@tensorflow/tfjs-backend-wasm failed to load (${message(err)})`);
    return undefined;
  }
  // setBackend reports a failed wasm initialisation by returning false, not by throwing.
  if (!(await tf.setBackend('wasm'))) {
    notes.push('wasm backend failed to initialise (see the tfjs message above)');
    return undefined;
  }
  const simd = tf.env().getFlags()['WASM_HAS_SIMD_SUPPORT'] === true;
  return {
    backend: 'wasm',
    reason: [
      ...notes,
      `using wasm (SIMD ${simd ? 'on' : 'off'}, single-threaded: Node cannot start the wasm worker threads)`,
    ].join('; '),
  };
}

async function useCpu(notes: string[]): Promise<BackendChoice> {
  if (!(await tf.setBackend('cpu')))
    throw new Error(`no tfjs backend could be initialised: ${notes.join('; ')}`);
  silenceCpuBanner();
  return {
    backend: 'cpu',
    reason: [
      ...notes,
      'using the pure-JS cpu backend (slow: install @tensorflow/tfjs-node or use wasm)',
    ].join('; '),
  };
}

/** The cpu backend prints its banner on its first write; mark it as already used. */
function silenceCpuBanner(): void {
  const backend = tf.backend() as { firstUse?: boolean };
  if (typeof backend.firstUse === 'boolean') backend.firstUse = false;
}

/**
 * Activates the best available backend for `preference` and reports it. Explicit preferences
 * that cannot be met fall back down the order tensorflow → wasm → cpu, and the reason says so.
 * Call `installTfjsPatches()` afterwards: kernel patches apply to the active backend.
 *
 * @throws only when not even the cpu backend can be initialised.
 */
export async function selectBackend(
  preference: BackendPreference = 'auto',
): Promise<BackendChoice> {
  const notes: string[] = [];
  if (preference === 'auto' || preference === 'tensorflow') {
    const native = await tryNative(notes);
    if (native) return native;
  }
  if (preference !== 'cpu') {
    const wasm = await tryWasm(notes);
    if (wasm) return wasm;
  } else {
    notes.push('cpu requested');
  }
  return useCpu(notes);
}

/** Describes the active backend (name, native or not, wasm SIMD/threads, patched kernels). */
export function describeBackend(): BackendDescription {
  const backend = tf.getBackend();
  const flags = tf.env().getFlags();
  const description: BackendDescription = {
    backend,
    native: backend === 'tensorflow',
    patchedKernels: patchStatus().kernels[backend] ?? [],
    tfjsVersion: tf.version_core,
  };
  if (backend === 'wasm') {
    description.simd = flags['WASM_HAS_SIMD_SUPPORT'] === true;
    description.multithread = flags['WASM_HAS_MULTITHREAD_SUPPORT'] === true;
  }
  return description;
}
