/**
 * Engine and configuration benchmark (issues: engine, quantities): median ms per step on the
 * wasm backend for the two benchmark models, measured side by side in one run:
 *   plain       — one SGD training step (model.trainOnBatch)
 *   gradient    — the extended pass plus the batch gradient (no update)
 *   firstOrder  — per-sample norms, Σg², inner products, Gram matrix (no individual gradients)
 *   diagHessian — the exact Hessian diagonal
 *   hvp         — one Hessian-vector product
 *   economy / business / full — a training step with the Cockpit in that configuration
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { Cockpit } from '../core/cockpit.js';
import { Engine } from '../core/engine/engine.js';
import { installTfjsPatches } from '../core/patches/index.js';

export interface ModelBench {
  plain: number;
  gradient: number;
  firstOrder: number;
  diagHessian: number;
  hvp: number;
  economy: number;
  business: number;
  full: number;
  /** wasm heap size after the run (the heap only grows: its peak), MiB. */
  peakMB: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn: () => void | Promise<void>, reps: number, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function benchModel(kind: 'mlp' | 'cnn'): {
  model: tf.Sequential;
  x: tf.Tensor;
  y: tf.Tensor;
} {
  const layers =
    kind === 'mlp'
      ? [
          tf.layers.dense({ inputShape: [784], units: 256, activation: 'relu' }),
          tf.layers.dense({ units: 128, activation: 'relu' }),
          tf.layers.dense({ units: 10, activation: 'softmax' }),
        ]
      : [
          tf.layers.conv2d({
            inputShape: [28, 28, 1],
            filters: 16,
            kernelSize: 3,
            activation: 'relu',
          }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.conv2d({ filters: 32, kernelSize: 3, activation: 'relu' }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 10, activation: 'softmax' }),
        ];
  const model = tf.sequential({ layers });
  model.compile({ optimizer: tf.train.sgd(0.01), loss: 'categoricalCrossentropy' });
  const n = kind === 'mlp' ? 128 : 64;
  // MNIST-like inputs: mostly zeros with a band of positive pixels.
  const x = tf.tidy(() => {
    const shape = kind === 'mlp' ? [n, 784] : [n, 28, 28, 1];
    const u = tf.randomUniform(shape, 0, 1, 'float32', 1);
    return tf.mul(u, tf.cast(tf.greater(u, 0.8), 'float32'));
  });
  const y = tf.oneHot(
    tf.tensor1d(
      Array.from({ length: n }, (_, i) => i % 10),
      'int32',
    ),
    10,
  );
  return { model, x, y };
}

export async function benchEngine(
  kinds: ('mlp' | 'cnn')[] = ['mlp', 'cnn'],
  reps = 9,
): Promise<Record<string, ModelBench>> {
  if (!(await tf.setBackend('wasm'))) throw new Error('wasm backend unavailable');
  tf.enableProdMode();
  installTfjsPatches();
  const out: Record<string, ModelBench> = {};
  for (const kind of kinds) {
    const { model, x, y } = benchModel(kind);
    const engine = new Engine(model);
    const r: Partial<ModelBench> = {};
    // Peak memory: the wasm heap only grows, so its size after a run is the peak of that run.
    let peak = 0;
    const track = () => {
      const heap = (tf.backend() as unknown as { wasm?: { HEAPU8: Uint8Array } }).wasm?.HEAPU8
        .length;
      peak = Math.max(peak, heap ?? tf.memory().numBytes);
    };
    r.plain = await time(async () => void (await model.trainOnBatch(x, y)), reps);
    r.gradient = await time(() => {
      const s = engine.pass(x, y);
      s.gradient()[0].dataSync();
      s.dispose();
    }, reps);
    r.firstOrder = await time(() => {
      const s = engine.pass(x, y);
      const g = s.gradient();
      s.sqNorms();
      s.sumGradSquared();
      s.gram().dataSync();
      const inner = s.innerProducts(g);
      inner[0].dataSync();
      track();
      tf.dispose(inner);
      s.dispose();
    }, reps);
    r.diagHessian = await time(() => {
      const s = engine.pass(x, y);
      s.diagCurvature('diag_h')[0].dataSync();
      track();
      s.dispose();
    }, reps);
    const vectors = model.trainableWeights.map((w) => tf.randomNormal(w.shape as number[]));
    r.hvp = await time(() => {
      const h = engine.hvp(x, y, vectors);
      h[0].dataSync();
      track();
      tf.dispose(h);
    }, reps);
    tf.dispose(vectors);
    for (const configuration of ['economy', 'business', 'full'] as const) {
      const cockpit = new Cockpit(model, {
        configuration,
        panel: false,
        onWarning: () => undefined,
      });
      r[configuration] = await time(
        async () => {
          await model.trainOnBatch(x, y);
          await cockpit.flush();
          track();
        },
        configuration === 'full' ? Math.max(3, Math.floor(reps / 2)) : reps,
      );
      await cockpit.close();
    }
    r.peakMB = Math.round(peak / 2 ** 20);
    out[kind] = r as ModelBench;
    tf.dispose([x, y]);
    model.dispose();
  }
  return out;
}

/** Prints the table of medians and ratios to the plain step. */
export function formatEngineBench(results: Record<string, ModelBench>): string {
  const rows = [
    '| model | ' +
      ['plain', 'gradient', 'firstOrder', 'diagHessian', 'hvp', 'economy', 'business', 'full'].join(
        ' | ',
      ) +
      ' | peak MB |',
  ];
  rows.push('|' + ' --- |'.repeat(10));
  for (const [kind, r] of Object.entries(results)) {
    const cell = (v: number) => `${v.toFixed(1)} ms (${(v / r.plain).toFixed(1)}x)`;
    rows.push(
      `| ${kind} | ${r.plain.toFixed(1)} ms | ${cell(r.gradient)} | ${cell(r.firstOrder)} | ${cell(r.diagHessian)} | ${cell(r.hvp)} (${(r.hvp / r.gradient).toFixed(1)}x grad) | ${cell(r.economy)} | ${cell(r.business)} | ${cell(r.full)} | ${r.peakMB} |`,
    );
  }
  return rows.join('\n');
}
