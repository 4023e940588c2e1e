/**
 * The Cockpit attached to real training loops: fit (shuffle on), fitDataset and trainOnBatch see
 * the exact trained batch, values land at the right steps, sinks receive ordered records, nothing
 * leaks, and bad input fails before training.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { Cockpit } from '../../core/cockpit.js';
import type { CockpitSink, RunInfo, StepRecord } from '../../core/record.js';
import { CockpitConfigError, UnsupportedLayerError } from '../../core/errors.js';

tf.enableProdMode();

function mlp(optimizer: tf.Optimizer = tf.train.sgd(0.1)): tf.Sequential {
  const m = tf.sequential({
    layers: [
      tf.layers.dense({ units: 8, inputShape: [5], activation: 'relu' }),
      tf.layers.dense({ units: 3, activation: 'softmax' }),
    ],
  });
  m.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return m;
}

const data = (n: number) => ({
  x: tf.randomNormal([n, 5], 0, 1, 'float32', 3),
  y: tf.oneHot(
    tf.tensor1d(
      Array.from({ length: n }, (_, i) => i % 3),
      'int32',
    ),
    3,
  ),
});

class MemorySink implements CockpitSink {
  readonly name = 'memory';
  run?: RunInfo;
  records: StepRecord[] = [];
  closed?: string;
  open(run: RunInfo) {
    this.run = run;
  }
  write(record: StepRecord) {
    this.records.push(record);
  }
  close(end: { status: string }) {
    this.closed = end.status;
  }
}

test.before(async () => {
  await tf.setBackend('wasm');
});

test.serial(
  'with fit (shuffle on) −lr × the cockpit gradient equals the actual SGD update and the loss equals logs.loss',
  async (t) => {
    const model = mlp(tf.train.sgd(0.1));
    const cockpit = new Cockpit(model, {
      quantities: ['Loss', 'GradNorm', 'UpdateSize', 'Distance'],
    });
    // Capture the cockpit's gradient at each step through the engine statistics it computed.
    const gradients: Float32Array[][] = [];
    const updates: Float32Array[][] = [];
    let before: tf.Tensor[] = [];
    const engine = cockpit.engine;
    const originalPass = engine.pass.bind(engine);
    engine.pass = (x, y, params) => {
      const s = originalPass(x, y, params);
      gradients.push(s.gradient().map((g) => g.dataSync() as Float32Array));
      before = model.trainableWeights.map((w) => tf.keep(w.read().clone()));
      return s;
    };
    const batchLosses: number[] = [];
    const { x, y } = data(40);
    await model.fit(x, y, {
      epochs: 2,
      batchSize: 10,
      shuffle: true,
      callbacks: [
        cockpit.callback(),
        new tf.CustomCallback({
          onBatchEnd: async (_b: number, logs?: tf.Logs) => {
            batchLosses.push(logs!.loss as number);
            updates.push(
              model.trainableWeights.map(
                (w, i) => tf.sub(w.read(), before[i]).dataSync() as Float32Array,
              ),
            );
            tf.dispose(before);
          },
        }),
      ],
    });
    await cockpit.close();
    t.is(gradients.length, 8);
    for (let s = 0; s < 8; s++) {
      gradients[s].forEach((g, p) => {
        const u = updates[s][p];
        const scale = Math.max(...Array.from(u, Math.abs));
        g.forEach((gi, i) =>
          t.true(
            Math.abs(-0.1 * gi - u[i]) <= 1e-5 * Math.max(scale, 1e-3),
            `step ${s} param ${p}`,
          ),
        );
      });
    }
    const log = cockpit.getOutput();
    for (let s = 0; s < 8; s++)
      t.true(Math.abs((log[s].Loss as number) - batchLosses[s]) < 1e-6, `loss at step ${s}`);
    // UpdateSize[t] = 0.1 · GradNorm[t] for plain SGD; none at the last step.
    for (let s = 0; s < 7; s++) {
      (log[s].UpdateSize as number[]).forEach((u, p) =>
        t.true(Math.abs(u - 0.1 * (log[s].GradNorm as number[])[p]) < 1e-5),
      );
    }
    t.is(log[7].UpdateSize, undefined);
    t.deepEqual(log[0].Distance, [0, 0, 0, 0]);
    t.is(log[3].epoch_count, 0);
    t.is(log[7].epoch_count, 1);
    // Epoch metrics come from fit's logs (which reach callbacks as unresolved scalar tensors).
    t.is(typeof log[7].train_loss, 'number');
    t.is(typeof log[7].train_accuracy, 'number');
    t.is(log[7].learning_rate, 0.1);
    tf.dispose([x, y]);
  },
);

test.serial(
  'fitDataset and trainOnBatch are tracked too; trainOnBatch needs an explicit flush',
  async (t) => {
    const model = mlp(tf.train.adam(0.01));
    const sink = new MemorySink();
    const cockpit = new Cockpit(model, { configuration: 'economy', sinks: [sink] });
    const { x, y } = data(24);
    const ds = tf.data
      .zip({ xs: tf.data.array(tf.unstack(x)), ys: tf.data.array(tf.unstack(y)) })
      .batch(8);
    await model.fitDataset(ds as unknown as tf.data.Dataset<tf.TensorContainer>, {
      epochs: 1,
      callbacks: [cockpit.callback()],
    });
    t.is(cockpit.step, 3);
    await model.trainOnBatch(x.slice(0, 8), y.slice(0, 8));
    await cockpit.flush();
    t.is(cockpit.step, 4);
    await cockpit.close();
    const log = cockpit.getOutput();
    for (const s of [0, 1, 2, 3]) {
      for (const q of [
        'Loss',
        'GradNorm',
        'NormTest',
        'InnerTest',
        'OrthoTest',
        'Distance',
        'GradHist1d',
      ])
        t.not(log[s][q], undefined, `${q} at ${s}`);
    }
    for (const s of [0, 1, 2]) {
      t.is(typeof log[s].Alpha, 'number', `Alpha at ${s}`);
      t.true(Array.isArray(log[s].UpdateSize));
    }
    t.is(log[3].Alpha, undefined);
    // Sinks: opened with run info, one record per step in order, closed.
    t.is(sink.run!.parameters.length, 4);
    t.is(sink.run!.optimizer.className, 'Adam');
    const steps = sink.records.filter((r) => 'Loss' in r.values).map((r) => r.step);
    t.deepEqual(steps, [0, 1, 2, 3]);
    t.is(
      typeof sink.records.find((r) => r.step === 0)!.values.Alpha,
      'number',
      'records carry Alpha of their step',
    );
    t.is(sink.closed, 'finished');
    tf.dispose([x, y]);
  },
);

test.serial(
  'CABS and EarlyStopping are skipped with one warning under momentum; a failing sink never stops training',
  async (t) => {
    const model = mlp(tf.train.momentum(0.05, 0.9));
    const warnings: string[] = [];
    const failing: CockpitSink = {
      name: 'broken',
      open() {},
      write() {
        throw new Error('disk full');
      },
      close() {},
    };
    const cockpit = new Cockpit(model, {
      quantities: ['Loss', 'CABS', 'EarlyStopping', 'MeanGSNR'],
      sinks: [failing],
      onWarning: (m) => warnings.push(m),
    });
    const { x, y } = data(20);
    await model.fit(x, y, { epochs: 1, batchSize: 5, callbacks: [cockpit.callback()] });
    const summary = await cockpit.close();
    t.is(warnings.filter((w) => w.includes('CABS')).length, 1);
    t.is(warnings.filter((w) => w.includes('EarlyStopping')).length, 1);
    t.true(summary.sinkErrors.length >= 1);
    t.is(typeof cockpit.getOutput()[3].MeanGSNR, 'number');
    t.is(cockpit.getOutput()[3].CABS, undefined);
    tf.dispose([x, y]);
  },
);

test.serial('a NaN loss is recorded and training goes on', async (t) => {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [5] })] });
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  const cockpit = new Cockpit(model, {
    quantities: ['Loss', 'GradNorm'],
    onWarning: () => undefined,
    panel: false,
  });
  const { x, y } = data(10);
  const bad = tf.tensor2d(
    Array.from({ length: 50 }, (_, i) => (i === 7 ? NaN : 0.1)),
    [10, 5],
  );
  await model.fit(bad, y, { epochs: 1, batchSize: 10, callbacks: [cockpit.callback()] });
  await model.fit(x, y, { epochs: 1, batchSize: 10, callbacks: [cockpit.callback()] });
  await cockpit.close();
  t.true(Number.isNaN(cockpit.getOutput()[0].Loss as number));
  t.true((cockpit.getOutput()[0].GradNorm as number[]).some(Number.isNaN));
  t.is(cockpit.step, 2);
  tf.dispose([x, y, bad]);
});

test.serial('tensor count stays flat over 200 fit steps with the full configuration', async (t) => {
  const model = mlp(tf.train.sgd(0.05));
  const cockpit = new Cockpit(model, { configuration: 'full', panel: false });
  const { x, y } = data(16);
  await model.fit(x, y, { epochs: 5, batchSize: 8, callbacks: [cockpit.callback()] });
  const before = tf.memory().numTensors;
  await model.fit(x, y, { epochs: 100, batchSize: 8, callbacks: [cockpit.callback()] });
  t.is(cockpit.step, 210);
  t.is(tf.memory().numTensors, before);
  await cockpit.close();
  t.is(typeof cockpit.getOutput()[150].HessMaxEV, 'number');
  t.true(
    (cockpit.getOutput()[150].HessMaxEVIterations as number) >= 1,
    JSON.stringify(cockpit.getOutput()[150]).slice(0, 300),
  );
  tf.dispose([x, y]);
});

test.serial('bad input fails before training with an actionable message', async (t) => {
  const uncompiled = tf.sequential({
    layers: [tf.layers.dense({ units: 2, inputShape: [3], activation: 'softmax' })],
  });
  t.throws(() => new Cockpit(uncompiled), { message: /not compiled/ });
  const model = mlp();
  t.throws(() => new Cockpit(model, { configuration: 'first-class' as 'full' }), {
    instanceOf: CockpitConfigError,
    message: /economy, business, full/,
  });
  t.throws(() => new Cockpit(model, { quantities: ['Loss', 'Speed' as 'Loss'] }), {
    message: /unknown quantity "Speed"/,
  });
  t.throws(() => new Cockpit(model, { quantities: [{ name: 'HessTrace', curvature: 'diag_x' }] }), {
    message: /curvature must be one of/,
  });
  t.throws(() => new Cockpit(model, { schedule: { every: 0 } }), { message: /interval/ });
  const lstm = tf.sequential({
    layers: [
      tf.layers.lstm({ units: 2, inputShape: [3, 2] }),
      tf.layers.dense({ units: 2, activation: 'softmax' }),
    ],
  });
  lstm.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
  const err = t.throws(() => new Cockpit(lstm), {
    instanceOf: UnsupportedLayerError,
    message: /LSTM/,
  });
  t.regex(err!.message, /quantities Alpha, .*NormTest.* need per-sample rules/);
  t.regex(err!.message, /GradNorm still work/);
});

test.serial(
  'a model with an unsupported layer still gets the gradient-only quantities (documented fallback)',
  async (t) => {
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ units: 6, inputShape: [5] }),
        tf.layers.batchNormalization(),
        tf.layers.dense({ units: 3, activation: 'softmax' }),
      ],
    });
    model.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
    const cockpit = new Cockpit(model, {
      quantities: ['Loss', 'GradNorm', 'Distance', 'UpdateSize'],
      panel: false,
    });
    const { x, y } = data(20);
    // The same training without the cockpit: BatchNormalization's moving averages must end equal.
    const twin = tf.sequential({
      layers: [
        tf.layers.dense({ units: 6, inputShape: [5] }),
        tf.layers.batchNormalization(),
        tf.layers.dense({ units: 3, activation: 'softmax' }),
      ],
    });
    twin.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
    twin.setWeights(model.getWeights());
    await twin.fit(x, y, { epochs: 1, batchSize: 10, shuffle: false });
    const losses: number[] = [];
    await model.fit(x, y, {
      epochs: 1,
      batchSize: 10,
      shuffle: false,
      callbacks: [
        cockpit.callback(),
        new tf.CustomCallback({ onBatchEnd: async (_b, l) => void losses.push(l!.loss as number) }),
      ],
    });
    await cockpit.close();
    model
      .getWeights()
      .forEach((w, i) =>
        t.true(
          tf.max(tf.abs(tf.sub(w, twin.getWeights()[i]))).dataSync()[0] < 1e-5,
          `weight ${i} (incl. moving averages) unchanged by the cockpit`,
        ),
      );
    const log = cockpit.getOutput();
    t.true(Math.abs((log[0].Loss as number) - losses[0]) < 1e-5);
    t.is((log[1].GradNorm as number[]).length, 6);
    t.is((log[0].UpdateSize as number[]).length, 6);
    tf.dispose([x, y]);
  },
);

test.serial(
  'the fused update trains exactly like the model’s own train function (weights, loss, metrics), and is skipped with regularizers',
  async (t) => {
    const runs: { weights: Float32Array[]; losses: number[]; accs: number[] }[] = [];
    for (const fusedUpdate of [true, false]) {
      const model = mlp(tf.train.adam(0.01));
      model.setWeights(
        model
          .getWeights()
          .map((w, i) => tf.mul(tf.randomNormal(w.shape, 0, 0.3, 'float32', 60 + i), 1)),
      );
      const cockpit = new Cockpit(model, { configuration: 'economy', panel: false, fusedUpdate });
      const { x, y } = data(30);
      const losses: number[] = [];
      const accs: number[] = [];
      await model.fit(x, y, {
        epochs: 2,
        batchSize: 10,
        shuffle: false,
        callbacks: [
          cockpit.callback(),
          new tf.CustomCallback({
            onBatchEnd: async (_b, l) =>
              void (losses.push(l!.loss as number), accs.push(l!.acc as number)),
          }),
        ],
      });
      await cockpit.close();
      runs.push({
        weights: model.getWeights().map((w) => w.dataSync() as Float32Array),
        losses,
        accs,
      });
      tf.dispose([x, y]);
    }
    const [fused, plain] = runs;
    fused.weights.forEach((w, i) =>
      w.forEach((v, j) => t.true(Math.abs(v - plain.weights[i][j]) < 1e-4, `weight ${i}[${j}]`)),
    );
    fused.losses.forEach((l, i) => t.true(Math.abs(l - plain.losses[i]) < 1e-5, `loss ${i}`));
    t.deepEqual(fused.accs, plain.accs);
    // A regularizer adds a loss term the cockpit's pass does not have: the model's own step runs.
    const regularized = tf.sequential({
      layers: [
        tf.layers.dense({
          units: 3,
          inputShape: [5],
          activation: 'softmax',
          kernelRegularizer: tf.regularizers.l2({ l2: 0.1 }),
        }),
      ],
    });
    regularized.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
    const cockpit = new Cockpit(regularized, { quantities: ['Loss'], panel: false });
    const { x, y } = data(10);
    const h = await regularized.fit(x, y, {
      epochs: 1,
      batchSize: 10,
      callbacks: [cockpit.callback()],
    });
    await cockpit.close();
    t.true(
      (h.history.loss[0] as number) > (cockpit.getOutput()[0].Loss as number),
      'fit’s loss includes the penalty',
    );
    tf.dispose([x, y]);
  },
);

test.serial(
  'panelInterval hands the rendered panel to the sinks every N steps and at close',
  async (t) => {
    const model = mlp(tf.train.sgd(0.1));
    const sink = new (class extends MemorySink {
      panels: { step: number; bytes: number }[] = [];
      artifact(a: { kind: string; step: number; data: Uint8Array }) {
        if (a.kind === 'panel') this.panels.push({ step: a.step, bytes: a.data.length });
      }
    })();
    const cockpit = new Cockpit(model, {
      configuration: 'economy',
      sinks: [sink],
      panelInterval: 3,
    });
    const { x, y } = data(40);
    await model.fit(x, y, { epochs: 2, batchSize: 10, callbacks: [cockpit.callback()] });
    await cockpit.close();
    const steps = sink.panels.map((p) => p.step);
    t.true(steps.length >= 3, `panels at ${steps}`);
    t.is(steps[steps.length - 1], 7, 'the final panel at close');
    t.true(
      steps.slice(0, -1).every((s) => s >= 3 && s < 7),
      `interval panels at ${steps}`,
    );
    t.true(
      sink.panels.every((p) => p.bytes > 10_000),
      'real PNGs',
    );
    tf.dispose([x, y]);
  },
);

test.serial(
  'a pass that fails once skips that step only: later steps are recorded, nothing leaks, flush never throws',
  async (t) => {
    const model = mlp(tf.train.sgd(0.1));
    const warnings: string[] = [];
    const cockpit = new Cockpit(model, {
      quantities: ['Alpha', 'Loss', 'UpdateSize'],
      panel: false,
      onWarning: (m) => warnings.push(m),
    });
    const engine = cockpit.engine as { pass: (...a: unknown[]) => unknown };
    const original = engine.pass.bind(engine);
    let calls = 0;
    engine.pass = (...a: unknown[]) => {
      if (calls++ === 1) throw new Error('simulated failure');
      return original(...a);
    };
    const { x, y } = data(10);
    const counts: number[] = [];
    for (let s = 0; s < 8; s++) {
      await model.trainOnBatch(x, y);
      await cockpit.flush();
      counts.push(tf.memory().numTensors);
    }
    await cockpit.close();
    const log = cockpit.getOutput();
    t.is(log[1]?.Loss, undefined, 'the failed step has no pass values');
    t.is(typeof log[5].Loss, 'number');
    t.is(typeof log[5].Alpha, 'number', 'Alpha recovers');
    t.true(warnings.some((w) => w.includes('simulated failure')));
    t.is(counts[7], counts[4], `tensor count flat after recovery: ${counts}`);
    tf.dispose([x, y]);
  },
);

test.serial(
  'trainOnBatch with the fused update leaks nothing (no surrounding tidy there)',
  async (t) => {
    const model = mlp(tf.train.sgd(0.1));
    const cockpit = new Cockpit(model, { configuration: 'economy', panel: false });
    const { x, y } = data(10);
    const counts: number[] = [];
    for (let s = 0; s < 6; s++) {
      await model.trainOnBatch(x, y);
      await cockpit.flush();
      counts.push(tf.memory().numTensors);
    }
    await cockpit.close();
    t.is(counts[5], counts[2], `tensor counts ${counts}`);
    tf.dispose([x, y]);
  },
);
