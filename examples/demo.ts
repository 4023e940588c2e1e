/**
 * The main job: train a small network on real MNIST digits with the Cockpit attached.
 *
 *   npm run demo -- [--config economy|business|full] [--steps N] [--out DIR] [--model mlp|cnn]
 *                   [--lr LR] [--batch N] [--backend auto|wasm|cpu]
 *
 * Writes into DIR (default runs/demo): TensorBoard event files, cockpit.json and panel.png; logs to
 * MLflow when MLFLOW_TRACKING_URI is set. Ends by printing how to look at the results.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { Cockpit, selectBackend, type ConfigurationName } from '../core/index.js';
import { tensorBoard } from '../adapters/tensorboard/index.js';
import { mlflow, type MlflowSink } from '../adapters/mlflow/index.js';
import type { CockpitSink } from '../core/record.js';
import { loadMnist } from './mnist-data.js';
import { progressBar } from './progress.js';

export interface DemoOptions {
  config: ConfigurationName;
  steps: number;
  out: string;
  model: 'mlp' | 'cnn';
  lr: number;
  batch: number;
  backend: 'auto' | 'wasm' | 'cpu';
  quiet?: boolean;
  experiment?: string;
  /**
   * Builds a different network instead of {@link buildModel} (the failure-mode examples use a
   * least-squares classifier); it must be compiled, and flat-input unless `model` is 'cnn'.
   */
  build?: (lr: number) => tf.Sequential;
  /** Run name shown in trackers (default `demo-<model>-<config>`). */
  runName?: string;
}

/** Builds the demo's network, compiled with plain SGD (so every quantity applies). */
export function buildModel(kind: 'mlp' | 'cnn', lr: number): tf.Sequential {
  const layers =
    kind === 'cnn'
      ? [
          tf.layers.conv2d({
            inputShape: [28, 28, 1],
            filters: 8,
            kernelSize: 3,
            activation: 'relu',
          }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.conv2d({ filters: 16, kernelSize: 3, activation: 'relu' }),
          tf.layers.maxPooling2d({ poolSize: 2 }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 10, activation: 'softmax' }),
        ]
      : [
          tf.layers.dense({ inputShape: [784], units: 128, activation: 'relu' }),
          tf.layers.dense({ units: 64, activation: 'relu' }),
          tf.layers.dense({ units: 10, activation: 'softmax' }),
        ];
  const model = tf.sequential({ layers });
  model.compile({
    optimizer: tf.train.sgd(lr),
    loss: 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  return model;
}

/** Runs the demo and returns where it wrote. */
export async function runDemo(
  o: DemoOptions,
): Promise<{ out: string; logPath?: string; panelPath?: string; mlflowRunUrl?: string }> {
  const say = (m: string) => o.quiet || console.log(m);
  const backend = await selectBackend(o.backend);
  say(`backend: ${backend.backend} (${backend.reason})`);
  const out = resolve(o.out);
  const trainSize = Math.min(8000, Math.max(o.batch * 4, o.steps * o.batch));
  const data = loadMnist(trainSize, 1000, o.model === 'cnn');
  const model = o.build ? o.build(o.lr) : buildModel(o.model, o.lr);
  const runName = o.runName ?? `demo-${o.model}-${o.config}`;

  const sinks: CockpitSink[] = [tensorBoard(out)];
  let mlflowSink: MlflowSink | undefined;
  if (process.env.MLFLOW_TRACKING_URI) {
    mlflowSink = mlflow({ experiment: o.experiment ?? 'tfjs-cockpit-demo', runName });
    sinks.push(mlflowSink);
  }
  const cockpit = new Cockpit(model, {
    configuration: o.config,
    sinks,
    logPath: `${out}/cockpit`,
    runName,
    // The panel also goes to TensorBoard's Images tab (and MLflow) as training goes on.
    panelInterval: 100,
  });

  const stepsPerEpoch = Math.floor(trainSize / o.batch);
  const epochs = Math.max(1, Math.ceil(o.steps / stepsPerEpoch));
  const bar = o.quiet ? null : progressBar(o.steps);
  let failed: unknown;
  try {
    for (let epoch = 0; epoch < epochs && cockpit.step < o.steps; epoch++) {
      const remaining = o.steps - cockpit.step;
      const n = Math.min(trainSize, remaining * o.batch);
      const x = data.train.x.slice(0, n);
      const y = data.train.y.slice(0, n);
      await model.fit(x, y, {
        epochs: 1,
        batchSize: o.batch,
        shuffle: true,
        validationData: [data.test.x, data.test.y],
        verbose: 0,
        callbacks: [
          cockpit.callback(),
          new tf.CustomCallback({
            onBatchEnd: async (_b, logs) => bar?.update(cockpit.step, logs?.loss as number),
          }),
        ],
      });
      tf.dispose([x, y]);
    }
  } catch (err) {
    failed = err;
  }
  bar?.end();
  const summary = await cockpit.close(
    failed ? { status: 'failed', error: String(failed) } : { status: 'finished' },
  );
  if (failed) throw failed;
  const mlflowRunUrl = mlflowSink?.runUrl;
  say(
    `\nwrote ${summary.logPath} and ${summary.panelPath ?? '(no panel)'} and TensorBoard events in ${out}`,
  );
  say(`look at it in TensorBoard:\n  tensorboard --logdir ${out}`);
  if (mlflowRunUrl) say(`MLflow run: ${mlflowRunUrl}`);
  tf.dispose([data.train.x, data.train.y, data.test.x, data.test.y]);
  model.dispose();
  return { out, logPath: summary.logPath, panelPath: summary.panelPath, mlflowRunUrl };
}

function parse(argv: string[]): DemoOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string', default: 'economy' },
      steps: { type: 'string', default: '300' },
      out: { type: 'string', default: 'runs/demo' },
      model: { type: 'string', default: 'mlp' },
      lr: { type: 'string', default: '0.1' },
      batch: { type: 'string', default: '64' },
      backend: { type: 'string', default: 'auto' },
      experiment: { type: 'string' },
    },
  });
  const fail = (m: string): never => {
    console.error(m);
    process.exit(2);
  };
  if (!['economy', 'business', 'full'].includes(values.config!))
    fail(`--config must be economy, business or full, got "${values.config}"`);
  if (!['mlp', 'cnn'].includes(values.model!))
    fail(`--model must be mlp or cnn, got "${values.model}"`);
  if (!['auto', 'wasm', 'cpu'].includes(values.backend!))
    fail(`--backend must be auto, wasm or cpu, got "${values.backend}"`);
  const steps = Number(values.steps);
  const batch = Number(values.batch);
  const lr = Number(values.lr);
  if (!Number.isInteger(steps) || steps < 2)
    fail(`--steps must be an integer ≥ 2, got "${values.steps}"`);
  if (!Number.isInteger(batch) || batch < 2)
    fail(`--batch must be an integer ≥ 2, got "${values.batch}"`);
  if (!(lr > 0)) fail(`--lr must be a positive number, got "${values.lr}"`);
  return {
    config: values.config as ConfigurationName,
    steps,
    out: values.out!,
    model: values.model as 'mlp' | 'cnn',
    lr,
    batch,
    backend: values.backend as DemoOptions['backend'],
    experiment: values.experiment,
  };
}

if (
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.endsWith('examples/demo.ts')
) {
  runDemo(parse(process.argv.slice(2))).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
