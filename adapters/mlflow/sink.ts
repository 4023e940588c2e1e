/**
 * `mlflow(options)`: a CockpitSink that streams a Cockpit run to an MLflow tracking server over
 * REST. Scalars become metrics (named by adapters/scalar-tags.ts, sanitized to MLflow's key
 * rules), RunInfo becomes params and system tags, histograms and the JSON log become artifacts.
 * write() only queues; delivery, retries and spooling happen in the background (batcher.ts).
 */
import { randomBytes } from 'node:crypto';
import type {
  CockpitLog,
  CockpitSink,
  RunArtifact,
  RunEnd,
  RunInfo,
  StepRecord,
} from '../../core/record.js';
import { serializeLog } from '../../exporters/json-log.js';
import { scalarPoints } from '../scalar-tags.js';
import { BatchLogger, type DeliveryStats } from './batcher.js';
import { MlflowClient, type MlflowClientOptions } from './client.js';
import { MlflowError } from './errors.js';
import { chunkData, HistogramChunker, type HistogramChunk } from './histograms.js';
import {
  encodeMetricValue,
  MLFLOW_LIMITS,
  sanitizeKey,
  truncateValue,
  type MlflowLimits,
} from './limits.js';
import { runInfoParams, systemTags } from './params.js';
import type { RetryOptions } from './retry.js';
import type { MetricEntry, MlflowRun } from './types.js';

export interface MlflowSinkOptions extends Omit<MlflowClientOptions, 'retry'> {
  /** Experiment name (created if missing). Default `MLFLOW_EXPERIMENT_NAME`, else `Default`. */
  experiment?: string;
  /** Experiment id instead of a name. Default `MLFLOW_EXPERIMENT_ID`. */
  experimentId?: string;
  /** Run name; default RunInfo.runName. */
  runName?: string;
  /** Resume this existing run instead of creating one. Default `MLFLOW_RUN_ID`. */
  runId?: string;
  /** Extra run tags. */
  tags?: Record<string, string>;
  /** Upload histograms and the JSON log every this many steps (and always at close); 0 = only at close. Default 1000. */
  artifactInterval?: number;
  /** Send queued metrics at least this often (ms). Default 2000. */
  flushIntervalMs?: number;
  /** How long open() waits for the server before continuing in the background (ms). Default 10 000. */
  openTimeoutMs?: number;
  /**
   * Keep every record to upload the JSON log (`cockpit/cockpit.json`) as an artifact. Default true;
   * turn off for long runs that track big quantities (Parameters) if memory matters.
   */
  jsonLog?: boolean;
  /** How long close() may take to deliver what is left (ms). Default 30 000. */
  closeTimeoutMs?: number;
  /** Spool directory for outages; default `<tmpdir>/tfjs-cockpit-mlflow-spool`. */
  spoolDir?: string;
  /** Spool size bound in bytes; default 512 MiB. */
  spoolMaxBytes?: number;
  /** Retry policy per request before the server counts as unreachable (default: 4 retries from 250 ms). */
  retry?: RetryOptions;
  /** Longest wait between probes of an unreachable server (ms). Default 5000. */
  maxProbeIntervalMs?: number;
  /** Metric points kept in memory before the oldest move to the spool. Default 100 000. */
  maxQueuedMetrics?: number;
  /** Override limits (e.g. `tagValueLength: 5000` for old servers). */
  limits?: Partial<MlflowLimits>;
  /** `mlflow.user` tag; default the OS user. */
  user?: string;
  /** `mlflow.source.name` tag; default the script (process.argv[1]). */
  sourceName?: string;
  /** Told about errors (rejected values, auth failures); default console.warn. */
  onError?: (error: Error) => void;
  /** Told about outages and recoveries; default console.warn. */
  onNotice?: (message: string) => void;
  /** Receives the delivery summary at close. */
  onSummary?: (summary: MlflowSummary) => void;
  /** Use this client (e.g. shared) instead of creating one from the connection options. */
  client?: MlflowClient;
}

/** What close() reports. `dropped` counts metric points that will never reach the server. */
export interface MlflowSummary extends DeliveryStats {
  runId?: string;
  experimentId?: string;
  /** Link to the run in the MLflow UI. */
  runUrl?: string;
  /** The final run status could be set. */
  statusSet: boolean;
  /** Spool file left behind with undelivered batches (JSON lines of log-batch payloads). */
  spoolFile?: string;
  errors: string[];
}

/** Creates the MLflow sink. Connection options fall back to the MLflow environment variables. */
export function mlflow(options: MlflowSinkOptions = {}): MlflowSink {
  return new MlflowSink(options);
}

/** The CockpitSink behind {@link mlflow}. */
export class MlflowSink implements CockpitSink {
  readonly name = 'mlflow';
  readonly client: MlflowClient;
  // ES private: inspecting the sink must not reveal a token or password given in the options.
  readonly #options: MlflowSinkOptions;
  private readonly limits: MlflowLimits;
  private readonly logger: BatchLogger;
  private readonly ownsClient: boolean;
  private readonly uid = randomBytes(8).toString('hex');
  private readonly keyCache = new Map<string, string>();
  private readonly keyOwners = new Set<string>();
  private readonly histograms = new HistogramChunker();
  private readonly log: CockpitLog = {};
  private run?: RunInfo;
  private runIdValue?: string;
  private experimentIdValue?: string;
  private artifactUri?: string;
  private createAttempted = false;
  private ensuring?: Promise<void>;
  private nextArtifactStep: number;
  private lastStep = -1;
  private summaryValue?: MlflowSummary;
  private finishing?: Promise<MlflowSummary>;

  constructor(options: MlflowSinkOptions = {}) {
    this.#options = options;
    this.limits = { ...MLFLOW_LIMITS, ...options.limits };
    const interval = options.artifactInterval ?? 1000;
    if (!(interval >= 0) || !Number.isInteger(interval)) {
      throw new Error(
        `artifactInterval must be a non-negative integer number of steps, got ${options.artifactInterval}`,
      );
    }
    this.nextArtifactStep = interval > 0 ? interval : Infinity;
    this.ownsClient = !options.client;
    this.client = options.client ?? new MlflowClient({ ...options, retry: false });
    this.runIdValue = options.runId ?? (process.env.MLFLOW_RUN_ID || undefined);
    this.logger = new BatchLogger(
      {
        ready: (signal) => this.ensureRun(signal),
        send: (batch, signal) =>
          this.client.logBatch(this.runIdValue!, batch, { retry: false, signal }),
        upload: (path, data, contentType, signal) =>
          this.client.uploadArtifact(this.artifactUri!, path, data, contentType, {
            retry: false,
            signal,
          }),
      },
      {
        flushIntervalMs: options.flushIntervalMs,
        retry: options.retry,
        maxProbeIntervalMs: options.maxProbeIntervalMs,
        maxQueuedMetrics: options.maxQueuedMetrics,
        spool: { dir: options.spoolDir, maxBytes: options.spoolMaxBytes },
        limits: options.limits,
        onError: options.onError,
        onNotice: options.onNotice,
      },
    );
  }

  /** The MLflow run id, once the run exists on the server. */
  get runId(): string | undefined {
    return this.runIdValue;
  }

  get experimentId(): string | undefined {
    return this.experimentIdValue;
  }

  /** Link to the run in the MLflow UI, once known. */
  get runUrl(): string | undefined {
    if (!this.runIdValue || !this.experimentIdValue) return undefined;
    return `${this.client.trackingUri}/#/experiments/${this.experimentIdValue}/runs/${this.runIdValue}`;
  }

  /**
   * Creates (or resumes) the run and queues its params. An unreachable server is not an error:
   * everything is spooled until it answers. Wrong credentials or a refused request throw.
   */
  async open(run: RunInfo): Promise<void> {
    this.run = run;
    this.logger.logParams(runInfoParams(run, this.limits.paramValueLength));
    try {
      // Bounded: a server that accepts connections but hangs must not hold up training.
      await this.ensureRun(AbortSignal.timeout(this.#options.openTimeoutMs ?? 10_000));
    } catch (err) {
      if (err instanceof MlflowError && err.retriable) return; // the logger keeps trying
      throw err;
    }
  }

  /** Queues the record's scalars as metrics; never waits for the network. */
  write(record: StepRecord): void {
    const timestamp = Math.round(record.wallTime * 1000);
    const step = Math.round(record.step);
    const metrics: MetricEntry[] = [];
    for (const point of scalarPoints(record.values, this.run?.parameters ?? [])) {
      metrics.push({
        key: this.metricKey(point.tag),
        value: encodeMetricValue(point.value),
        timestamp,
        step,
      });
    }
    if (metrics.length > 0) this.logger.logMetrics(metrics);
    // Several records may share a step (log-only records): merge as the reference's log does.
    if (this.#options.jsonLog !== false) this.log[step] = { ...this.log[step], ...record.values };
    this.histograms.add(record);
    this.lastStep = Math.max(this.lastStep, step);
    if (step >= this.nextArtifactStep) {
      const interval = this.#options.artifactInterval ?? 1000;
      this.nextArtifactStep = (Math.floor(step / interval) + 1) * interval;
      // Cut the histogram chunk now (cheap); serializing is work, done after the training step returns.
      const chunks = this.histograms.take();
      setImmediate(() => this.queueArtifacts(chunks));
    }
  }

  /** Uploads a panel/report/log artifact; a report's text also becomes the `cockpit.status` tag. */
  artifact(artifact: RunArtifact): void {
    const name = artifact.fileName
      .split('/')
      .filter((s) => s && s !== '.' && s !== '..')
      .join('/');
    const path = `cockpit/${name || artifact.kind}`;
    this.logger.upload(path, artifact.data, artifact.contentType);
    if (artifact.kind === 'report') {
      const text = Buffer.from(artifact.data).toString('utf8');
      this.logger.setTags([
        { key: 'cockpit.status', value: truncateValue(text, this.limits.tagValueLength) },
      ]);
    }
  }

  /**
   * Uploads the final artifacts, delivers what is queued (at most `closeTimeoutMs`) and sets the
   * run to FINISHED or FAILED. The summary goes to `onSummary` (and `summary()`); anything not
   * delivered is also reported through `onError`. Never throws for tracker trouble.
   */
  async close(end: RunEnd): Promise<void> {
    await this.finish(end);
  }

  /** close() that also returns the delivery summary. Idempotent. */
  finish(end: RunEnd): Promise<MlflowSummary> {
    this.finishing ??= this.finishOnce(end);
    return this.finishing;
  }

  private async finishOnce(end: RunEnd): Promise<MlflowSummary> {
    const started = Date.now();
    const timeoutMs = this.#options.closeTimeoutMs ?? 30_000;
    // Let artifact snapshots cut by write() (queued with setImmediate) go first, so the final ones win.
    await new Promise((resolve) => setImmediate(resolve));
    if (end.error)
      this.logger.setTags([
        { key: 'cockpit.error', value: truncateValue(end.error, this.limits.tagValueLength) },
      ]);
    this.queueArtifacts();
    const { spoolFile } = await this.logger.close(timeoutMs);
    let statusSet = false;
    if (this.runIdValue && !this.logger.fatalError) {
      const left = Math.max(1000, timeoutMs - (Date.now() - started));
      try {
        await this.client.call('POST', 'runs/update', {
          body: {
            run_id: this.runIdValue,
            status: end.status === 'failed' ? 'FAILED' : 'FINISHED',
            end_time: Date.now(),
          },
          retry: { maxRetries: 4, backoffFactorMs: 250, jitterMs: 250, ...this.#options.retry },
          signal: AbortSignal.timeout(left),
        });
        statusSet = true;
      } catch (err) {
        this.reportError(
          new Error(
            `could not set the final run status within ${left} ms: ${(err as Error).message}`,
          ),
        );
      }
    }
    if (this.ownsClient) this.client.close();
    this.summaryValue = {
      ...this.logger.summary(),
      runId: this.runIdValue,
      experimentId: this.experimentIdValue,
      runUrl: this.runUrl,
      statusSet,
      spoolFile,
    };
    const s = this.summaryValue;
    if (s.dropped > 0 || s.pending > 0) {
      this.reportError(
        new Error(
          `MLflow run ${s.runId ?? '(not created)'}: ${s.dropped} metric points dropped, ${s.pending} not delivered` +
            (spoolFile ? ` (kept in ${spoolFile})` : ''),
        ),
      );
    }
    this.#options.onSummary?.(s);
    return s;
  }

  /** Delivery figures so far (final after close). */
  summary(): MlflowSummary {
    return (
      this.summaryValue ?? {
        ...this.logger.summary(),
        runId: this.runIdValue,
        experimentId: this.experimentIdValue,
        runUrl: this.runUrl,
        statusSet: false,
      }
    );
  }

  private reportError(error: Error): void {
    (this.#options.onError ?? ((e: Error) => console.warn(`[tfjs-cockpit mlflow] ${e.message}`)))(
      error,
    );
  }

  /** The MLflow key of a scalar tag; distinct tags that sanitize alike get `_2`, `_3`, ... */
  private metricKey(tag: string): string {
    let key = this.keyCache.get(tag);
    if (key === undefined) {
      key = sanitizeKey(tag, this.limits.keyLength);
      for (let n = 2; this.keyOwners.has(key); n++)
        key = sanitizeKey(`${tag}_${n}`, this.limits.keyLength);
      this.keyOwners.add(key);
      this.keyCache.set(tag, key);
    }
    return key;
  }

  private queueArtifacts(chunks: HistogramChunk[] = this.histograms.take()): void {
    if (this.lastStep < 0) return;
    for (const chunk of chunks)
      this.logger.upload(chunk.path, chunkData(chunk), 'application/json');
    if (this.#options.jsonLog !== false) {
      const data = Buffer.from(serializeLog(this.log));
      this.logger.upload('cockpit/cockpit.json', data, 'application/json');
    }
  }

  /** Resolves the experiment and creates or resumes the run (idempotent; one attempt, shared by concurrent callers). */
  private ensureRun(signal?: AbortSignal): Promise<void> {
    if (this.runIdValue && this.artifactUri) return Promise.resolve();
    this.ensuring ??= this.createOrResume(signal).finally(() => {
      this.ensuring = undefined;
    });
    return this.ensuring;
  }

  private async createOrResume(signal?: AbortSignal): Promise<void> {
    const opts = { retry: false as const, signal };
    if (this.runIdValue) {
      const run = (
        await this.client.call<{ run: MlflowRun }>('GET', 'runs/get', {
          query: { run_id: this.runIdValue },
          ...opts,
        })
      ).run;
      if (run.info.lifecycle_stage === 'deleted') {
        throw new Error(
          `MLflow run ${this.runIdValue} (runId/MLFLOW_RUN_ID) at ${this.client.trackingUri} is deleted; restore it or start a new run`,
        );
      }
      this.experimentIdValue = run.info.experiment_id;
      if (run.info.status !== 'RUNNING') {
        await this.client.call('POST', 'runs/update', {
          body: { run_id: this.runIdValue, status: 'RUNNING' },
          ...opts,
        });
      }
      this.artifactUri = run.info.artifact_uri;
      return;
    }
    this.experimentIdValue ??= await this.resolveExperiment(signal);
    const runName = this.#options.runName ?? this.run?.runName ?? new Date().toISOString();
    const tags = [
      ...systemTags({
        runName,
        user: this.#options.user,
        sourceName: this.#options.sourceName,
        tags: this.#options.tags,
      }),
      { key: 'cockpit.run_uid', value: this.uid },
    ];
    if (this.createAttempted) {
      // A create whose answer was lost may have succeeded: find it by our uid instead of making a twin.
      const found = await this.client.call<{ runs?: MlflowRun[] }>('POST', 'runs/search', {
        body: {
          experiment_ids: [this.experimentIdValue],
          filter: `tags."cockpit.run_uid" = '${this.uid}'`,
          max_results: 1,
        },
        ...opts,
      });
      const run = found.runs?.[0];
      if (run) {
        this.runIdValue = run.info.run_id;
        this.artifactUri = run.info.artifact_uri;
        return;
      }
    }
    this.createAttempted = true;
    const res = await this.client.call<{ run: MlflowRun }>('POST', 'runs/create', {
      body: {
        experiment_id: this.experimentIdValue,
        run_name: runName,
        start_time: Math.round((this.run?.startTime ?? Date.now() / 1000) * 1000),
        tags,
      },
      ...opts,
    });
    this.runIdValue = res.run.info.run_id;
    this.artifactUri = res.run.info.artifact_uri;
  }

  private async resolveExperiment(signal?: AbortSignal): Promise<string> {
    const id =
      this.#options.experimentId ??
      (this.#options.experiment ? undefined : process.env.MLFLOW_EXPERIMENT_ID || undefined);
    if (id) return id;
    const name = this.#options.experiment ?? (process.env.MLFLOW_EXPERIMENT_NAME || 'Default');
    return this.client.getOrCreateExperiment(name, { retry: false, signal });
  }
}
