/**
 * The record sources for the TensorBoard tests.
 *
 * - `cockpitRun()`: the reference Cockpit's values of a golden case (transposed from
 *   `expected[Quantity][step]` to per-step records) with RunInfo built from the case's model, plus
 *   `cockpit.log`-style records (losses, accuracies, learning rate) every 4 steps. Deterministic
 *   and synchronous; used where exact values are asserted.
 * - `liveCockpitRun()`: the same case trained for real by core/cockpit.ts; what its sinks receive.
 */
import { readFileSync } from 'node:fs';
import type {
  ParameterInfo,
  QuantityName,
  RunInfo,
  StepRecord,
  StepValues,
} from '../../../core/record.js';

const GOLDEN = '/work/shared/golden/mlp-ce-sgd-schedules.case.json';

interface GoldenCase {
  name: string;
  model: {
    layers: {
      type: string;
      units: number;
      activation: string;
      kernel: number[][];
      bias: number[];
    }[];
  };
  optimizer: { type: string; learningRate: number; momentum: number };
  quantities: Record<string, { trackSchedule: unknown }>;
  expected: Record<string, Record<string, unknown>>;
}

/** Reference non-finite values are the strings "NaN", "Infinity", "-Infinity". */
function revive(v: unknown): unknown {
  if (v === 'NaN') return NaN;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  if (Array.isArray(v)) return v.map(revive);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));
  return v;
}

export interface RecordedRun {
  run: RunInfo;
  records: StepRecord[];
}

/** A realistic run: RunInfo and the StepRecords in the order the Cockpit emits them. */
export function cockpitRun(startTime = 1_700_000_000): RecordedRun {
  const c = JSON.parse(readFileSync(GOLDEN, 'utf8')) as GoldenCase;
  const parameters: ParameterInfo[] = [];
  const layers: RunInfo['layers'] = [];
  c.model.layers.forEach((l, i) => {
    const layer = `dense_${i + 1}`;
    parameters.push({
      name: `${layer}/kernel`,
      layer,
      param: 'kernel',
      shape: [l.kernel.length, l.units],
    });
    parameters.push({ name: `${layer}/bias`, layer, param: 'bias', shape: [l.units] });
    layers.push({
      name: layer,
      className: 'Dense',
      outputShape: `[null,${l.units}]`,
      parameterCount: l.kernel.length * l.units + l.units,
    });
  });
  const quantities = Object.keys(c.expected).filter(
    (q) => q !== 'Time' && q !== 'Parameters',
  ) as QuantityName[];
  const run: RunInfo = {
    runName: c.name,
    configuration: 'custom',
    quantities: quantities.map((name) => ({
      name,
      schedule: JSON.stringify(c.quantities[name]?.trackSchedule ?? 'every step'),
      options: {},
    })),
    parameters,
    layers,
    optimizer: { className: 'SGDOptimizer', config: { learningRate: c.optimizer.learningRate } },
    backend: 'cpu',
    startTime,
  };
  const byStep = new Map<number, StepValues>();
  for (const q of quantities) {
    for (const [step, value] of Object.entries(c.expected[q]!)) {
      const s = Number(step);
      if (!byStep.has(s)) byStep.set(s, {});
      byStep.get(s)![q] = revive(value) as StepValues[string];
    }
  }
  const records: StepRecord[] = [];
  const steps = [...byStep.keys()].sort((a, b) => a - b);
  for (const step of steps) {
    const values = byStep.get(step)!;
    records.push({ step, wallTime: startTime + step * 0.5, values });
    if (step % 4 === 0 && step > 0) {
      // What `cockpit.log(...)` at the end of an "epoch" would record.
      const loss = values.Loss as number;
      records.push({
        step,
        wallTime: startTime + step * 0.5 + 0.1,
        values: {
          epoch_count: step / 4,
          train_loss: loss,
          valid_loss: loss * 1.1,
          train_accuracy: 0.5 + step / 40,
          valid_accuracy: 0.45 + step / 50,
          learning_rate: c.optimizer.learningRate,
        },
      });
    }
  }
  return { run, records };
}

/** What a sink received from a real Cockpit: RunInfo, records and artifacts, in order. */
export interface LiveRun extends RecordedRun {
  artifacts: RunArtifact[];
}

/**
 * The same golden case trained for real: the tfjs model it describes, on its batches, with the
 * Cockpit tracking its quantities on its schedules (panel and report rendered at close). Returns
 * exactly what the Cockpit handed to its sinks; `extraSinks` receive the same calls live.
 */
export async function liveCockpitRun(extraSinks: CockpitSink[] = []): Promise<LiveRun> {
  const tf = await import('@tensorflow/tfjs');
  const { Cockpit } = await import('../../../core/cockpit.js');
  const { buildCaseModel, caseQuantities } = await import('../../../core/replay.js');
  const c = JSON.parse(readFileSync(GOLDEN, 'utf8')) as ReplayCase;
  const live: LiveRun = { run: undefined as unknown as RunInfo, records: [], artifacts: [] };
  const collector: CockpitSink = {
    name: 'collector',
    open: (run) => void (live.run = run),
    write: (record) => void live.records.push(record),
    artifact: (a) => void live.artifacts.push(a),
    close: () => undefined,
  };
  const model = buildCaseModel(c);
  const cockpit = new Cockpit(model, {
    quantities: caseQuantities(c),
    sinks: [collector, ...extraSinks],
    runName: c.name,
    onWarning: () => undefined,
  });
  try {
    for (const batch of c.batches) {
      const x = tf.tensor(batch.x as number[][]);
      const y = tf.tensor(batch.y as number[][]);
      await model.trainOnBatch(x, y);
      await cockpit.flush();
      tf.dispose([x, y]);
    }
  } finally {
    await cockpit.close({ status: 'finished' });
    model.dispose();
  }
  return live;
}
