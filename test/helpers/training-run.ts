/**
 * A real training run with the Cockpit attached, for tracker integration tests: a small MLP on
 * real MNIST digits (the `mnist` package) trained with model.fit (shuffle on, validation data,
 * two epochs), the given sinks plus a recorder that keeps every record the sinks received.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { Cockpit, type CockpitOptions } from '../../core/cockpit.js';
import type {
  CockpitLog,
  CockpitSink,
  RunArtifact,
  RunInfo,
  StepRecord,
} from '../../core/record.js';
import { loadMnist } from '../../examples/mnist-data.js';

/** Keeps what a sink would receive. */
export class RecordingSink implements CockpitSink {
  readonly name = 'recorder';
  run?: RunInfo;
  records: StepRecord[] = [];
  artifacts: RunArtifact[] = [];
  open(run: RunInfo) {
    this.run = run;
  }
  write(record: StepRecord) {
    this.records.push(record);
  }
  artifact(a: RunArtifact) {
    this.artifacts.push(a);
  }
  close() {}
}

export interface TrainingRun {
  run: RunInfo;
  records: StepRecord[];
  artifacts: RunArtifact[];
  log: CockpitLog;
  steps: number;
}

/**
 * Trains 2 epochs of `stepsPerEpoch` batches of 32 digits with the cockpit in `configuration`
 * and returns what the sinks received and the Cockpit's own log.
 */
export async function realTrainingRun(
  sinks: CockpitSink[],
  options: {
    configuration?: CockpitOptions['configuration'];
    stepsPerEpoch?: number;
    backend?: string;
  } = {},
): Promise<TrainingRun> {
  await tf.setBackend(options.backend ?? 'wasm');
  tf.enableProdMode();
  const batch = 32;
  const steps = options.stepsPerEpoch ?? 6;
  const data = loadMnist(steps * batch, 64);
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [784], units: 32, activation: 'relu' }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
  model.compile({
    optimizer: tf.train.sgd(0.1),
    loss: 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  const recorder = new RecordingSink();
  const cockpit = new Cockpit(model, {
    configuration: options.configuration ?? 'full',
    sinks: [...sinks, recorder],
    runName: 'mnist-mlp-real',
    onWarning: () => undefined,
  });
  await model.fit(data.train.x, data.train.y, {
    epochs: 2,
    batchSize: batch,
    shuffle: true,
    validationData: [data.test.x, data.test.y],
    callbacks: [cockpit.callback()],
  });
  await cockpit.close();
  tf.dispose([data.train.x, data.train.y, data.test.x, data.test.y]);
  model.dispose();
  return {
    run: recorder.run!,
    records: recorder.records,
    artifacts: recorder.artifacts,
    log: cockpit.getOutput(),
    steps: cockpit.step,
  };
}
