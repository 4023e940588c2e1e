/**
 * tfjs-cockpit: the Cockpit training debugger for TensorFlow.js.
 *
 * ```ts
 * const cockpit = new Cockpit(model, { configuration: 'economy', sinks: [tensorBoard('runs/a')] });
 * await model.fit(x, y, { epochs: 3, callbacks: [cockpit.callback()] });
 * await cockpit.close();
 * ```
 */
export { Cockpit, type CockpitOptions, type CloseSummary, type EpochMetrics } from './cockpit.js';
export * from './record.js';
export { UnsupportedLayerError, UnsupportedLossError, CockpitConfigError } from './errors.js';
export {
  linear,
  logarithmic,
  everyStep,
  fromSpec,
  type Schedule,
  type ScheduleSpec,
} from './schedules.js';
export {
  CONFIGURATIONS,
  createQuantity,
  type ConfigurationName,
  type QuantitySpec,
} from './quantities/index.js';
export { Quantity, type StepContext, type PostContext, type Need } from './quantities/quantity.js';
export { Engine, StepStatistics } from './engine/engine.js';
export type { CurvatureKind } from './engine/curvature.js';
export {
  selectBackend,
  describeBackend,
  type BackendChoice,
  type BackendPreference,
} from './backend.js';
export { installTfjsPatches, uninstallTfjsPatches, type PatchOptions } from './patches/index.js';
export { replayCase, type GoldenCase } from './replay.js';
