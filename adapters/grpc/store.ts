/**
 * The in-memory run store behind the data provider: runs → time series (tag) → reservoir of
 * points, each series typed by the plugin and data class of its first value (trackers.md D.1).
 *
 * Memory is bounded per run: every series keeps at most its reservoir capacity of points and a
 * run holds at most `maxSeriesPerRun` series. Default capacities are the Rust data server's
 * (trackers.md B.6/F.5): scalars 1000, tensors (histograms, layout) 100, blob sequences
 * (images) 10 points per series; `samplesPerPlugin` overrides them per plugin (0 = keep all).
 */
import { Reservoir, type Point } from './reservoir.js';

/** tensorboard.DataClass values. */
export const DataClass = { UNKNOWN: 0, SCALAR: 1, TENSOR: 2, BLOB_SEQUENCE: 3 } as const;
export type DataClassValue = (typeof DataClass)[keyof typeof DataClass];

/** tensorboard.DataType values used here. */
export const DType = {
  FLOAT: 1,
  DOUBLE: 2,
  INT32: 3,
  UINT8: 4,
  STRING: 7,
  INT64: 9,
  BOOL: 10,
} as const;

/** Metadata of a series, fixed by its first value. */
export interface SeriesMetadata {
  pluginName: string;
  /** Plugin content bytes (empty for scalars/histograms/images, version 0). */
  pluginContent?: Uint8Array;
  dataClass: DataClassValue;
  displayName?: string;
  description?: string;
}

/**
 * A tensorboard.TensorProto as a plain object in the field naming of the .proto (what the gRPC
 * layer serializes). Only the members we produce or pass through are typed.
 */
export interface TensorProtoObject {
  dtype: number;
  tensor_shape: { dim: { size: number; name?: string }[]; unknown_rank?: boolean };
  tensor_content?: Uint8Array;
  float_val?: number[];
  double_val?: number[];
  int_val?: number[];
  int64_val?: number[];
  bool_val?: boolean[];
  string_val?: Uint8Array[];
}

/** Value stored per point, by data class. */
export type ScalarValue = number;
export type TensorValue = TensorProtoObject;
/**
 * A blob computed on first read and then kept: the live sink stores GradHist2d heatmaps this way,
 * so a training step does not pay for PNG encoding (≈ 2.7 ms here) of pictures that the image
 * reservoir (10 per series) will mostly drop before anyone looks at them.
 */
export class LazyBlob {
  private cached: Uint8Array | undefined;
  constructor(private readonly make: () => Uint8Array) {}
  get bytes(): Uint8Array {
    this.cached ??= this.make();
    return this.cached;
  }
}

/** One blob: bytes, or bytes made on demand. */
export type Blob = Uint8Array | LazyBlob;
export const blobBytes = (blob: Blob): Uint8Array => (blob instanceof LazyBlob ? blob.bytes : blob);

/** One datum of a blob sequence, e.g. `[width, height, png]` for images. */
export type BlobSequenceValue = Blob[];

export type SeriesValue = ScalarValue | TensorValue | BlobSequenceValue;

/** One time series of a run. */
export interface Series<T extends SeriesValue = SeriesValue> {
  tag: string;
  metadata: SeriesMetadata;
  reservoir: Reservoir<T>;
  maxStep: number;
  maxWallTime: number;
  /** Blob sequences: the largest number of blobs in any datum ever added. */
  maxLength: number;
}

/** One run: its series and the earliest wall time seen (TensorBoard's start time). */
export interface Run {
  name: string;
  startTime: number;
  series: Map<string, Series>;
}

export interface RunStoreOptions {
  /** Reservoir size per plugin name; 0 keeps every point. Unlisted plugins use the data-class default. */
  samplesPerPlugin?: Record<string, number>;
  /** Upper bound of series per run (new tags beyond it are dropped and reported once). */
  maxSeriesPerRun?: number;
  /** Called for dropped data (too many series, conflicting data class, ...). */
  onWarning?: (message: string) => void;
}

/** Default reservoir sizes by data class, as the Rust data server uses them. */
export const DEFAULT_CAPACITY: Record<DataClassValue, number> = {
  [DataClass.UNKNOWN]: 0,
  [DataClass.SCALAR]: 1000,
  [DataClass.TENSOR]: 100,
  [DataClass.BLOB_SEQUENCE]: 10,
};

export const DEFAULT_MAX_SERIES_PER_RUN = 10_000;

/** Stable 32-bit hash so every series samples with its own, reproducible random sequence. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** All runs of one experiment, kept in memory. */
export class RunStore {
  private readonly runs = new Map<string, Run>();
  private readonly warned = new Set<string>();
  private readonly samplesPerPlugin: Record<string, number>;
  private readonly maxSeriesPerRun: number;
  private readonly onWarning: (message: string) => void;

  constructor(options: RunStoreOptions = {}) {
    this.samplesPerPlugin = options.samplesPerPlugin ?? {};
    this.maxSeriesPerRun = options.maxSeriesPerRun ?? DEFAULT_MAX_SERIES_PER_RUN;
    this.onWarning = options.onWarning ?? ((m) => console.warn(`[tfjs-cockpit grpc] ${m}`));
  }

  /** Reservoir size for a series of `pluginName` / `dataClass`. */
  capacityFor(pluginName: string, dataClass: DataClassValue): number {
    return this.samplesPerPlugin[pluginName] ?? DEFAULT_CAPACITY[dataClass];
  }

  /** Creates the run if needed (so it is listed even before its first point). */
  ensureRun(name: string, startTime?: number): Run {
    let run = this.runs.get(name);
    if (!run) {
      run = { name, startTime: startTime ?? Number.POSITIVE_INFINITY, series: new Map() };
      this.runs.set(name, run);
    } else if (startTime !== undefined && startTime < run.startTime) {
      run.startTime = startTime;
    }
    return run;
  }

  getRun(name: string): Run | undefined {
    return this.runs.get(name);
  }

  /** Removes a run (e.g. its directory disappeared). */
  deleteRun(name: string): boolean {
    return this.runs.delete(name);
  }

  /** Runs that hold at least one point, ordered by start time (then name), as ListRuns wants. */
  listRuns(): Run[] {
    return [...this.runs.values()]
      .filter((r) => Number.isFinite(r.startTime))
      .sort(
        (a, b) => a.startTime - b.startTime || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      );
  }

  /** Every run, including empty ones. */
  allRuns(): Run[] {
    return [...this.runs.values()];
  }

  /** Plugin names that have data with a known data class. */
  pluginNames(): string[] {
    const names = new Set<string>();
    for (const run of this.runs.values()) {
      for (const s of run.series.values())
        if (s.reservoir.size > 0) names.add(s.metadata.pluginName);
    }
    return [...names].sort();
  }

  /**
   * Adds one point. `metadata` is only used when the series is new (first value wins, D.1);
   * a value whose kind contradicts the series' data class is dropped with a warning.
   */
  add(runName: string, tag: string, metadata: SeriesMetadata, point: Point<SeriesValue>): void {
    if (!Number.isFinite(point.wallTime)) return; // TensorBoard drops events with non-finite wall time.
    if (metadata.dataClass === DataClass.UNKNOWN || metadata.pluginName === '') return; // invisible, as in TB.
    const run = this.ensureRun(runName, point.wallTime);
    let series = run.series.get(tag);
    if (!series) {
      if (run.series.size >= this.maxSeriesPerRun) {
        this.warnOnce(
          `series:${runName}`,
          `run "${runName}" reached ${this.maxSeriesPerRun} series; dropping new tag "${tag}" and later new tags`,
        );
        return;
      }
      series = {
        tag,
        metadata,
        reservoir: new Reservoir(
          this.capacityFor(metadata.pluginName, metadata.dataClass),
          hashSeed(`${runName}\0${tag}`),
        ),
        maxStep: Number.NEGATIVE_INFINITY,
        maxWallTime: Number.NEGATIVE_INFINITY,
        maxLength: 0,
      };
      run.series.set(tag, series);
    } else if (series.metadata.dataClass !== metadata.dataClass) {
      this.warnOnce(
        `class:${runName}\0${tag}`,
        `run "${runName}" tag "${tag}": value of data class ${metadata.dataClass} ignored, the series has class ${series.metadata.dataClass}`,
      );
      return;
    }
    const preempts = series.reservoir.size > 0 && point.step <= series.maxStep;
    series.reservoir.add(point);
    // The new point is always kept and, after preemption, is the latest stored one.
    series.maxStep = point.step;
    series.maxWallTime = preempts
      ? series.reservoir
          .points()
          .reduce((m, p) => Math.max(m, p.wallTime), Number.NEGATIVE_INFINITY)
      : Math.max(series.maxWallTime, point.wallTime);
    if (Array.isArray(point.value) && series.metadata.dataClass === DataClass.BLOB_SEQUENCE) {
      series.maxLength = Math.max(series.maxLength, point.value.length);
    }
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.onWarning(message);
  }
}
