/**
 * End-to-end checks of the math modules against what the reference recorded: the golden dense
 * MLP cases are replayed in plain float64 JS (per-sample gradients and losses by hand-written
 * backprop, the case's optimizer), then
 * - the gradients are binned on device with histc / histogram2d in float32 and compared with
 *   `expected.GradHist1d` / `expected.GradHist2d`;
 * - the Alpha inputs (losses, projected gradients, their variances, τ) feed fitAlpha and are
 *   compared with `expected.Alpha`.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitAlpha } from '../../core/math/alpha-fit.js';
import { histc, histogram2d } from '../../core/math/histogram.js';
import { mean, rootSumSquares, unbiasedVariance } from '../../core/math/stats.js';

tf.enableProdMode();

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldenDir = resolve(repoRoot, process.env.GOLDEN_DIR ?? '../shared/golden');

interface Dense {
  type: string;
  activation: 'relu' | 'tanh' | 'sigmoid' | 'linear';
  kernel: number[][];
  bias: number[];
}
interface Case {
  model: { layers: Dense[] };
  loss: string;
  optimizer: { type: string; learningRate: number; momentum?: number };
  batches: { x: number[][]; y: number[][] }[];
  quantities: {
    GradHist1d?: { bins: number; range: [number, number] };
    GradHist2d?: { bins: [number, number]; range: [[number, number], [number, number]] };
  };
  expected: {
    GradHist1d?: Record<string, { hist: number[] }>;
    GradHist2d?: Record<string, { hist: number[][] }>;
    Alpha?: Record<string, number>;
  };
  tolerance: { histogramCountL1Fraction: number; histogramCountL1Abs: number };
}

/** Parameters in the reference's order: kernel [in][out] then bias, per layer. */
type Params = { w: number[][]; b: number[]; act: Dense['activation'] }[];

function act(a: Dense['activation'], z: number): number {
  if (a === 'relu') return z > 0 ? z : 0;
  if (a === 'tanh') return Math.tanh(z);
  if (a === 'sigmoid') return 1 / (1 + Math.exp(-z));
  return z;
}

/** Derivative from pre-activation z and activation value h (torch's ReLU has slope 0 at 0). */
function actGrad(a: Dense['activation'], z: number, h: number): number {
  if (a === 'relu') return z > 0 ? 1 : 0;
  if (a === 'tanh') return 1 - h * h;
  if (a === 'sigmoid') return h * (1 - h);
  return 1;
}

/**
 * Per-sample gradients, flattened per parameter tensor in row-major order (`grads[p][n][entry]`),
 * and per-sample losses.
 */
function perSample(
  params: Params,
  x: number[][],
  y: number[][],
  loss: string,
): { grads: number[][][]; losses: number[] } {
  const out: number[][][] = params.flatMap(() => [[], []]);
  const losses: number[] = [];
  for (let n = 0; n < x.length; n++) {
    const inputs: number[][] = [x[n]!];
    const pre: number[][] = [];
    for (const layer of params) {
      const a = inputs.at(-1)!;
      const z = layer.b.map((bj, j) => a.reduce((s, ai, i) => s + ai * layer.w[i]![j]!, bj));
      pre.push(z);
      inputs.push(z.map((v) => act(layer.act, v)));
    }
    const outp = inputs.at(-1)!;
    let delta: number[];
    if (loss === 'softmaxCrossEntropy') {
      const m = Math.max(...outp);
      const e = outp.map((v) => Math.exp(v - m));
      const s = e.reduce((a, b) => a + b, 0);
      delta = e.map((v, c) => v / s - y[n]![c]!);
      losses.push(-y[n]!.reduce((acc, yc, c) => acc + yc * (outp[c]! - m - Math.log(s)), 0));
    } else {
      delta = outp.map((v, c) => (2 * (v - y[n]![c]!)) / outp.length);
      losses.push(outp.reduce((acc, v, c) => acc + (v - y[n]![c]!) ** 2, 0) / outp.length);
    }
    for (let l = params.length - 1; l >= 0; l--) {
      const layer = params[l]!;
      delta = delta.map((d, j) => d * actGrad(layer.act, pre[l]![j]!, inputs[l + 1]![j]!));
      const a = inputs[l]!;
      out[2 * l]!.push(a.flatMap((ai) => delta.map((d) => ai * d)));
      out[2 * l + 1]!.push(delta.slice());
      delta = a.map((_, i) => delta.reduce((s, d, j) => s + d * layer.w[i]![j]!, 0));
    }
  }
  return { grads: out, losses };
}

function flatParams(params: Params): number[][] {
  return params.flatMap((p) => [p.w.flat(), p.b.slice()]); // copies: the optimizer updates in place
}

/** Runs the case's optimizer in float64 and yields (step, params, per-sample gradients, losses). */
function* replay(c: Case): Generator<[number, number[][], number[][][], number[]]> {
  const params: Params = c.model.layers.map((l) => ({
    w: l.kernel.map((r) => r.slice()),
    b: l.bias.slice(),
    act: l.activation,
  }));
  const momentum = c.optimizer.momentum ?? 0;
  const acc = flatParams(params).map((p) => p.map(() => 0));
  for (let step = 0; step < c.batches.length; step++) {
    const { x, y } = c.batches[step]!;
    const { grads, losses } = perSample(params, x, y, c.loss);
    yield [step, flatParams(params), grads, losses];
    // SGD (with momentum): acc = m·acc + g; θ −= lr·acc.
    grads.forEach((gp, p) => {
      const tensor = params[p >> 1]!;
      gp[0]!.forEach((_, k) => {
        const g = gp.reduce((s, row) => s + row[k]!, 0) / x.length;
        acc[p]![k] = momentum * acc[p]![k]! + g;
        const delta = c.optimizer.learningRate * acc[p]![k]!;
        if (p % 2 === 0) tensor.w[Math.floor(k / tensor.b.length)]![k % tensor.b.length]! -= delta;
        else tensor.b[k]! -= delta;
      });
    });
  }
}

function l1(a: number[], b: number[]): number {
  return a.reduce((s, v, i) => s + Math.abs(v - b[i]!), 0);
}

const cases = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.case.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as Case] as const)
  .filter(([, c]) => c.model.layers.every((l) => l.type === 'dense') && c.optimizer.type === 'sgd');

for (const backend of ['cpu', 'wasm'] as const) {
  test.serial(`[${backend}] golden GradHist1d and GradHist2d counts are reproduced`, async (t) => {
    await tf.setBackend(backend);
    t.true(cases.length >= 2, `dense/sgd golden cases found: ${cases.length}`);
    const tensorsBefore = tf.memory().numTensors;
    let compared = 0;
    let exact = 0;
    for (const [file, c] of cases) {
      const tol = (total: number) =>
        Math.max(c.tolerance.histogramCountL1Fraction * total, c.tolerance.histogramCountL1Abs);
      for (const [step, params, grads] of replay(c)) {
        const e1 = c.expected.GradHist1d?.[String(step)];
        const q1 = c.quantities.GradHist1d;
        if (e1 && q1) {
          let sum = new Array<number>(q1.bins).fill(0);
          for (const gp of grads) {
            const g = tf.tensor2d(gp);
            const h = histc(g, q1.bins, q1.range[0], q1.range[1]);
            const counts = Array.from(await h.data());
            tf.dispose([g, h]);
            sum = sum.map((v, i) => v + counts[i]!);
          }
          const d = l1(sum, e1.hist);
          t.true(d <= tol(e1.hist.reduce((a, b) => a + b, 0)), `${file} 1d step ${step}: L1 ${d}`);
          compared++;
          if (d === 0) exact++;
        }
        const e2 = c.expected.GradHist2d?.[String(step)];
        const q2 = c.quantities.GradHist2d;
        if (e2 && q2) {
          const [bx, by] = q2.bins;
          let sum = new Array<number>(bx * by).fill(0);
          grads.forEach((gp, p) => {
            const g = tf.tensor2d(gp);
            const theta = tf.tensor1d(params[p]!);
            const h = histogram2d(g, theta, bx, by, q2.range[0], q2.range[1]);
            const counts = Array.from(h.dataSync());
            tf.dispose([g, theta, h]);
            sum = sum.map((v, i) => v + counts[i]!);
          });
          const d = l1(sum, e2.hist.flat());
          t.true(
            d <= tol(e2.hist.flat().reduce((a, b) => a + b, 0)),
            `${file} 2d step ${step}: L1 ${d}`,
          );
          compared++;
          if (d === 0) exact++;
        }
      }
    }
    t.true(compared >= 10, `${compared} histograms compared`);
    t.is(tf.memory().numTensors, tensorsBefore);
    t.log(`${exact} of ${compared} golden histograms reproduced exactly`);
  });
}

/** ⟨g_n, d⟩/‖d‖ for every sample n, with d the concatenated parameter change. */
function projections(grads: number[][][], d: number[][], norm: number): number[] {
  return grads[0]!.map((_, n) => {
    let dot = 0;
    grads.forEach((gp, p) => gp[n]!.forEach((v, k) => (dot += v * d[p]![k]!)));
    return dot / norm;
  });
}

test('golden Alpha values are reproduced by fitAlpha from float64 replays', (t) => {
  let compared = 0;
  for (const [file, c] of cases) {
    const steps = [...replay(c)];
    for (const [key, expected] of Object.entries(c.expected.Alpha ?? {})) {
      const k = Number(key);
      const [, theta0, g0, l0] = steps[k]!;
      const [, theta1, g1, l1] = steps[k + 1]!;
      const d = theta1.map((p, i) => p.map((v, j) => v - theta0[i]![j]!));
      // τ as the reference forms it: root of the sum of squared per-parameter norms.
      const tau = rootSumSquares(d.map((p) => rootSumSquares(p)));
      const p0 = projections(g0, d, tau);
      const p1 = projections(g1, d, tau);
      const res = fitAlpha({
        tau,
        f: [mean(l0), mean(l1)],
        df: [mean(p0), mean(p1)],
        varF: [unbiasedVariance(l0), unbiasedVariance(l1)],
        varDf: [unbiasedVariance(p0), unbiasedVariance(p1)],
      });
      const err = Math.abs(res.alpha! - expected);
      t.true(
        err <= 1e-9 * Math.max(1, Math.abs(expected)),
        `${file} step ${k}: ${res.alpha} vs ${expected}`,
      );
      compared++;
    }
  }
  t.true(compared >= 8, `${compared} Alpha values compared`);
});
