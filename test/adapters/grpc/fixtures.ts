/**
 * Realistic Cockpit records for the gRPC tests: the reference's values of a golden case
 * (`expected[Quantity][step]`, transposed to `log[step][Quantity]`), and a run description
 * matching its two-layer MLP.
 */
import { readFileSync } from 'node:fs';
import { parseLog } from '../../../exporters/json-log.js';
import type {
  CockpitLog,
  ParameterInfo,
  RunInfo,
  StepRecord,
  StepValues,
} from '../../../core/record.js';

const GOLDEN = '/work/shared/golden';

/** `log[step][Quantity]` of a golden case. */
export function goldenLog(name = 'mlp-ce-sgd'): CockpitLog {
  const c = JSON.parse(readFileSync(`${GOLDEN}/${name}.case.json`, 'utf8')) as {
    expected: Record<string, Record<string, unknown>>;
  };
  const byStep: Record<string, Record<string, unknown>> = {};
  for (const [quantity, steps] of Object.entries(c.expected)) {
    for (const [step, value] of Object.entries(steps)) (byStep[step] ??= {})[quantity] = value;
  }
  // parseLog turns the "NaN"/"Infinity" strings of the golden files back into numbers.
  return parseLog(JSON.stringify(byStep));
}

export const PARAMETERS: ParameterInfo[] = [
  { name: 'dense_1/kernel', layer: 'dense_1', param: 'kernel', shape: [6, 5] },
  { name: 'dense_1/bias', layer: 'dense_1', param: 'bias', shape: [5] },
  { name: 'dense_2/kernel', layer: 'dense_2', param: 'kernel', shape: [5, 3] },
  { name: 'dense_2/bias', layer: 'dense_2', param: 'bias', shape: [3] },
];

export function runInfo(runName = 'mlp', startTime = 1_700_000_000): RunInfo {
  const log = goldenLog();
  const quantities = Object.keys(log[0]!).filter((k) => k !== 'Time' && k !== 'Parameters');
  return {
    runName,
    configuration: 'full',
    quantities: quantities.map((name) => ({
      name: name as RunInfo['quantities'][number]['name'],
      schedule: 'every step',
      options: {},
    })),
    parameters: PARAMETERS,
    layers: [
      { name: 'dense_1', className: 'Dense', outputShape: '[null,5]', parameterCount: 35 },
      { name: 'dense_2', className: 'Dense', outputShape: '[null,3]', parameterCount: 18 },
    ],
    optimizer: { className: 'SGD', config: { learningRate: 0.1 } },
    backend: 'cpu',
    startTime,
  };
}

/**
 * The record of global step `step`: the golden case's values of step `step mod 5` (so a run can
 * be as long as a test needs), stamped `startTime + step` seconds, plus the learning rate.
 * THE one place tests get records from; swap in a real Cockpit training run here.
 */
export function recordAt(
  step: number,
  startTime = 1_700_000_000,
  log: CockpitLog = goldenLog(),
): StepRecord {
  const steps = Object.keys(log).map(Number);
  const values: StepValues = { ...log[steps[step % steps.length]!]!, learning_rate: 0.1 };
  delete values.Time; // a record's time is its wallTime
  return { step, wallTime: startTime + step, values };
}
