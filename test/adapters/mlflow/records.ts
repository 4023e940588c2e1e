/**
 * The record source for the MLflow integration tests: realistic StepRecords built from the golden
 * cases' reference values (expected[Quantity][step], transposed to log[step][Quantity]), repeated
 * with a slow drift to make a longer run, plus cockpit.log metrics and a few non-finite values.
 * Swap this one function for a real Cockpit training run when the core exists.
 */
import { readFileSync } from 'node:fs';
import type { QuantityName, RunInfo, StepRecord, StepValues } from '../../../core/record.js';
import { QUANTITY_NAMES } from '../../../core/record.js';

const GOLDEN = '/work/shared/golden/mlp-ce-sgd.case.json';

interface GoldenCase {
  model: { inputShape: number[]; layers: { type: string; units: number; activation: string }[] };
  optimizer: { type: string; learningRate: number; momentum: number };
  quantities: Record<string, { trackSchedule: unknown }>;
  expected: Record<string, Record<string, unknown>>;
}

const decode = (v: unknown): unknown =>
  v === 'NaN'
    ? NaN
    : v === 'Infinity'
      ? Infinity
      : v === '-Infinity'
        ? -Infinity
        : Array.isArray(v)
          ? v.map(decode)
          : v;

function scale(v: unknown, f: number): unknown {
  if (typeof v === 'number') return v * f;
  if (Array.isArray(v)) return v.map((x) => scale(x, f));
  return v; // histograms stay as they are
}

/** `steps` records (one per step, plus a log-only record at every 10th step) and the RunInfo they belong to. */
export function cockpitRun(steps = 60): { run: RunInfo; records: StepRecord[] } {
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as GoldenCase;
  const goldenSteps = Object.keys(golden.expected.Loss)
    .map(Number)
    .sort((a, b) => a - b);
  let inputs = golden.model.inputShape[0];
  const layers = golden.model.layers.map((l, i) => {
    const params = inputs * l.units + l.units;
    const layer = {
      name: `dense_${i + 1}`,
      className: 'Dense',
      outputShape: `[null,${l.units}]`,
      parameterCount: params,
    };
    inputs = l.units;
    return layer;
  });
  inputs = golden.model.inputShape[0];
  const parameters = golden.model.layers.flatMap((l, i) => {
    const out = [
      {
        name: `dense_${i + 1}/kernel`,
        layer: `dense_${i + 1}`,
        param: 'kernel',
        shape: [inputs, l.units],
      },
      { name: `dense_${i + 1}/bias`, layer: `dense_${i + 1}`, param: 'bias', shape: [l.units] },
    ];
    inputs = l.units;
    return out;
  });
  const startTime = 1_700_000_000;
  const run: RunInfo = {
    runName: 'golden-mlp-ce-sgd',
    configuration: 'full',
    quantities: QUANTITY_NAMES.filter((q) => q in golden.quantities).map((name: QuantityName) => ({
      name,
      schedule: String(golden.quantities[name].trackSchedule),
      options: name === 'GradHist1d' ? { bins: 100 } : {},
    })),
    parameters,
    layers,
    optimizer: { className: 'SGD', config: { learningRate: golden.optimizer.learningRate } },
    backend: 'cpu',
    startTime,
  };

  const records: StepRecord[] = [];
  for (let step = 0; step < steps; step++) {
    const source = goldenSteps[step % goldenSteps.length];
    const drift = 0.97 ** Math.floor(step / goldenSteps.length);
    const values: StepValues = {};
    for (const [q, byStep] of Object.entries(golden.expected)) {
      if (q === 'Time' || q === 'Parameters' || !(String(source) in byStep)) continue;
      values[q] = scale(decode(byStep[String(source)]), drift) as StepValues[string];
    }
    // Non-finite values the Cockpit can produce (e.g. Alpha with a zero step, CABS blow-ups).
    if (step === 7) values.Alpha = NaN;
    if (step === 11) values.CABS = Infinity;
    if (step === 13) values.MeanGSNR = -Infinity;
    const wallTime = startTime + 1 + step * 0.25;
    records.push({ step, wallTime, values });
    if (step % 10 === 9) {
      records.push({
        step,
        wallTime: wallTime + 0.1,
        values: {
          epoch_count: (step + 1) / 10,
          train_loss: values.Loss as number,
          learning_rate: 0.1 * drift,
        },
      });
    }
  }
  return { run, records };
}
