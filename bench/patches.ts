/**
 * Benchmark of the tfjs patches: median ms per SGD training step (gradient + update) and per
 * Hessian-vector product, stock vs patched, for the reference MLP and CNN.
 *
 * MLP: dense 784-256(relu)-128(relu)-10, batch 128. CNN: conv3x3x16(relu)-maxPool2-
 * conv3x3x32(relu)-maxPool2-flatten-dense10 ('valid' convs, 28x28x1 inputs), batch 64.
 * Stock tfjs cannot train the CNN on wasm (no Conv2DBackpropFilter kernel); that entry is NaN.
 *
 * Run: `node --import tsx bench/patches.ts` (add `--cpu` for the much slower cpu figures).
 */
import * as tf from '@tensorflow/tfjs';
import type { Scalar, Tensor, Tensor4D, Variable } from '@tensorflow/tfjs';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { selectBackend } from '../core/backend.js';
import {
  installTfjsPatches,
  uninstallTfjsPatches,
  hvp,
  stopGradient,
} from '../core/patches/index.js';

/** Options for {@link benchPatches}. */
export interface BenchPatchesOptions {
  /** Timed repetitions per figure after one warm-up (default 15). */
  reps?: number;
  /** Also measure the pure-JS cpu backend (slow: the stock CNN step takes seconds). */
  cpu?: boolean;
}

interface Net {
  params: Variable[];
  loss: () => Scalar;
}

function glorot(shape: number[], fanIn: number, fanOut: number): Variable {
  return tf.variable(
    tf.randomUniform(shape, -1, 1, 'float32', 7).mul(Math.sqrt(6 / (fanIn + fanOut))),
  );
}

/** Mean softmax cross-entropy from logits, built from plain ops (twice differentiable). */
function crossEntropy(labels: Tensor, logits: Tensor): Scalar {
  const s = tf.sub(logits, stopGradient(tf.max(logits, -1, true)));
  const logp = tf.sub(s, tf.log(tf.sum(tf.exp(s), -1, true)));
  return tf.neg(tf.mean(tf.sum(tf.mul(labels, logp), -1)));
}

function mlp(): Net {
  const x = tf.randomUniform([128, 784], 0, 1, 'float32', 1);
  const y = tf.oneHot(tf.randomUniform([128], 0, 10, 'int32', 2), 10);
  const sizes = [784, 256, 128, 10];
  const params: Variable[] = [];
  for (let i = 0; i < 3; i++)
    params.push(
      glorot([sizes[i], sizes[i + 1]], sizes[i], sizes[i + 1]),
      tf.variable(tf.zeros([sizes[i + 1]])),
    );
  const loss = () =>
    tf.tidy(() => {
      let a: Tensor = x;
      for (let i = 0; i < 3; i++) {
        const z = tf.add(tf.matMul(a, params[2 * i]), params[2 * i + 1]);
        a = i < 2 ? tf.relu(z) : z;
      }
      return crossEntropy(y, a);
    });
  return { params, loss };
}

function cnn(): Net {
  const x = tf.randomUniform([64, 28, 28, 1], 0, 1, 'float32', 3) as Tensor4D;
  const y = tf.oneHot(tf.randomUniform([64], 0, 10, 'int32', 4), 10);
  const params = [
    glorot([3, 3, 1, 16], 9, 144),
    tf.variable(tf.zeros([16])),
    glorot([3, 3, 16, 32], 144, 288),
    tf.variable(tf.zeros([32])),
    glorot([800, 10], 800, 10),
    tf.variable(tf.zeros([10])),
  ];
  const loss = () =>
    tf.tidy(() => {
      const [w1, b1, w2, b2, w3, b3] = params;
      const a1 = tf.maxPool(
        tf.relu(tf.add(tf.conv2d(x, w1 as Tensor4D, 1, 'valid'), b1)) as Tensor4D,
        2,
        2,
        'valid',
      );
      const a2 = tf.maxPool(
        tf.relu(tf.add(tf.conv2d(a1, w2 as Tensor4D, 1, 'valid'), b2)) as Tensor4D,
        2,
        2,
        'valid',
      );
      return crossEntropy(y, tf.add(tf.matMul(tf.reshape(a2, [64, 800]), w3), b3));
    });
  return { params, loss };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median ms of `fn` over `reps` runs after one warm-up; NaN when it throws. */
function time(fn: () => void, reps: number, onError: (e: unknown) => void): number {
  try {
    fn();
  } catch (e) {
    onError(e);
    return NaN;
  }
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

function measureNet(
  make: () => Net,
  reps: number,
  withHvp: boolean,
  onError: (e: unknown) => void,
): { step: number; hvp: number } {
  const net = make();
  const opt = tf.train.sgd(0.01);
  // Read one value back so asynchronous backends would be timed to completion too.
  const step = time(() => void opt.minimize(net.loss, true, net.params)?.dataSync(), reps, onError);
  const vs = net.params.map((p) => tf.randomNormal(p.shape));
  const hv = withHvp
    ? time(
        () => tf.dispose(hvp(net.loss, net.params, vs).map((h) => (h.dataSync(), h))),
        reps,
        onError,
      )
    : NaN;
  tf.dispose([...net.params, ...vs]);
  opt.dispose();
  return { step, hvp: hv };
}

/**
 * Times MLP and CNN SGD steps (and HVPs with patches) on wasm, stock vs patched, optionally on
 * cpu too. Keys look like `wasm.cnn.step.patched`; NaN marks a configuration that fails. Leaves
 * the patches installed and wasm active.
 */
export async function benchPatches(
  options: BenchPatchesOptions = {},
): Promise<Record<string, number>> {
  const { reps = 15, cpu = false } = options;
  const out: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const backend of cpu ? (['wasm', 'cpu'] as const) : (['wasm'] as const)) {
    const chosen = await selectBackend(backend);
    if (chosen.backend !== backend) throw new Error(`bench needs ${backend}: ${chosen.reason}`);
    for (const patched of [false, true]) {
      if (patched) installTfjsPatches();
      else uninstallTfjsPatches();
      const mode = patched ? 'patched' : 'stock';
      for (const [name, make] of [
        ['mlp', mlp],
        ['cnn', cnn],
      ] as const) {
        // The stock cpu CNN step takes seconds (its Conv2DBackpropFilter): keep those runs few.
        const n =
          backend === 'cpu' && name === 'cnn'
            ? Math.min(reps, patched ? 5 : 2)
            : backend === 'cpu'
              ? Math.min(reps, 5)
              : reps;
        const key = `${backend}.${name}`;
        const r = measureNet(
          make,
          n,
          patched,
          (e) => (errors[`${key}.${mode}`] = String((e as Error).message ?? e)),
        );
        out[`${key}.step.${mode}`] = r.step;
        if (patched) out[`${key}.hvp.patched`] = r.hvp;
      }
    }
  }
  await selectBackend('wasm');
  installTfjsPatches();
  Object.defineProperty(out, 'errors', { value: errors, enumerable: false });
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchPatches({ cpu: process.argv.includes('--cpu') });
  for (const [key, ms] of Object.entries(result))
    console.log(`${key.padEnd(26)} ${Number.isNaN(ms) ? 'FAILS' : `${ms.toFixed(1)} ms`}`);
  const errors = (result as unknown as { errors: Record<string, string> }).errors;
  for (const [key, msg] of Object.entries(errors)) console.log(`  ${key}: ${msg}`);
}
