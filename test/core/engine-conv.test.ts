/**
 * The Conv2D rule and the curvature pass of convolutional nets against independent naive
 * computations, on the cpu and wasm backends:
 * - every rule statistic (individual gradients, ‖g_n‖², Gram, ⟨g_n, v⟩, Σ w g²) vs per-sample
 *   tf.grad of tf.conv2d, for strides, 'same'/'valid' padding, non-square kernels, Cin = 1, and
 *   K curvature columns per sample with signed weights — with the default chunk size and with a
 *   tiny one that forces chunks over samples and over columns;
 * - the exact GGN diagonal of ReLU / max-pool CNNs (including pools that crop odd sizes) vs
 *   (1/N) Σ_n diag(J_nᵀ H_n J_n) from per-logit backward passes through tfjs-layers.
 *
 * Tolerance: float32 round-off of sums over ≤ a few hundred terms, 1e-5 of the largest entry.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { conv2dRule } from '../../core/engine/layers/conv2d.js';
import type { Conv2DStep } from '../../core/engine/model-view.js';
import { Engine } from '../../core/engine/engine.js';
import { installTfjsPatches } from '../../core/patches/index.js';
import { flat, maxRelError } from '../helpers/naive.js';

tf.enableProdMode();

interface Geometry {
  name: string;
  input: [number, number, number, number];
  kernel: [number, number, number, number];
  strides: [number, number];
  padding: 'same' | 'valid';
}

const geometries: Geometry[] = [
  { name: '3x3 same', input: [4, 6, 6, 2], kernel: [3, 3, 2, 3], strides: [1, 1], padding: 'same' },
  {
    name: '3x2 stride [2,1] valid',
    input: [3, 9, 7, 3],
    kernel: [3, 2, 3, 2],
    strides: [2, 1],
    padding: 'valid',
  },
  {
    name: 'Cin 1, stride 2 same, odd size',
    input: [3, 7, 7, 1],
    kernel: [3, 3, 1, 2],
    strides: [2, 2],
    padding: 'same',
  },
  {
    name: '5x5 stride [3,2] same',
    input: [2, 10, 9, 2],
    kernel: [5, 5, 2, 3],
    strides: [3, 2],
    padding: 'same',
  },
  { name: '1x1', input: [3, 4, 5, 3], kernel: [1, 1, 3, 2], strides: [1, 1], padding: 'valid' },
];

/** Per-row kernel and bias gradients of ⟨conv2d(a_r, W) + b, d_r⟩ by tf.grad, one row at a time. */
function naiveRows(
  a: tf.Tensor4D,
  d: tf.Tensor4D,
  g: Geometry,
  k: number,
): { kernel: number[][]; bias: number[][] } {
  const n = a.shape[0];
  const kernel: number[][] = [];
  const bias: number[][] = [];
  const w0 = tf.zeros(g.kernel);
  for (let r = 0; r < k * n; r++) {
    const [gk, gb] = tf.tidy(() => {
      const ar = tf.slice(a, r % n, 1) as tf.Tensor4D;
      const dr = tf.slice(d, r, 1) as tf.Tensor4D;
      const gk = tf.grad((w: tf.Tensor) =>
        tf.sum(tf.mul(tf.conv2d(ar, w as tf.Tensor4D, g.strides, g.padding), dr)),
      )(w0);
      return [gk, tf.sum(dr, [0, 1, 2])];
    });
    kernel.push(flat(gk));
    bias.push(flat(gb));
    tf.dispose([gk, gb]);
  }
  w0.dispose();
  return { kernel, bias };
}

const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
const dot = (x: number[], y: number[]) => sum(x.map((v, i) => v * y[i]));

for (const backend of ['cpu', 'wasm']) {
  for (const g of geometries) {
    test.serial(
      `[${backend}] Conv2D rule, ${g.name}: every statistic matches per-sample tf.grad (default and tiny chunks)`,
      async (t) => {
        t.true(await tf.setBackend(backend));
        installTfjsPatches();
        const step = {
          kind: 'conv2d',
          strides: g.strides,
          padding: g.padding,
        } as unknown as Conv2DStep;
        const n = g.input[0];
        const k = 3;
        const a = tf.randomNormal(g.input, 0, 1, 'float32', 1) as tf.Tensor4D;
        const outShape = tf.tidy(
          () => tf.conv2d(a, tf.zeros(g.kernel) as tf.Tensor4D, g.strides, g.padding).shape,
        );
        const d1 = tf.randomNormal(outShape, 0, 1, 'float32', 2) as tf.Tensor4D;
        const dK = tf.randomNormal(
          [k * n, ...outShape.slice(1)],
          0,
          1,
          'float32',
          3,
        ) as tf.Tensor4D;
        const weights = tf.randomNormal([k * n], 0, 1, 'float32', 4) as tf.Tensor1D; // signed, like residual columns
        const direction: [tf.Tensor, tf.Tensor] = [
          tf.randomNormal(g.kernel, 0, 1, 'float32', 5),
          tf.randomNormal([g.kernel[3]], 0, 1, 'float32', 6),
        ];
        const rows1 = naiveRows(a, d1, g, 1);
        const rowsK = naiveRows(a, dK, g, k);
        const w = flat(weights);
        const dirK = flat(direction[0]);
        const dirB = flat(direction[1]);
        const perEntry = (rows: number[][], weight: (r: number) => number) =>
          rows[0].map((_, j) => sum(rows.map((row, r) => weight(r) * row[j] ** 2)));
        const before = tf.memory().numTensors;
        for (const chunkFloats of [undefined, 7]) {
          const rule = conv2dRule(g.kernel, true, chunkFloats);
          const label = chunkFloats ? `chunks of ${chunkFloats} floats` : 'default chunks';
          const check = (got: tf.Tensor | null, want: number[], what: string) => {
            const err = maxRelError(flat(got!), want);
            t.true(err < 1e-5, `${what} (${label}): ${err}`);
            got?.dispose();
          };
          const [ik, ib] = rule.individualGradients(a, d1, step);
          t.deepEqual(ik.shape, [n, ...g.kernel]);
          check(ik, rows1.kernel.flat(), 'individual kernel gradients');
          check(ib, rows1.bias.flat(), 'individual bias gradients');
          const [sk, sb] = rule.sqNorms(a, d1, step);
          check(
            sk,
            rows1.kernel.map((r) => dot(r, r)),
            'kernel ‖g_n‖²',
          );
          check(
            sb,
            rows1.bias.map((r) => dot(r, r)),
            'bias ‖g_n‖²',
          );
          const [gk, gb] = rule.gram(a, d1, step);
          check(
            gk,
            rows1.kernel.flatMap((x) => rows1.kernel.map((y) => dot(x, y))),
            'kernel Gram',
          );
          check(
            gb,
            rows1.bias.flatMap((x) => rows1.bias.map((y) => dot(x, y))),
            'bias Gram',
          );
          const [pk, pb] = rule.innerProducts(a, d1, direction, step);
          check(
            pk,
            rows1.kernel.map((r) => dot(r, dirK)),
            'kernel ⟨g_n, v⟩',
          );
          check(
            pb,
            rows1.bias.map((r) => dot(r, dirB)),
            'bias ⟨g_n, v⟩',
          );
          const [s1k, s1b] = rule.sumGradSquared(a, d1, undefined, step);
          t.deepEqual(s1k.shape, g.kernel);
          check(
            s1k,
            perEntry(rows1.kernel, () => 1),
            'kernel Σ g²',
          );
          check(
            s1b,
            perEntry(rows1.bias, () => 1),
            'bias Σ g²',
          );
          const [sKk, sKb] = rule.sumGradSquared(a, dK, undefined, step);
          check(
            sKk,
            perEntry(rowsK.kernel, () => 1),
            `kernel Σ g² over ${k} columns`,
          );
          check(
            sKb,
            perEntry(rowsK.bias, () => 1),
            `bias Σ g² over ${k} columns`,
          );
          const [swk, swb] = rule.sumGradSquared(a, dK, weights, step);
          check(
            swk,
            perEntry(rowsK.kernel, (r) => w[r]),
            `kernel Σ w g² over ${k} signed-weight columns`,
          );
          check(
            swb,
            perEntry(rowsK.bias, (r) => w[r]),
            `bias Σ w g² over ${k} signed-weight columns`,
          );
        }
        t.is(tf.memory().numTensors, before, 'no tensor leaked');
        tf.dispose([a, d1, dK, weights, ...direction]);
      },
    );
  }
}

interface NetCase {
  name: string;
  input: [number, number, number];
  layers: () => tf.layers.Layer[];
}

const nets: NetCase[] = [
  {
    name: 'conv(same,relu)-maxpool 2 (crops 9→8)-conv(stride 2,same,relu)-maxpool-flatten-dense',
    input: [9, 9, 2],
    layers: () => [
      tf.layers.conv2d({
        filters: 3,
        kernelSize: 3,
        padding: 'same',
        activation: 'relu',
        inputShape: [9, 9, 2],
      }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({
        filters: 4,
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        activation: 'relu',
      }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 3 }),
    ],
  },
  {
    name: 'conv(2x3 valid,relu)-maxpool [2,2] (crops 6x5→6x4)-conv(2x2,relu)-flatten-dense',
    input: [7, 7, 1],
    layers: () => [
      tf.layers.conv2d({
        filters: 2,
        kernelSize: [2, 3],
        activation: 'relu',
        inputShape: [7, 7, 1],
      }),
      tf.layers.maxPooling2d({ poolSize: [2, 2] }),
      tf.layers.conv2d({ filters: 3, kernelSize: 2, activation: 'relu' }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 3 }),
    ],
  },
];

/**
 * (1/N) Σ_n diag(J_nᵀ H_n J_n) for softmax cross-entropy on logits (H_n = diag(p) − p pᵀ), with
 * J_n from one backward pass per logit through model.apply.
 */
function naiveGgnDiagonal(model: tf.LayersModel, x: tf.Tensor, classes: number): number[] {
  const n = x.shape[0];
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  let total: number[] | null = null;
  for (let i = 0; i < n; i++) {
    const xi = tf.slice(x, i, 1);
    const p = tf.tidy(() => flat(tf.softmax(model.apply(xi) as tf.Tensor)));
    const jac: number[][] = [];
    for (let o = 0; o < classes; o++) {
      const row = tf.tidy(() => {
        const e = tf.oneHot([o], classes);
        const { grads } = tf.variableGrads(
          () => tf.sum(tf.mul(model.apply(xi) as tf.Tensor, e)) as tf.Scalar,
          vars,
        );
        return tf.concat(vars.map((v) => tf.reshape(grads[v.name], [-1])));
      });
      jac.push(flat(row));
      row.dispose();
    }
    xi.dispose();
    const contrib = jac[0].map((_, j) => {
      let s = 0;
      for (let o = 0; o < classes; o++)
        for (let q = 0; q < classes; q++)
          s += jac[o][j] * ((o === q ? p[o] : 0) - p[o] * p[q]) * jac[q][j];
      return s;
    });
    total = total ? total.map((v, j) => v + contrib[j]) : contrib;
  }
  return total!.map((v) => v / n);
}

for (const backend of ['cpu', 'wasm']) {
  for (const c of nets) {
    test.serial(
      `[${backend}] ${c.name}: GGN diagonal (= Hessian diagonal) matches Σ_n JᵀHJ`,
      async (t) => {
        t.true(await tf.setBackend(backend));
        installTfjsPatches();
        const model = tf.sequential({ layers: c.layers() });
        model.trainableWeights.forEach((w, i) => {
          const v = w.read() as tf.Variable;
          // Small weights keep the softmax away from saturation: p(1 − p) at p ≈ 1 loses float32 digits
          // in both the engine and the reference.
          v.assign(
            tf.mul(
              tf.randomNormal(v.shape, 0, 1, 'float32', 40 + i),
              w.name.includes('bias') ? 0.1 : 0.3,
            ),
          );
        });
        model.compile({
          optimizer: tf.train.sgd(0.1),
          loss: tf.losses.softmaxCrossEntropy as unknown as string,
        });
        const n = 4;
        const x = tf.randomNormal([n, ...c.input], 0, 1, 'float32', 9);
        const y = tf.oneHot(tf.tensor1d([0, 2, 1, 2], 'int32'), 3);
        const engine = new Engine(model);
        const stats = engine.pass(x, y);
        const ggn = stats.diagCurvature('diag_ggn_exact').flatMap(flat);
        const diagH = stats.diagCurvature('diag_h').flatMap(flat);
        const ref = naiveGgnDiagonal(model, x, 3);
        t.true(maxRelError(ggn, ref) < 1e-5, `GGN diagonal: ${maxRelError(ggn, ref)}`);
        t.true(
          maxRelError(diagH, ref) < 1e-5,
          `Hessian diagonal of a piecewise-linear net: ${maxRelError(diagH, ref)}`,
        );
        stats.dispose();
        tf.dispose([x, y]);
        model.dispose();
      },
    );
  }
}
