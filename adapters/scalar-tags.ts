/**
 * One naming scheme for every tracker: how a StepRecord becomes scalar series.
 *
 * - a scalar quantity `Q` → tag `cockpit/Q`;
 * - a per-parameter quantity (GradNorm, Distance, UpdateSize, HessTrace) → one tag per parameter
 *   tensor, `cockpit/Q/<layer>/<param>`, plus the total `cockpit/Q` the panel draws (root of the
 *   sum of squares for the norms, the plain sum for HessTrace);
 * - `cockpit.log` metrics → `epoch/<key>` (e.g. `epoch/train_loss`), the learning rate as
 *   `hyperparameters/learning_rate`.
 * Histograms, Parameters and Time are not scalar series (Time is each event's wall time).
 */
import type { ParameterInfo, StepValues } from '../core/record.js';
import { LOG_KEYS } from '../core/record.js';

/** Per-parameter quantities and how their total is formed. */
export const PER_PARAMETER_TOTALS: Record<string, 'norm' | 'sum'> = {
  GradNorm: 'norm',
  Distance: 'norm',
  UpdateSize: 'norm',
  HessTrace: 'sum',
};

/** Quantities whose value is one number per step. */
export const SCALAR_QUANTITIES = [
  'Loss',
  'NormTest',
  'InnerTest',
  'OrthoTest',
  'Alpha',
  'CABS',
  'EarlyStopping',
  'MeanGSNR',
  'HessMaxEV',
  'TICDiag',
  'TICTrace',
] as const;

/** Tag of a quantity's total (or only) series. */
export const quantityTag = (quantity: string): string => `cockpit/${quantity}`;
/** Tag of a quantity's series for one parameter tensor. */
export const parameterTag = (quantity: string, parameter: ParameterInfo | string): string =>
  `cockpit/${quantity}/${typeof parameter === 'string' ? parameter : parameter.name}`;
/** Tag of a `cockpit.log` metric. */
export const logTag = (key: string): string =>
  key === 'learning_rate' ? 'hyperparameters/learning_rate' : `epoch/${key}`;

export interface ScalarPoint {
  tag: string;
  value: number;
}

/** Total of a per-parameter list as the panel shows it. */
export function perParameterTotal(quantity: string, values: number[]): number {
  if (PER_PARAMETER_TOTALS[quantity] === 'sum') return values.reduce((a, b) => a + b, 0);
  return Math.sqrt(values.reduce((a, b) => a + b * b, 0));
}

/**
 * Flattens one step's values into scalar points, in a stable order. `parameters` names the
 * entries of per-parameter lists (index i ↔ parameters[i]); without it they are named `param_i`.
 */
export function scalarPoints(values: StepValues, parameters: ParameterInfo[] = []): ScalarPoint[] {
  const points: ScalarPoint[] = [];
  for (const quantity of SCALAR_QUANTITIES) {
    const v = values[quantity];
    if (typeof v === 'number') points.push({ tag: quantityTag(quantity), value: v });
  }
  for (const quantity of Object.keys(PER_PARAMETER_TOTALS)) {
    const v = values[quantity];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'number')) continue;
    const list = v as number[];
    points.push({ tag: quantityTag(quantity), value: perParameterTotal(quantity, list) });
    list.forEach((x, i) =>
      points.push({ tag: parameterTag(quantity, parameters[i] ?? `param_${i}`), value: x }),
    );
  }
  for (const key of LOG_KEYS) {
    const v = values[key];
    if (typeof v === 'number') points.push({ tag: logTag(key), value: v });
  }
  return points;
}
