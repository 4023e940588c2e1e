/**
 * HessMaxEV against a dense Hessian (D Hessian-vector products with unit vectors, checked for
 * symmetry, then a dense symmetric eigensolver), for both methods; Lanczos needs fewer products,
 * warm starts no more. The HVP itself against finite differences of the gradient.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { Cockpit } from '../../core/cockpit.js';
import { Engine } from '../../core/engine/engine.js';
import { installTfjsPatches } from '../../core/patches/index.js';
import { symmetricEigen } from '../../core/math/symmetric-eigen.js';

tf.enableProdMode();

function model() {
  const m = tf.sequential({
    layers: [
      tf.layers.dense({ units: 6, inputShape: [4], activation: 'tanh' }),
      tf.layers.dense({ units: 3 }),
    ],
  });
  m.compile({
    optimizer: tf.train.sgd(0.05),
    loss: tf.losses.softmaxCrossEntropy as unknown as string,
  });
  return m;
}

function denseHessian(
  m: tf.LayersModel,
  x: tf.Tensor,
  y: tf.Tensor,
): { maxAbs: number; asymmetry: number } {
  const engine = new Engine(m);
  const shapes = m.trainableWeights.map((w) => w.shape as number[]);
  const sizes = shapes.map((s) => s.reduce((a, b) => a * b, 1));
  const d = sizes.reduce((a, b) => a + b, 0);
  const h: number[][] = [];
  for (let j = 0; j < d; j++) {
    const e = new Float32Array(d);
    e[j] = 1;
    let off = 0;
    const v = shapes.map((s, i) => {
      const t = tf.tensor(e.slice(off, off + sizes[i]), s);
      off += sizes[i];
      return t;
    });
    const hv = engine.hvp(x, y, v);
    h.push(hv.flatMap((t) => Array.from(t.dataSync())));
    tf.dispose([...v, ...hv]);
  }
  let asymmetry = 0;
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++) asymmetry = Math.max(asymmetry, Math.abs(h[i][j] - h[j][i]));
  const { values } = symmetricEigen(h.map((row, i) => row.map((v, j) => (v + h[j][i]) / 2)));
  const maxAbs =
    Math.abs(values[0]) > Math.abs(values[values.length - 1])
      ? values[0]
      : values[values.length - 1];
  return { maxAbs, asymmetry };
}

const batch = () => ({
  x: tf.randomNormal([8, 4], 0, 1, 'float32', 1),
  y: tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2, 0, 1], 'int32'), 3),
});

for (const backend of ['cpu', 'wasm']) {
  test.serial(
    `[${backend}] HessMaxEV (lanczos and power) equals the dense Hessian's eigenvalue of largest magnitude`,
    async (t) => {
      t.true(await tf.setBackend(backend));
      installTfjsPatches();
      const iterations: Record<string, number[]> = {};
      for (const method of ['lanczos', 'power'] as const) {
        const m = model();
        m.trainableWeights.forEach((w, i) =>
          (w.read() as tf.Variable).assign(
            tf.randomNormal(w.shape as number[], 0, 0.8, 'float32', 5 + i),
          ),
        );
        const { x, y } = batch();
        const expected: number[] = [];
        const cockpit = new Cockpit(m, {
          quantities: [{ name: 'HessMaxEV', method, seed: 3 }],
          panel: false,
        });
        for (let s = 0; s < 3; s++) {
          expected.push(denseHessian(m, x, y).maxAbs);
          await m.trainOnBatch(x, y);
          await cockpit.flush();
        }
        await cockpit.close();
        const log = cockpit.getOutput();
        iterations[method] = [0, 1, 2].map((s) => log[s].HessMaxEVIterations as number);
        for (let s = 0; s < 3; s++) {
          const got = log[s].HessMaxEV as number;
          t.true(
            Math.abs(got - expected[s]) <= 1e-2 * Math.abs(expected[s]),
            `${method} step ${s}: ${got} vs ${expected[s]}`,
          );
        }
        tf.dispose([x, y]);
      }
      t.true(
        iterations.lanczos[0] <= iterations.power[0],
        `cold start: lanczos ${iterations.lanczos} vs power ${iterations.power}`,
      );
      t.true(
        iterations.lanczos[2] <= iterations.lanczos[0],
        `warm start needs no more products: ${iterations.lanczos}`,
      );
      t.log(`products per step — lanczos: ${iterations.lanczos}, power: ${iterations.power}`);
    },
  );
}

test.serial(
  'the Hessian-vector product is symmetric and matches finite differences of the gradient',
  async (t) => {
    t.true(await tf.setBackend('cpu'));
    installTfjsPatches();
    const m = model();
    const { x, y } = batch();
    const { asymmetry } = denseHessian(m, x, y);
    t.true(asymmetry < 1e-5, `max |H_ij − H_ji| = ${asymmetry}`);
    const engine = new Engine(m);
    const raw = m.trainableWeights.map((w, i) =>
      tf.randomNormal(w.shape as number[], 0, 1, 'float32', 40 + i),
    );
    const length = Math.sqrt(raw.reduce((s2, r) => s2 + tf.sum(tf.square(r)).dataSync()[0], 0));
    const v = raw.map((r) => tf.div(r, length)); // unit direction: the step eps·v has length eps
    const hv = engine.hvp(x, y, v).flatMap((t2) => Array.from(t2.dataSync()));
    const eps = 1e-2;
    const gradAt = (sign: number) => {
      const params = m.trainableWeights.map((w, i) => tf.add(w.read(), tf.mul(v[i], sign * eps)));
      const s = engine.pass(x, y, params);
      const g = s.gradient().flatMap((t2) => Array.from(t2.dataSync()));
      s.dispose();
      tf.dispose(params);
      return g;
    };
    const plus = gradAt(1);
    const minus = gradAt(-1);
    const fd = plus.map((p, i) => (p - minus[i]) / (2 * eps));
    const scaleMax = Math.max(...fd.map(Math.abs));
    const err = Math.max(...fd.map((f, i) => Math.abs(f - hv[i])));
    // Central differences of float32 gradients with eps 1e-2: O(eps²) truncation + 1e-7/eps round-off.
    t.true(err <= 2e-3 * scaleMax, `HVP vs finite differences: ${err} (scale ${scaleMax})`);
  },
);

test.serial(
  'a cold Lanczos start finds the largest eigenvalue from any random start (300 seeds, golden momentum case)',
  async (t) => {
    t.true(await tf.setBackend('wasm'));
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const { buildCaseModel } = await import('../../core/replay.js');
    const root = resolve(fileURLToPath(import.meta.url), '../../..');
    const file = resolve(
      root,
      process.env.GOLDEN_DIR ?? '../shared/golden',
      'mlp-mse-momentum.case.json',
    );
    const c = JSON.parse(readFileSync(file, 'utf8'));
    const exact = c.exactHessMaxEV['0'] as number;
    const x = tf.tensor(c.batches[0].x);
    const y = tf.tensor(c.batches[0].y);
    const found: number[] = [];
    for (let seed = 0; seed < 300; seed++) {
      const model = buildCaseModel(c);
      const cockpit = new Cockpit(model, {
        quantities: [{ name: 'HessMaxEV', seed }],
        panel: false,
      });
      await model.trainOnBatch(x, y);
      await cockpit.close();
      found.push(cockpit.getOutput()[0].HessMaxEV as number);
      model.dispose();
    }
    const worst = Math.max(...found.map((v) => Math.abs(v - exact) / exact));
    t.true(
      worst < 2e-2,
      `worst relative error ${worst} (${found.map((v) => v.toFixed(4)).join(', ')} vs ${exact})`,
    );
    tf.dispose([x, y]);
  },
);
