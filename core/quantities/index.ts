/**
 * The 19 quantities, the reference's configurations, and construction from user options.
 */
import { CockpitConfigError } from '../errors.js';
import { QUANTITY_NAMES, type QuantityName } from '../record.js';
import { everyStep, fromSpec, type Schedule, type ScheduleSpec } from '../schedules.js';
import { Alpha } from './alpha.js';
import { HessTrace, TICDiag, TICTrace } from './curvature.js';
import { GradHist1d, GradHist2d, type BinAdaptation } from './grad-hist.js';
import { InnerTest, NormTest, OrthoTest } from './gradient-tests.js';
import { HessMaxEV } from './hess-max-ev.js';
import { Distance, UpdateSize } from './parameter-distance.js';
import type { Quantity } from './quantity.js';
import { CABS, EarlyStopping, MeanGSNR } from './second-moment.js';
import { GradNorm, Loss, Parameters, Time } from './simple.js';

export { Quantity } from './quantity.js';
export {
  Alpha,
  CABS,
  Distance,
  EarlyStopping,
  GradHist1d,
  GradHist2d,
  GradNorm,
  HessMaxEV,
  HessTrace,
  InnerTest,
  Loss,
  MeanGSNR,
  NormTest,
  OrthoTest,
  Parameters,
  TICDiag,
  TICTrace,
  Time,
  UpdateSize,
};

/** The reference's configurations (cockpit/utils/configuration.py), in its order. */
const ECONOMY = [
  'Alpha',
  'Distance',
  'GradHist1d',
  'GradNorm',
  'InnerTest',
  'Loss',
  'NormTest',
  'OrthoTest',
  'UpdateSize',
] as const;
const BUSINESS = [...ECONOMY, 'TICDiag', 'HessTrace'] as const;
const FULL = [...BUSINESS, 'HessMaxEV', 'GradHist2d'] as const;

export const CONFIGURATIONS = {
  economy: ECONOMY,
  business: BUSINESS,
  full: FULL,
} as const satisfies Record<string, readonly QuantityName[]>;
export type ConfigurationName = keyof typeof CONFIGURATIONS;

/** A quantity named with options: `{ name: 'HessTrace', curvature: 'diag_ggn_exact', schedule: { every: 10 } }`. */
export interface QuantitySpec {
  name: QuantityName;
  schedule?: ScheduleSpec;
  [option: string]: unknown;
}

const adaptation = (spec: unknown, name: string): BinAdaptation | null => {
  if (spec === null || spec === undefined) return null;
  const s = spec as {
    policy?: string;
    schedule?: ScheduleSpec;
    padding?: number;
    minSize?: number;
  };
  if (s.policy !== 'GradAbsMax' && s.policy !== 'ParamAbsMax') {
    throw new CockpitConfigError(
      `${name}: option adapt.policy must be 'GradAbsMax' or 'ParamAbsMax', got ${JSON.stringify(s.policy)}`,
    );
  }
  return {
    policy: s.policy,
    schedule: fromSpec(s.schedule ?? 'every step'),
    padding: s.padding,
    minSize: s.minSize,
  };
};

/** Builds one quantity from its name, schedule and options. */
export function createQuantity(
  name: QuantityName,
  schedule: Schedule,
  options: Record<string, unknown> = {},
): Quantity {
  const o = options as Record<string, any>;
  switch (name) {
    case 'Loss':
      return new Loss(schedule);
    case 'Time':
      return new Time(schedule);
    case 'Parameters':
      return new Parameters(schedule);
    case 'GradNorm':
      return new GradNorm(schedule);
    case 'Distance':
      return new Distance(schedule);
    case 'UpdateSize':
      return new UpdateSize(schedule);
    case 'GradHist1d':
      return new GradHist1d(schedule, {
        bins: o.bins,
        range: o.range,
        adapt: adaptation(o.adapt, name),
      });
    case 'GradHist2d': {
      const adapt = Array.isArray(o.adapt) ? o.adapt : [null, null];
      return new GradHist2d(schedule, {
        bins: o.bins,
        range: o.range,
        adapt: [adaptation(adapt[0], name), adaptation(adapt[1], name)],
      });
    }
    case 'NormTest':
      return new NormTest(schedule);
    case 'InnerTest':
      return new InnerTest(schedule);
    case 'OrthoTest':
      return new OrthoTest(schedule);
    case 'Alpha':
      return new Alpha(schedule);
    case 'CABS':
      return new CABS(schedule);
    case 'EarlyStopping':
      return new EarlyStopping(schedule, o.epsilon);
    case 'MeanGSNR':
      return new MeanGSNR(schedule, o.epsilon);
    case 'HessTrace':
      return new HessTrace(schedule, o.curvature);
    case 'TICDiag':
      return new TICDiag(schedule, o.curvature, o.epsilon);
    case 'TICTrace':
      return new TICTrace(schedule, o.curvature, o.epsilon);
    case 'HessMaxEV':
      return new HessMaxEV(schedule, {
        method: o.method,
        maxIterations: o.maxIterations,
        rtol: o.rtol,
        atol: o.atol,
        warmStart: o.warmStart,
        seed: o.seed,
      });
  }
}

/** Resolves `configuration` / `quantities` options into quantity instances. */
export function resolveQuantities(
  configuration: string | undefined,
  quantities: readonly (QuantityName | QuantitySpec | Quantity)[] | undefined,
  schedule: ScheduleSpec | undefined,
): { label: string; quantities: Quantity[] } {
  const shared = schedule === undefined ? everyStep() : fromSpec(schedule);
  if (configuration !== undefined && quantities !== undefined) {
    throw new CockpitConfigError(
      'give either option "configuration" or option "quantities", not both',
    );
  }
  if (quantities === undefined) {
    const label = configuration ?? 'economy';
    if (!(label in CONFIGURATIONS)) {
      throw new CockpitConfigError(
        `option configuration must be one of ${Object.keys(CONFIGURATIONS).join(', ')}, got "${label}"`,
      );
    }
    return {
      label,
      quantities: CONFIGURATIONS[label as ConfigurationName].map((n) => createQuantity(n, shared)),
    };
  }
  if (quantities.length === 0)
    throw new CockpitConfigError('option quantities is empty: name at least one quantity');
  const seen = new Set<string>();
  const built = quantities.map((q) => {
    if (typeof q === 'object' && 'pre' in q && typeof (q as Quantity).pre === 'function')
      return q as Quantity;
    const spec: QuantitySpec = typeof q === 'string' ? { name: q } : (q as QuantitySpec);
    if (!(QUANTITY_NAMES as readonly string[]).includes(spec.name)) {
      throw new CockpitConfigError(
        `unknown quantity "${spec.name}"; known: ${QUANTITY_NAMES.join(', ')}`,
      );
    }
    const { name, schedule: own, ...options } = spec;
    return createQuantity(name, own === undefined ? shared : fromSpec(own), options);
  });
  for (const q of built) {
    if (seen.has(q.name)) throw new CockpitConfigError(`quantity "${q.name}" is listed twice`);
    seen.add(q.name);
  }
  return { label: 'custom', quantities: built };
}
