/**
 * The engine against independent naive computations: N single-sample backward passes through
 * tfjs-layers' own model.apply and tfjs's own losses, and finite-difference Hessians, for MLPs
 * and CNNs with every supported activation and loss, on the cpu and wasm backends.
 *
 * Tolerances: first-order statistics agree to float32 round-off of sums over ≤ 100 terms
 * (relative 1e-5 of the largest entry); curvature against central finite differences of float32
 * gradients with eps = 1e-2 carries O(eps²) truncation plus ~1e-7/eps round-off, so 2e-3.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { Engine } from '../../core/engine/engine.js';
import { installTfjsPatches } from '../../core/patches/index.js';
import { UnsupportedLayerError, UnsupportedLossError } from '../../core/errors.js';
import {
  finiteDifferenceHessian,
  flat,
  maxRelError,
  naivePerSampleGradients,
  tfjsLoss,
  type NaiveLoss,
} from '../helpers/naive.js';

tf.enableProdMode();

interface Case {
  name: string;
  build: () => tf.LayersModel;
  loss: string | typeof tf.losses.softmaxCrossEntropy;
  naiveLoss: NaiveLoss;
  x: () => tf.Tensor;
  y: () => tf.Tensor;
  /** Smooth enough for finite-difference Hessians (no relu/max-pool kinks). */
  smooth: boolean;
}

const N = 5;
const classes = (c: number) => () =>
  tf.oneHot(
    tf.tensor1d(
      [0, 1, 2, 1, 0].map((k) => k % c),
      'int32',
    ),
    c,
  );

function seeded(model: tf.LayersModel): tf.LayersModel {
  // Deterministic, non-trivial weights (also non-zero biases so no unit sits exactly at a kink).
  model.trainableWeights.forEach((w, i) => {
    const v = w.read() as tf.Variable;
    v.assign(
      tf.mul(
        tf.randomNormal(v.shape, 0, 1, 'float32', 17 + i),
        w.name.includes('bias') ? 0.2 : 0.4,
      ),
    );
  });
  return model;
}

const cases: Case[] = [
  {
    name: 'MLP tanh → softmax, categoricalCrossentropy',
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.dense({ units: 5, inputShape: [4], activation: 'tanh' }),
          tf.layers.dense({ units: 3, activation: 'softmax' }),
        ],
      }),
    loss: 'categoricalCrossentropy',
    naiveLoss: tfjsLoss('categoricalCrossentropy'),
    x: () => tf.randomNormal([N, 4], 0, 1, 'float32', 1),
    y: classes(3),
    smooth: true,
  },
  {
    name: 'MLP sigmoid/elu/softplus → logits, tf.losses.softmaxCrossEntropy',
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.dense({ units: 4, inputShape: [3], activation: 'sigmoid' }),
          tf.layers.dense({ units: 4, activation: 'elu' }),
          tf.layers.dense({ units: 3 }),
          tf.layers.activation({ activation: 'softplus' }),
          tf.layers.dense({ units: 3 }),
        ],
      }),
    loss: tf.losses.softmaxCrossEntropy,
    naiveLoss: tfjsLoss('softmaxCrossEntropy'),
    x: () => tf.randomNormal([N, 3], 0, 1, 'float32', 2),
    y: classes(3),
    smooth: true,
  },
  {
    name: 'MLP relu, meanSquaredError',
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.dense({ units: 6, inputShape: [3], activation: 'relu' }),
          tf.layers.dense({ units: 2 }),
        ],
      }),
    loss: 'meanSquaredError',
    naiveLoss: tfjsLoss('meanSquaredError'),
    x: () => tf.randomNormal([N, 3], 0, 1, 'float32', 3),
    y: () => tf.randomNormal([N, 2], 0, 1, 'float32', 4),
    smooth: false,
  },
  {
    name: 'MLP tanh → sigmoid, binaryCrossentropy',
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.dense({ units: 4, inputShape: [3], activation: 'tanh' }),
          tf.layers.dense({ units: 2, activation: 'sigmoid' }),
        ],
      }),
    loss: 'binaryCrossentropy',
    naiveLoss: tfjsLoss('binaryCrossentropy'),
    x: () => tf.randomNormal([N, 3], 0, 1, 'float32', 5),
    y: () =>
      tf.tensor2d([
        [1, 0],
        [0, 1],
        [1, 1],
        [0, 0],
        [1, 0],
      ]),
    smooth: true,
  },
  {
    name: 'MLP softplus → softmax, sparseCategoricalCrossentropy',
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.dense({ units: 4, inputShape: [3], activation: 'softplus' }),
          tf.layers.dense({ units: 3, activation: 'softmax' }),
        ],
      }),
    loss: 'sparseCategoricalCrossentropy',
    naiveLoss: tfjsLoss('sparseCategoricalCrossentropy'),
    x: () => tf.randomNormal([N, 3], 0, 1, 'float32', 6),
    y: () => tf.tensor2d([[0], [2], [1], [1], [0]]),
    smooth: true,
  },
  {
    name: 'CNN conv(same,relu)-maxpool-conv(3x2,stride [2,1],valid)-flatten-dense softmax',
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.conv2d({
            filters: 3,
            kernelSize: 3,
            padding: 'same',
            activation: 'relu',
            inputShape: [8, 8, 2],
          }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.conv2d({ filters: 2, kernelSize: [3, 2], strides: [2, 1], padding: 'valid' }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 3, activation: 'softmax' }),
        ],
      }),
    loss: 'categoricalCrossentropy',
    naiveLoss: tfjsLoss('categoricalCrossentropy'),
    x: () => tf.randomNormal([N, 8, 8, 2], 0, 1, 'float32', 7),
    y: classes(3),
    smooth: false,
  },
  {
    name: 'CNN conv(stride 2, same, tanh)-avgpool-flatten-dense, logits',
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.conv2d({
            filters: 2,
            kernelSize: 3,
            strides: 2,
            padding: 'same',
            activation: 'tanh',
            inputShape: [7, 7, 1],
          }),
          tf.layers.averagePooling2d({ poolSize: 2 }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 3 }),
        ],
      }),
    loss: tf.losses.softmaxCrossEntropy,
    naiveLoss: tfjsLoss('softmaxCrossEntropy'),
    x: () => tf.randomNormal([N, 7, 7, 1], 0, 1, 'float32', 8),
    y: classes(3),
    smooth: true,
  },
];

function compiled(c: Case): tf.LayersModel {
  const model = seeded(c.build());
  model.compile({ optimizer: tf.train.sgd(0.1), loss: c.loss as string });
  return model;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

for (const backend of ['cpu', 'wasm']) {
  for (const c of cases) {
    test.serial(
      `[${backend}] ${c.name}: loss, gradient and every first-order statistic match N single-sample passes`,
      async (t) => {
        t.true(await tf.setBackend(backend));
        installTfjsPatches();
        const model = compiled(c);
        const x = c.x();
        const y = c.y();
        const engine = new Engine(model);
        const stats = engine.pass(x, y);
        const naive = naivePerSampleGradients(model, x, y, c.naiveLoss);
        const P = model.trainableWeights.length;
        const ref = tf.tidy(
          () => tf.mean(c.naiveLoss(y, model.apply(x) as tf.Tensor)).dataSync()[0],
        );
        t.true(
          Math.abs(stats.loss.dataSync()[0] - ref) <= 1e-6 * Math.max(1, Math.abs(ref)),
          'loss equals tfjs loss',
        );

        const grads = stats.gradient().map(flat);
        const sq = stats.sqNorms().map(flat);
        const sgs = stats.sumGradSquared().map(flat);
        const direction = model.trainableWeights.map((w, i) =>
          tf.randomNormal(w.shape as number[], 0, 1, 'float32', 100 + i),
        );
        const inner = stats.innerProducts(direction);
        const dirFlat = direction.map(flat);
        for (let p = 0; p < P; p++) {
          const mean = naive[0][p].map((_, d) => sum(naive.map((g) => g[p][d])) / N);
          t.true(maxRelError(grads[p], mean) < 1e-5, `gradient of parameter ${p}`);
          const norms = naive.map((g) => sum(g[p].map((v) => v * v)));
          t.true(maxRelError(sq[p], norms) < 1e-5, `per-sample squared norms of parameter ${p}`);
          const second = naive[0][p].map((_, d) => sum(naive.map((g) => g[p][d] ** 2)));
          t.true(maxRelError(sgs[p], second) < 1e-5, `sum of squared gradients of parameter ${p}`);
          const dots = naive.map((g) => sum(g[p].map((v, d) => v * dirFlat[p][d])));
          t.true(maxRelError(flat(inner[p]), dots) < 1e-5, `inner products of parameter ${p}`);
        }
        const gram = flat(stats.gram());
        const naiveGram = naive.flatMap((gi) =>
          naive.map((gj) => sum(gi.map((gp, p) => sum(gp.map((v, d) => v * gj[p][d]))))),
        );
        t.true(maxRelError(gram, naiveGram) < 1e-5, 'Gram matrix');
        const seen = new Map<number, number[]>();
        stats.forEachIndividualGradient(
          (p, chunk) => seen.set(p, [...(seen.get(p) ?? []), ...flat(chunk)]),
          40,
        );
        for (let p = 0; p < P; p++)
          t.true(
            maxRelError(
              seen.get(p)!,
              naive.flatMap((g) => g[p]),
            ) < 1e-5,
            `individual gradients of parameter ${p} (chunked)`,
          );
        tf.dispose([...direction, ...inner]);
        stats.dispose();
        tf.dispose([x, y]);
        model.dispose();
      },
    );

    test.serial(
      `[${backend}] ${c.name}: diagonal Hessian and GGN match dense references`,
      async (t) => {
        t.true(await tf.setBackend(backend));
        installTfjsPatches();
        const model = compiled(c);
        const x = c.x();
        const y = c.y();
        const engine = new Engine(model);
        const stats = engine.pass(x, y);
        const diagH = stats.diagCurvature('diag_h').flatMap(flat);
        const ggn = stats.diagCurvature('diag_ggn_exact').flatMap(flat);
        if (c.smooth) {
          const h = finiteDifferenceHessian(model, x, y, c.naiveLoss, 1e-2);
          const fdDiag = h.map((row, i) => row[i]);
          t.true(
            maxRelError(diagH, fdDiag) < 2e-3,
            `diag Hessian vs finite differences: ${maxRelError(diagH, fdDiag)}`,
          );
        } else {
          // Piecewise-linear network: the Hessian diagonal is the GGN diagonal (no residual terms).
          t.true(
            maxRelError(diagH, ggn) < 1e-6,
            'diag_h equals diag_ggn_exact for piecewise-linear nets',
          );
          t.true(
            ggn.every((v) => v >= 0),
            'GGN diagonal is non-negative',
          );
        }
        // Monte-Carlo GGN is unbiased: its mean over draws approaches the exact GGN.
        const draws = 200;
        let mc = ggn.map(() => 0);
        for (let s = 0; s < draws; s++) {
          const inner = engine.pass(x, y);
          const est = inner.diagCurvature('diag_ggn_mc', 1000 + s).flatMap(flat);
          mc = mc.map((v, i) => v + est[i] / draws);
          inner.dispose();
        }
        t.true(
          Math.abs(sum(mc) - sum(ggn)) < 0.15 * sum(ggn),
          `MC-GGN trace ${sum(mc)} vs exact ${sum(ggn)}`,
        );
        stats.dispose();
        tf.dispose([x, y]);
        model.dispose();
      },
    );
  }
}

test.serial('tensor count is identical before and after 50 steps of every statistic', async (t) => {
  t.true(await tf.setBackend('wasm'));
  installTfjsPatches();
  const c = cases[5];
  const model = compiled(c);
  const x = c.x();
  const y = c.y();
  const engine = new Engine(model);
  const direction = model.trainableWeights.map((w) => tf.onesLike(w.read()));
  const run = () => {
    const s = engine.pass(x, y);
    s.gradient();
    s.sqNorms();
    s.sumGradSquared();
    s.gram();
    tf.dispose(s.innerProducts(direction));
    s.forEachIndividualGradient(() => undefined);
    s.diagCurvature('diag_h');
    s.diagCurvature('diag_ggn_exact');
    s.diagCurvature('diag_ggn_mc');
    s.dispose();
  };
  run();
  const before = tf.memory().numTensors;
  for (let i = 0; i < 50; i++) run();
  t.is(tf.memory().numTensors, before);
});

test.serial(
  'unsupported layers are reported up front with their name, class and the quantities that still work',
  async (t) => {
    t.true(await tf.setBackend('cpu'));
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ units: 3, inputShape: [4] }),
        tf.layers.batchNormalization({ name: 'bn_1' }),
        tf.layers.dense({ units: 2, activation: 'softmax' }),
      ],
    });
    model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
    const err = t.throws(() => new Engine(model), { instanceOf: UnsupportedLayerError });
    t.regex(err!.message, /"bn_1" \(BatchNormalization\)/);
    t.regex(err!.message, /GradNorm/);
  },
);

test.serial('a wrong or missing loss is a clear error', async (t) => {
  t.true(await tf.setBackend('cpu'));
  const linear = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3] })] });
  t.throws(() => new Engine(linear), { instanceOf: UnsupportedLossError, message: /not compiled/ });
  linear.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
  t.throws(() => new Engine(linear), { message: /output activation is "linear"/ });
  linear.compile({ optimizer: 'sgd', loss: 'hinge' });
  t.throws(() => new Engine(linear), { message: /loss 'hinge' is not supported/ });
});

test.serial(
  'Dropout: the pass draws its own inverted-dropout masks and every statistic is of that masked network',
  async (t) => {
    t.true(await tf.setBackend('cpu'));
    installTfjsPatches();
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ units: 6, inputShape: [4], activation: 'tanh' }),
        tf.layers.dropout({ rate: 0.5 }),
        tf.layers.dense({ units: 3, activation: 'softmax' }),
      ],
    });
    model.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
    const x = tf.randomNormal([N, 4], 0, 1, 'float32', 9);
    const y = classes(3)();
    const engine = new Engine(model);
    const stats = engine.pass(x, y);
    const mask = stats.pass.masks.find(Boolean)!;
    const kept = Array.from(mask.dataSync());
    t.true(
      kept.every((v) => v === 0 || Math.abs(v - 2) < 1e-6),
      'mask entries are 0 or 1/(1 − rate)',
    );
    t.true(kept.some((v) => v === 0) && kept.some((v) => v !== 0));
    // Independent check: autodiff of the mean loss of the masked network w.r.t. the parameters.
    const params = model.trainableWeights.map((w) => w.read());
    const { grads } = tf.variableGrads(
      () => engine.loss(x, y, params, stats.pass.masks),
      params as tf.Variable[],
    );
    const byName = params.map((p) => flat(grads[(p as tf.Variable).name]));
    stats
      .gradient()
      .forEach((g, p) =>
        t.true(maxRelError(flat(g), byName[p]) < 1e-5, `gradient of parameter ${p}`),
      );
    t.true(
      Math.abs(
        stats.loss.dataSync()[0] - engine.loss(x, y, params, stats.pass.masks).dataSync()[0],
      ) < 1e-6,
    );
    stats.dispose();
    tf.dispose([x, y]);
  },
);

test.serial(
  'a chain-shaped functional model gives the same statistics as the equivalent Sequential',
  async (t) => {
    t.true(await tf.setBackend('cpu'));
    const input = tf.input({ shape: [4] });
    const hidden = tf.layers
      .dense({ units: 5, activation: 'relu' })
      .apply(input) as tf.SymbolicTensor;
    const output = tf.layers
      .dense({ units: 3, activation: 'softmax' })
      .apply(hidden) as tf.SymbolicTensor;
    const functional = tf.model({ inputs: input, outputs: output });
    functional.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
    const sequential = tf.sequential({
      layers: [
        tf.layers.dense({ units: 5, inputShape: [4], activation: 'relu' }),
        tf.layers.dense({ units: 3, activation: 'softmax' }),
      ],
    });
    sequential.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
    sequential.setWeights(functional.getWeights());
    const x = tf.randomNormal([N, 4], 0, 1, 'float32', 10);
    const y = classes(3)();
    const a = new Engine(functional).pass(x, y);
    const b = new Engine(sequential).pass(x, y);
    t.deepEqual(a.sqNorms().map(flat), b.sqNorms().map(flat));
    t.deepEqual(flat(a.gram()), flat(b.gram()));
    a.dispose();
    b.dispose();
    // A branching model is rejected up front.
    const i2 = tf.input({ shape: [4] });
    const l1 = tf.layers.dense({ units: 3 }).apply(i2) as tf.SymbolicTensor;
    const l2 = tf.layers.dense({ units: 3 }).apply(i2) as tf.SymbolicTensor;
    const merged = tf.layers.add().apply([l1, l2]) as tf.SymbolicTensor;
    const branching = tf.model({
      inputs: i2,
      outputs: tf.layers.activation({ activation: 'softmax' }).apply(merged) as tf.SymbolicTensor,
    });
    branching.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
    t.throws(() => new Engine(branching), { instanceOf: UnsupportedLayerError });
    tf.dispose([x, y]);
  },
);
