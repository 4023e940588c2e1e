/**
 * The Cockpit: attaches to a compiled tfjs model, computes the configured quantities on the
 * exact batches `fit`/`fitDataset`/`trainOnBatch` train on, and hands one record per tracked
 * step to its sinks.
 *
 * How it hooks in: the model's (inner) `makeTrainFunction` is wrapped on the instance, so the
 * train function of every fit/fitDataset/trainOnBatch call first runs the quantities' pre-update
 * work on (x, y) at θ_t, then the original update, then the post-update work with θ_{t+1}.
 * Values are read back asynchronously once per step (in the callback's onBatchEnd, or flush()).
 */
import * as tf from '@tensorflow/tfjs';
import { Engine, type StepStatistics } from './engine/engine.js';
import { GradientOnlyEngine } from './engine/gradient-only.js';
import { applyActivation } from './engine/activations.js';
import { UnsupportedLayerError } from './errors.js';
import { innerModel } from './engine/model-view.js';
import { CockpitConfigError } from './errors.js';
import { installTfjsPatches } from './patches/index.js';
import type { ScheduleSpec } from './schedules.js';
import {
  resolveQuantities,
  type ConfigurationName,
  type QuantitySpec,
} from './quantities/index.js';
import type { OptimizerInfo, PostContext, Quantity, StepContext } from './quantities/quantity.js';
import { GRADIENT_ONLY_QUANTITIES } from './record.js';
import type {
  CockpitLog,
  CockpitSink,
  QuantityName,
  QuantityValue,
  RunArtifact,
  RunEnd,
  RunInfo,
  StepRecord,
  StepValues,
} from './record.js';
import { writeLog, serializeLog } from '../exporters/json-log.js';

export interface CockpitOptions {
  /** The reference's configurations: 'economy' (default), 'business', 'full'. */
  configuration?: ConfigurationName;
  /** Or an explicit list: names, `{ name, schedule, ...options }`, or Quantity instances. */
  quantities?: readonly (QuantityName | QuantitySpec | Quantity)[];
  /** Default schedule for every quantity: 'every step' (default), `{ every: n }`, `{ log: {...} }`, ... */
  schedule?: ScheduleSpec;
  /** Where records go (TensorBoard, MLflow, gRPC, ...). */
  sinks?: CockpitSink[];
  /** close() writes the JSON log here (".json" appended) and, with `panel`, the picture beside it. */
  logPath?: string;
  /** Render the panel (PNG) beside the JSON log at close and hand it to sinks (default true). */
  panel?: boolean;
  /**
   * Also render the panel and hand it to the sinks (TensorBoard image, MLflow artifact, gRPC
   * blob) every N steps, off the training step (default 0: only at close).
   */
  panelInterval?: number;
  /** Name shown in trackers (default: a timestamp). */
  runName?: string;
  /**
   * Install the tfjs patches (kernel fixes and exact second-order gradients; global registry
   * changes, see core/patches). Default true; without them HessMaxEV and conv nets on wasm fail.
   */
  patches?: boolean;
  /**
   * On steps where the Cockpit runs its pass anyway, apply the optimizer to the Cockpit's own
   * batch gradient (and compute fit's loss and metrics from its forward) instead of running the
   * model's train function a second time: the same update up to float32 round-off, one forward
   * and backward fewer. Used only when it is exact: every layer has an engine rule, no
   * regularizers, no sample weights. Default true.
   */
  fusedUpdate?: boolean;
  /** Receives warnings (default: console.warn with a prefix). Each distinct warning is sent once. */
  onWarning?: (message: string) => void;
}

/** Metrics for {@link Cockpit.log}, named like the reference's `log` arguments. */
export interface EpochMetrics {
  epoch?: number;
  trainLoss?: number;
  validLoss?: number;
  testLoss?: number;
  trainAccuracy?: number;
  validAccuracy?: number;
  testAccuracy?: number;
  learningRate?: number;
}

const LOG_NAME: Record<keyof EpochMetrics, string> = {
  epoch: 'epoch_count',
  trainLoss: 'train_loss',
  validLoss: 'valid_loss',
  testLoss: 'test_loss',
  trainAccuracy: 'train_accuracy',
  validAccuracy: 'valid_accuracy',
  testAccuracy: 'test_accuracy',
  learningRate: 'learning_rate',
};

/** What close() reports. */
export interface CloseSummary {
  steps: number;
  logPath?: string;
  panelPath?: string;
  sinkErrors: string[];
}

interface PendingRead {
  tensors: tf.Tensor[];
  resolve: (values: Float32Array[]) => void;
}

type TrainFunction = (data: tf.Tensor[]) => tf.Scalar[];

/** The Cockpit for one model. */
export class Cockpit {
  /** The engine (or, for models with layers it has no rule for, the gradient-only fallback). */
  readonly engine: Engine | GradientOnlyEngine;
  readonly quantities: Quantity[];
  readonly configuration: string;
  readonly runInfo: RunInfo;
  /** The next global step (number of train-function calls seen). */
  step = 0;
  private readonly output: CockpitLog = {};
  private readonly sinks: CockpitSink[];
  private readonly sinkQueues: Promise<void>[];
  private readonly sinkErrors: string[] = [];
  private reads: PendingRead[] = [];
  private readonly warned = new Set<string>();
  private emittedUpTo = -1;
  private readonly inner: tf.LayersModel & { makeTrainFunction: () => TrainFunction };
  private readonly originalMakeTrainFunction: () => TrainFunction;
  private closed = false;
  private current: {
    stats: StepStatistics | null;
    snapshot: tf.Tensor[] | null;
    ctx: StepContext;
  } | null = null;

  constructor(
    readonly model: tf.LayersModel,
    private readonly options: CockpitOptions = {},
  ) {
    if (!(model instanceof tf.LayersModel)) {
      throw new CockpitConfigError(
        'Cockpit(model): model must be a tf.Sequential or tf.LayersModel',
      );
    }
    if (options.patches !== false) installTfjsPatches();
    this.inner = innerModel(model) as typeof this.inner;
    if (this.inner.inputs.length !== 1 || this.inner.outputs.length !== 1) {
      throw new CockpitConfigError('the Cockpit supports models with one input and one output');
    }
    const { label, quantities } = resolveQuantities(
      options.configuration,
      options.quantities,
      options.schedule,
    );
    this.engine = chooseEngine(model, quantities);
    this.configuration = label;
    // The reference tracks HessMaxEV last (after freeing BackPACK buffers); keep its order.
    this.quantities = [
      ...quantities.filter((q) => q.name !== 'HessMaxEV'),
      ...quantities.filter((q) => q.name === 'HessMaxEV'),
    ];
    if (
      options.panelInterval !== undefined &&
      !(Number.isInteger(options.panelInterval) && options.panelInterval >= 0)
    ) {
      throw new CockpitConfigError(
        `option panelInterval must be an integer ≥ 0, got ${options.panelInterval}`,
      );
    }
    this.runInfo = this.describeRun();
    this.sinks = options.sinks ?? [];
    this.sinkQueues = this.sinks.map(() => Promise.resolve());
    this.sinks.forEach((_, i) => this.toSink(i, (s) => s.open(this.runInfo)));

    this.originalMakeTrainFunction = this.inner.makeTrainFunction;
    const original = this.originalMakeTrainFunction;
    // fit, fitDataset and trainOnBatch build a fresh train function per call on the inner model.
    this.inner.makeTrainFunction = () => {
      const train = original.call(this.inner);
      return (data: tf.Tensor[]) => {
        this.beforeUpdate(data[0], data[1]);
        let out: tf.Scalar[];
        try {
          out = this.fusedUpdate(data) ?? train(data);
        } catch (err) {
          this.abandonStep();
          throw err;
        }
        this.afterUpdate();
        return out;
      };
    };
  }

  /** A `tf.Callback` for `model.fit`/`fitDataset`: reads values back per batch and logs epoch metrics. */
  callback(): tf.Callback {
    return new CockpitCallback(this);
  }

  /** Resolves fit's epoch logs into `log(...)` metrics. */
  async logEpoch(epoch: number, logs?: tf.Logs): Promise<void> {
    await this.flush();
    // fit hands tf.Callback subclasses unresolved logs (scalar tensors); resolve them.
    const l: Record<string, number> = {};
    for (const [key, value] of Object.entries(logs ?? {})) {
      const v = value as unknown;
      if (typeof v === 'number') l[key] = v;
      else if (v instanceof tf.Tensor && !v.isDisposed) l[key] = (await v.data())[0];
    }
    const pick = (...keys: string[]) => keys.map((k) => l[k]).find((v) => typeof v === 'number');
    this.log({
      epoch,
      trainLoss: pick('loss'),
      validLoss: pick('val_loss'),
      trainAccuracy: pick('acc', 'accuracy', 'categoricalAccuracy'),
      validAccuracy: pick('val_acc', 'val_accuracy', 'val_categoricalAccuracy'),
      learningRate: this.optimizerInfo().learningRate,
    });
  }

  /** Adds epoch-level metrics at the last trained step, like the reference's `log`. */
  log(metrics: EpochMetrics & Record<string, number | undefined>): void {
    const step = Math.max(0, this.step - 1);
    const values: StepValues = {};
    for (const [key, value] of Object.entries(metrics)) {
      if (value === undefined) continue;
      values[LOG_NAME[key as keyof EpochMetrics] ?? key] = value;
    }
    Object.assign((this.output[step] ??= {}), values);
    this.broadcast({ step, wallTime: Date.now() / 1000, values });
  }

  /** Reads back every pending value and sends completed steps to the sinks. */
  async flush(): Promise<void> {
    const reads = this.reads;
    this.reads = [];
    if (reads.length > 0) {
      try {
        const values = await Promise.all(
          reads.flatMap((r) => r.tensors.map((t) => t.data() as Promise<Float32Array>)),
        );
        let i = 0;
        for (const r of reads) {
          this.resolveRead(r, values.slice(i, i + r.tensors.length));
          i += r.tensors.length;
        }
      } catch (err) {
        this.warnOnce(
          'read',
          `reading back the cockpit's values failed: ${(err as Error).message}`,
        );
      } finally {
        reads.forEach((r) => tf.dispose(r.tensors));
      }
    }
    this.emitCompleted(this.step - 2);
  }

  /** Same as flush, synchronously (used when a step starts before the previous was flushed). */
  private flushSync(): void {
    const reads = this.reads;
    this.reads = [];
    for (const r of reads) {
      try {
        this.resolveRead(
          r,
          r.tensors.map((t) => t.dataSync() as Float32Array),
        );
      } finally {
        tf.dispose(r.tensors);
      }
    }
  }

  /** Hands read-back values to their quantity; a failing one is reported, the others go on. */
  private resolveRead(read: PendingRead, values: Float32Array[]): void {
    try {
      read.resolve(values);
    } catch (err) {
      this.warnOnce(
        'resolve',
        `a quantity failed on its read-back values: ${(err as Error).message}`,
      );
    }
  }

  /** The log in the reference's get_output() layout: `output[step][quantity]`. */
  getOutput(): CockpitLog {
    return this.output;
  }

  /** Writes the JSON log in the reference's format; returns the path written. */
  async write(path: string): Promise<string> {
    await this.flush();
    return writeLog(this.output, path);
  }

  /**
   * Flushes, writes the JSON log and panel (when `logPath` is set), sends the final artifacts,
   * closes every sink and restores the model's train function.
   */
  async close(end: RunEnd = { status: 'finished' }): Promise<CloseSummary> {
    if (this.closed) return { steps: this.step, sinkErrors: this.sinkErrors };
    this.closed = true;
    await this.flush();
    this.emitCompleted(this.step);
    this.inner.makeTrainFunction = this.originalMakeTrainFunction;
    const summary: CloseSummary = { steps: this.step, sinkErrors: this.sinkErrors };
    const lastStep = Math.max(0, this.step - 1);
    if (this.options.logPath) summary.logPath = await writeLog(this.output, this.options.logPath);
    const artifacts: RunArtifact[] = [
      {
        kind: 'log',
        step: lastStep,
        fileName: 'cockpit.json',
        contentType: 'application/json',
        data: new TextEncoder().encode(serializeLog(this.output)),
      },
    ];
    if (this.options.panel !== false && Object.keys(this.output).length > 0) {
      try {
        const { panelArtifact, statusReport, reportArtifact, formatReport } =
          await import('../exporters/index.js');
        const findings = statusReport(this.output, { batchSize: this.lastBatchSize });
        const report = formatReport(findings);
        console.log(report);
        const panel = await panelArtifact(this.output, lastStep, {
          title: this.panelTitle,
          report: findings,
        });
        artifacts.push(panel, reportArtifact(findings, lastStep));
        if (this.options.logPath) {
          const { writeFile } = await import('node:fs/promises');
          const { dirname, join } = await import('node:path');
          summary.panelPath = join(dirname(summary.logPath!), 'panel.png');
          await writeFile(summary.panelPath, panel.data);
        }
      } catch (err) {
        this.warnOnce('panel', `could not render the panel: ${(err as Error).message}`);
      }
    }
    for (const artifact of artifacts)
      this.sinks.forEach((_, i) => this.toSink(i, (s) => s.artifact?.(artifact)));
    this.sinks.forEach((_, i) => this.toSink(i, (s) => s.close(end)));
    await Promise.all(this.sinkQueues);
    this.quantities.forEach((q) => q.dispose());
    return summary;
  }

  private lastBatchSize: number | undefined;

  /** Learning rate and class of the model's optimizer. */
  optimizerInfo(): OptimizerInfo {
    const opt = this.inner.optimizer as unknown as {
      getClassName(): string;
      learningRate?: number;
      momentum?: number;
    };
    const className = opt?.getClassName?.() ?? 'unknown';
    return {
      className,
      learningRate: typeof opt?.learningRate === 'number' ? opt.learningRate : NaN,
      plainSgd: className === 'SGD',
    };
  }

  // ---- the step ---------------------------------------------------------------------------

  private beforeUpdate(x: tf.Tensor, y: tf.Tensor): void {
    if (this.closed) return;
    // A step must see the previous step's values (two-step quantities): read them now if the
    // caller did not flush (trainOnBatch without flush()).
    if (this.reads.length > 0) this.flushSync();
    const t = this.step;
    this.lastBatchSize = x.shape[0];
    const needs = new Set(this.quantities.flatMap((q) => q.needs(t)));
    const params = this.engine.view.variables.map((v) => v.read());
    let stats: StepStatistics | null = null;
    try {
      if (needs.has('pass')) stats = this.engine.pass(x, y);
    } catch (err) {
      // The Cockpit must never stop training: the step's quantities are skipped (reported).
      this.warnOnce(
        'pass',
        `the cockpit's pass failed at step ${t}; its quantities are skipped: ${(err as Error).message}`,
      );
    }
    const snapshot = needs.has('snapshot') ? params.map((p) => tf.keep(p.clone())) : null;
    const ctx: StepContext = {
      step: t,
      stats: () => {
        if (!stats)
          throw new Error(`internal: a quantity used the pass at step ${t} without declaring it`);
        return stats;
      },
      params,
      optimizer: this.optimizerInfo(),
      read: (tensors, resolve) =>
        this.reads.push({ tensors: tensors.map((tt) => tf.keep(tt.clone())), resolve }),
      store: () => {
        throw new Error('internal: store is bound per quantity');
      },
      warnOnce: (key, message) => this.warnOnce(key, message),
    };
    this.current = { stats, snapshot, ctx };
    tf.tidy(() => {
      for (const q of this.quantities) {
        if (!stats && q.needs(t).includes('pass')) continue; // the pass failed: skip, reported
        this.runIsolated(q, () => q.pre(this.bind(ctx, q)));
      }
    });
  }

  private afterUpdate(): void {
    if (this.closed || !this.current) return;
    const { snapshot, ctx } = this.current;
    const post: PostContext = {
      ...ctx,
      before: snapshot ?? [],
      after: this.engine.view.variables.map((v) => v.read()),
    };
    tf.tidy(() => {
      for (const q of this.quantities) {
        const needs = q.needs(ctx.step);
        if (!snapshot && needs.includes('snapshot')) continue;
        if (!this.current?.stats && needs.includes('pass')) continue;
        this.runIsolated(q, () => q.post(this.bind(post, q)));
      }
    });
    this.releaseStep();
    this.step++;
  }

  /**
   * Performs the training step from the Cockpit's pass (see `fusedUpdate`), returning what the
   * model's train function returns ([loss, ...metrics]); undefined when the step cannot be fused.
   */
  private fusedUpdate(data: tf.Tensor[]): tf.Scalar[] | undefined {
    const stats = this.current?.stats;
    if (this.options.fusedUpdate === false || !stats || !(this.engine instanceof Engine))
      return undefined;
    const inner = this.inner as unknown as {
      calculateLosses(): tf.Scalar[];
      metricsTensors: [(y: tf.Tensor, p: tf.Tensor) => tf.Tensor, number][];
      optimizer: tf.Optimizer;
      collectedTrainableWeights?: tf.LayerVariable[];
    };
    const engine = this.engine;
    const variables = engine.view.variables;
    // Exact only with the variables compile() collected (layer.trainable may change later),
    // no sample weights and no regularizer terms in the loss.
    const compiled = inner.collectedTrainableWeights ?? variables;
    if (
      data.length !== 2 ||
      compiled.length !== variables.length ||
      compiled.some((v, i) => v !== variables[i]) ||
      tf.tidy(() => inner.calculateLosses().length) > 0
    ) {
      return undefined;
    }
    // trainOnBatch and fitDataset call the train function outside a tidy: keep only the outputs.
    return tf.tidy(() => {
      const gradients = stats.gradient();
      inner.optimizer.applyGradients(
        variables.map((v, i) => ({ name: (v.read() as tf.Variable).name, tensor: gradients[i] })),
      );
      const head = engine.head;
      const output = head.absorbs
        ? applyActivation(head.absorbs, stats.pass.headInput)
        : stats.pass.headInput;
      const metrics = inner.metricsTensors.map(([fn]) => tf.mean(fn(data[1], output)) as tf.Scalar);
      return [stats.loss.clone(), ...metrics];
    });
  }

  /** The train function threw: free the step's tensors and keep the step counter. */
  private abandonStep(): void {
    this.releaseStep();
  }

  private releaseStep(): void {
    if (!this.current) return;
    this.current.stats?.dispose();
    if (this.current.snapshot) tf.dispose(this.current.snapshot);
    this.current = null;
  }

  /** The context as one quantity sees it: its values are stored under its own name. */
  private bind<C extends StepContext>(ctx: C, q: Quantity): C {
    return {
      ...ctx,
      store: (step: number, value: QuantityValue, key?: string) =>
        this.store(step, key ?? q.name, value),
    };
  }

  /** A failing quantity is reported and skipped; training goes on. */
  private runIsolated(q: Quantity, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.warnOnce(
        `${q.name}:error`,
        `${q.name} failed at step ${this.step} and is skipped: ${(err as Error).message}`,
      );
    }
  }

  private store(step: number, key: string, value: QuantityValue): void {
    (this.output[step] ??= {})[key] = value;
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    (this.options.onWarning ?? ((m: string) => console.warn(`[tfjs-cockpit] ${m}`)))(message);
  }

  // ---- sinks ------------------------------------------------------------------------------

  /** Sends records of every step ≤ `upTo` not yet sent (values of step t are final after t+1). */
  private emitCompleted(upTo: number): void {
    const steps = Object.keys(this.output)
      .map(Number)
      .filter((s) => s > this.emittedUpTo && s <= upTo)
      .sort((a, b) => a - b);
    for (const step of steps) {
      const values = Object.fromEntries(
        Object.entries(this.output[step]).filter(([k]) => !(k in REVERSE_LOG_NAME)),
      );
      if (Object.keys(values).length > 0) {
        const time = this.output[step].Time;
        this.broadcast({
          step,
          wallTime: typeof time === 'number' ? time : Date.now() / 1000,
          values,
        });
      }
    }
    if (upTo > this.emittedUpTo) this.emittedUpTo = upTo;
    const every = this.options.panelInterval ?? 0;
    if (every > 0 && this.options.panel !== false && this.sinks.length > 0 && steps.length > 0) {
      const last = steps[steps.length - 1];
      if (last - this.lastPanelStep >= every) {
        this.lastPanelStep = last;
        this.sendPanel(last);
      }
    }
  }

  private lastPanelStep = 0;

  private get panelTitle(): string {
    return `Cockpit for ${this.runInfo.optimizer.className}`;
  }

  /**
   * Renders the panel of the log so far and hands it to the sinks, off the training step: the
   * render is queued behind each sink's pending calls, a failure is reported once.
   */
  private sendPanel(step: number): void {
    const snapshot: CockpitLog = structuredClone(this.output);
    const title = this.panelTitle;
    const rendering = import('../exporters/index.js').then(({ panelArtifact }) =>
      panelArtifact(snapshot, step, { title }),
    );
    rendering.catch((err: Error) =>
      this.warnOnce('panel', `could not render the panel: ${err.message}`),
    );
    this.sinks.forEach((_, i) =>
      this.toSink(i, async (s) => {
        const artifact = await rendering.catch(() => null);
        if (artifact) await s.artifact?.(artifact);
      }),
    );
  }

  private broadcast(record: StepRecord): void {
    this.sinks.forEach((_, i) => this.toSink(i, (s) => s.write(record)));
  }

  /** Queues a call on one sink; a slow sink delays only itself, a failing one is reported. */
  private toSink(index: number, call: (sink: CockpitSink) => unknown): void {
    const sink = this.sinks[index];
    this.sinkQueues[index] = this.sinkQueues[index]
      .then(() => call(sink))
      .then(
        () => undefined,
        (err: unknown) => {
          const message = `sink ${sink.name}: ${(err as Error)?.message ?? err}`;
          this.sinkErrors.push(message);
          this.warnOnce(`sink:${sink.name}`, message);
        },
      );
  }

  private describeRun(): RunInfo {
    const opt = this.optimizerInfo();
    const optimizer = this.inner.optimizer as unknown as {
      getConfig?: () => Record<string, unknown>;
    };
    const quantitySchedule = (q: Quantity) => q.schedule.describe;
    return {
      runName: this.options.runName ?? new Date().toISOString().replace(/[:.]/g, '-'),
      configuration: this.configuration,
      quantities: this.quantities.map((q) => ({
        name: q.name,
        schedule: quantitySchedule(q),
        options: q.options(),
      })),
      parameters: this.engine.view.parameters,
      layers: this.model.layers.map((l) => ({
        name: l.name,
        className: l.getClassName(),
        outputShape: JSON.stringify(l.outputShape),
        parameterCount: l.countParams(),
      })),
      optimizer: { className: opt.className, config: optimizer?.getConfig?.() ?? {} },
      backend: tf.getBackend(),
      startTime: Date.now() / 1000,
    };
  }
}

/**
 * The full engine; for a model with an unsupported layer, the gradient-only fallback when every
 * requested quantity can use it, else an UnsupportedLayerError naming the layer and the quantities
 * that need it.
 */
function chooseEngine(model: tf.LayersModel, quantities: Quantity[]): Engine | GradientOnlyEngine {
  try {
    return new Engine(model);
  } catch (err) {
    if (!(err instanceof UnsupportedLayerError)) throw err;
    const needing = quantities
      .filter((q) => !(GRADIENT_ONLY_QUANTITIES as readonly string[]).includes(q.name))
      .map((q) => q.name);
    if (needing.length > 0) {
      throw new UnsupportedLayerError(
        err.layerName,
        err.className,
        `${err.detail}, but quantities ${needing.join(', ')} need per-sample rules for every layer`,
        [...GRADIENT_ONLY_QUANTITIES],
      );
    }
    return new GradientOnlyEngine(model);
  }
}

/** The Keras-style callback: reads values back per batch, logs epoch metrics. */
class CockpitCallback extends tf.Callback {
  constructor(private readonly cockpit: Cockpit) {
    super();
  }
  override async onBatchEnd(): Promise<void> {
    await this.cockpit.flush();
  }
  override async onEpochEnd(epoch: number, logs?: tf.Logs): Promise<void> {
    await this.cockpit.logEpoch(epoch, logs);
  }
  override async onTrainEnd(): Promise<void> {
    await this.cockpit.flush();
  }
}

const REVERSE_LOG_NAME: Record<string, true> = Object.fromEntries(
  Object.values(LOG_NAME).map((v) => [v, true]),
);
