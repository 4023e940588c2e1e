/**
 * Replays a golden case (shared/golden/FORMAT.md): builds the tfjs model it describes, trains it
 * on the case's batches with the Cockpit tracking the case's quantities on the case's schedules,
 * and returns `{ "<Quantity>": { "<step>": value } }` — the layout of the case's `expected`.
 */
import * as tf from '@tensorflow/tfjs';
import { Cockpit } from './cockpit.js';
import { CockpitConfigError } from './errors.js';
import { QUANTITY_NAMES, type QuantityName } from './record.js';
import type { QuantitySpec } from './quantities/index.js';
import type { ScheduleSpec } from './schedules.js';

export interface GoldenLayer {
  type: 'dense' | 'conv2d' | 'maxPooling2d' | 'averagePooling2d' | 'flatten';
  units?: number;
  filters?: number;
  kernelSize?: [number, number];
  strides?: [number, number];
  poolSize?: [number, number];
  padding?: 'valid' | 'same';
  activation?: string;
  kernel?: unknown;
  bias?: number[];
}

export interface GoldenCase {
  name: string;
  model: { inputShape: number[]; layers: GoldenLayer[] };
  loss: 'softmaxCrossEntropy' | 'meanSquaredError' | string;
  optimizer: {
    type: 'sgd' | 'adam' | string;
    learningRate: number;
    momentum?: number;
    beta1?: number;
    beta2?: number;
    epsilon?: number;
  };
  batches: { x: unknown; y: unknown }[];
  quantities: Record<string, Record<string, unknown>>;
  expected: Record<string, Record<string, unknown>>;
  tolerance: {
    rel: number;
    abs: number;
    histogramCountL1Fraction: number;
    histogramCountL1Abs: number;
    perQuantity?: Record<string, { rel?: number; abs?: number; compareValues?: boolean }>;
  };
  unsupported?: Record<string, string>;
}

export type ReplayOutput = Record<string, Record<string, unknown>>;

/** Builds and compiles the case's model with its weights. */
export function buildCaseModel(c: GoldenCase): tf.LayersModel {
  const layers = c.model.layers.map((l, i) => {
    const first = i === 0 ? { inputShape: c.model.inputShape } : {};
    const activation = (l.activation ?? 'linear') as 'linear';
    switch (l.type) {
      case 'dense':
        return tf.layers.dense({ ...first, units: l.units!, activation });
      case 'conv2d':
        return tf.layers.conv2d({
          ...first,
          filters: l.filters!,
          kernelSize: l.kernelSize!,
          strides: l.strides ?? [1, 1],
          padding: l.padding ?? 'valid',
          activation,
        });
      case 'maxPooling2d':
        return tf.layers.maxPooling2d({
          ...first,
          poolSize: l.poolSize!,
          strides: l.strides,
          padding: l.padding ?? 'valid',
        });
      case 'averagePooling2d':
        return tf.layers.averagePooling2d({
          ...first,
          poolSize: l.poolSize!,
          strides: l.strides,
          padding: l.padding ?? 'valid',
        });
      case 'flatten':
        return tf.layers.flatten(first);
      default:
        throw new CockpitConfigError(
          `case ${c.name}: layer ${i} has unknown type "${(l as { type: string }).type}"`,
        );
    }
  });
  const model = tf.sequential({ layers });
  model.layers.forEach((layer, i) => {
    const spec = c.model.layers[i];
    if (spec.kernel !== undefined)
      layer.setWeights(
        [tf.tensor(spec.kernel as number[]), tf.tensor(spec.bias ?? [])].slice(
          0,
          layer.getWeights().length,
        ),
      );
  });
  const o = c.optimizer;
  let optimizer: tf.Optimizer;
  if (o.type === 'sgd')
    optimizer = o.momentum
      ? tf.train.momentum(o.learningRate, o.momentum, false)
      : tf.train.sgd(o.learningRate);
  else if (o.type === 'adam')
    optimizer = tf.train.adam(o.learningRate, o.beta1, o.beta2, o.epsilon);
  else if (o.type === 'rmsprop') optimizer = tf.train.rmsprop(o.learningRate);
  else
    throw new CockpitConfigError(
      `case ${c.name}: optimizer type "${o.type}" is not supported (sgd, adam, rmsprop)`,
    );
  let loss: string | typeof tf.losses.softmaxCrossEntropy;
  if (c.loss === 'softmaxCrossEntropy') loss = tf.losses.softmaxCrossEntropy;
  else if (c.loss === 'meanSquaredError') loss = 'meanSquaredError';
  else
    throw new CockpitConfigError(
      `case ${c.name}: loss "${c.loss}" is not supported (softmaxCrossEntropy, meanSquaredError)`,
    );
  model.compile({ optimizer, loss: loss as string });
  return model;
}

const keyMap: Record<string, string> = {
  maxIter: 'maxIterations',
  keepIndividual: 'keepIndividual',
};

/** Turns the case's quantity options into Cockpit quantity specs. */
export function caseQuantities(c: GoldenCase): QuantitySpec[] {
  return Object.entries(c.quantities).map(([name, opts]) => {
    if (!(QUANTITY_NAMES as readonly string[]).includes(name))
      throw new CockpitConfigError(`case ${c.name}: unknown quantity "${name}"`);
    const spec: QuantitySpec = {
      name: name as QuantityName,
      schedule: (opts.trackSchedule ?? 'every step') as ScheduleSpec,
    };
    for (const [k, v] of Object.entries(opts)) {
      if (
        [
          'trackSchedule',
          'trackedSteps',
          'semantics',
          'storedAt',
          'scheduleNote',
          'binsExplanation',
          'defaults',
          'usePower',
          'compareValues',
          'valuesSource',
        ].includes(k)
      )
        continue;
      if (k === 'adapt') spec.adapt = normaliseAdapt(v);
      else spec[keyMap[k] ?? k] = v;
    }
    return spec;
  });
}

function normaliseAdapt(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(normaliseAdapt);
  const o = v as Record<string, unknown>;
  return {
    policy: o.policy ?? o.type ?? o.name,
    schedule: o.schedule ?? o.trackSchedule ?? 'every step',
    padding: o.padding,
    minSize: o.minSize ?? o.min_size,
  };
}

/** Replays the case and returns its quantities per step. */
export async function replayCase(
  c: GoldenCase,
  options: { onWarning?: (m: string) => void } = {},
): Promise<ReplayOutput> {
  const model = buildCaseModel(c);
  const quantities = caseQuantities(c);
  const cockpit = new Cockpit(model, {
    quantities,
    panel: false,
    onWarning: options.onWarning ?? (() => undefined),
  });
  try {
    for (const batch of c.batches) {
      const x = tf.tensor(batch.x as number[]);
      const y = tf.tensor(batch.y as number[]);
      await model.trainOnBatch(x, y);
      await cockpit.flush();
      tf.dispose([x, y]);
    }
  } finally {
    await cockpit.close();
  }
  const log = cockpit.getOutput();
  const out: ReplayOutput = {};
  for (const name of Object.keys(c.quantities)) {
    out[name] = {};
    for (const step of Object.keys(log)
      .map(Number)
      .sort((a, b) => a - b)) {
      const v = log[step][name];
      if (v !== undefined) out[name][String(step)] = v;
    }
  }
  model.dispose();
  return out;
}
