/**
 * The contract between the Cockpit (which computes on tensors) and everything that consumes its
 * results (sinks, exporters, the panel). Nothing here knows about tensors: values are plain
 * numbers, arrays and `{ hist, edges }` objects shaped like the reference's log.
 */

/** The 19 quantities, named exactly as the reference's classes (and JSON log keys). */
export const QUANTITY_NAMES = [
  'Loss',
  'Time',
  'Parameters',
  'Distance',
  'UpdateSize',
  'GradNorm',
  'GradHist1d',
  'GradHist2d',
  'NormTest',
  'InnerTest',
  'OrthoTest',
  'Alpha',
  'CABS',
  'EarlyStopping',
  'MeanGSNR',
  'HessTrace',
  'HessMaxEV',
  'TICDiag',
  'TICTrace',
] as const;
export type QuantityName = (typeof QUANTITY_NAMES)[number];

/** Quantities computable from the batch gradient and loss alone (no per-sample rules needed). */
export const GRADIENT_ONLY_QUANTITIES = [
  'Loss',
  'Time',
  'Parameters',
  'Distance',
  'UpdateSize',
  'GradNorm',
] as const satisfies readonly QuantityName[];

/** Keys written by `cockpit.log(...)`, as the reference's `log` writes them. */
export const LOG_KEYS = [
  'epoch_count',
  'train_loss',
  'valid_loss',
  'test_loss',
  'train_accuracy',
  'valid_accuracy',
  'test_accuracy',
  'learning_rate',
] as const;
export type LogKey = (typeof LOG_KEYS)[number];

/** GradHist1d: counts per bin (`bins`) and the `bins + 1` edges. */
export interface Histogram1d {
  hist: number[];
  edges: number[];
}

/**
 * GradHist2d: `hist[i][j]` counts gradient bin `i` (axis 0) against parameter bin `j` (axis 1);
 * `edges = [gradientEdges, parameterEdges]`.
 */
export interface Histogram2d {
  hist: number[][];
  edges: [number[], number[]];
}

/**
 * A value of one quantity at one step:
 * - a number (Loss, Time, NormTest, Alpha, ...; may be NaN/±Infinity),
 * - a per-parameter list (GradNorm, Distance, UpdateSize, HessTrace),
 * - a histogram, or nested lists (Parameters).
 */
export type QuantityValue = number | number[] | Histogram1d | Histogram2d | NestedNumbers[];
export type NestedNumbers = number | NestedNumbers[];

/** Everything recorded at one step: quantity values and `log(...)` metrics, keyed by name. */
export type StepValues = { [key: string]: QuantityValue | undefined };

/**
 * One tracked step as sinks receive it. A step's record is emitted once all its values are
 * complete — Alpha and UpdateSize of step t are only known after step t+1 — so records arrive
 * in step order, one per tracked step (plus log-only records for `cockpit.log`).
 */
export interface StepRecord {
  /** The global training step (0-based optimizer iteration). */
  step: number;
  /** Wall-clock seconds since the Unix epoch at which the step was tracked. */
  wallTime: number;
  /** Quantity values (keys from QUANTITY_NAMES) and log metrics (keys from LOG_KEYS). */
  values: StepValues;
}

/** The whole log: `output[step][key]`, the layout of the reference's `get_output()`. */
export type CockpitLog = { [step: number]: StepValues };

/** One parameter tensor, in the order every per-parameter list uses. */
export interface ParameterInfo {
  /** `<layer>/<param>`, e.g. `dense_1/kernel`; used in tags `cockpit/<Quantity>/<layer>/<param>`. */
  name: string;
  layer: string;
  param: string;
  shape: number[];
}

/** Static facts about a run, handed to every sink once before the first record. */
export interface RunInfo {
  /** Human-readable run name (defaults to a timestamp). */
  runName: string;
  /** 'economy' | 'business' | 'full' or 'custom' for an explicit quantity list. */
  configuration: string;
  /** The tracked quantities with their options and a readable schedule description. */
  quantities: { name: QuantityName; schedule: string; options: Record<string, unknown> }[];
  parameters: ParameterInfo[];
  /** Model summary: one row per layer. */
  layers: { name: string; className: string; outputShape: string; parameterCount: number }[];
  optimizer: { className: string; config: Record<string, unknown> };
  /** The tfjs backend the run trains on, e.g. 'wasm'. */
  backend: string;
  /** Wall-clock seconds since the Unix epoch when tracking started. */
  startTime: number;
}

/** Binary or text output of the run that sinks may store (panel picture, status report, JSON log). */
export interface RunArtifact {
  kind: 'panel' | 'report' | 'log';
  /** The step the artifact reflects (last recorded step). */
  step: number;
  /** File name to use when stored, e.g. `panel.png`, `report.md`, `cockpit.json`. */
  fileName: string;
  contentType: string;
  data: Uint8Array;
}

/** How a run ended, handed to `close`. */
export interface RunEnd {
  status: 'finished' | 'failed';
  error?: string;
}

/**
 * A destination for the Cockpit's records (TensorBoard, MLflow, the gRPC provider, ...).
 * All methods may be async; the Cockpit never awaits them on the training step's critical
 * path, calls them in order, and isolates their failures (a throwing sink is reported, not fatal).
 */
export interface CockpitSink {
  /** Short name used in reports, e.g. `tensorboard`. */
  readonly name: string;
  /** Called once, before the first record. */
  open(run: RunInfo): Promise<void> | void;
  /** One record per tracked step, in step order. */
  write(record: StepRecord): Promise<void> | void;
  /** Optional: artifacts such as the rendered panel, produced at intervals and at close. */
  artifact?(artifact: RunArtifact): Promise<void> | void;
  /** Flush everything and release resources. Must not throw for tracker outages: report instead. */
  close(end: RunEnd): Promise<void> | void;
}
