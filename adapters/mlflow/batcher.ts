/**
 * The batching logger: metrics, params and tags are queued in memory by synchronous calls (never
 * awaiting the network) and sent by one background pump in log-batch requests that respect
 * MLflow's limits — when a batch is full, when the flush timer fires, and on flush().
 *
 * Delivery never loses an entry to an outage: retriable failures are retried with backoff; when
 * retries are used up the batch and everything after it goes to the on-disk spool, the server is
 * probed at growing intervals, and once it answers the spool is replayed in order before new entries.
 * Entries the server rejects as invalid (400) are isolated by splitting the batch, reported, and
 * counted as dropped; the rest of the batch is delivered.
 */
import { MlflowError } from './errors.js';
import { MLFLOW_LIMITS, type MlflowLimits } from './limits.js';
import { resolveRetry, sleep, withRetry, type RetryOptions } from './retry.js';
import { Spool, type SpoolOptions } from './spool.js';
import type { KeyValue, LogBatch, MetricEntry } from './types.js';

/** Where batches go; one attempt per call (the logger does the retrying). */
export interface BatchTarget {
  /** Makes sure the run exists (creates or resumes it). Called before any send. */
  ready(signal?: AbortSignal): Promise<void>;
  send(batch: LogBatch, signal?: AbortSignal): Promise<void>;
  upload(path: string, data: Uint8Array, contentType: string, signal?: AbortSignal): Promise<void>;
}

export interface BatchLoggerOptions {
  /** Send what is queued at least this often (ms). Default 2000. */
  flushIntervalMs?: number;
  /** Retries per request before the server counts as unreachable. Default: 4 retries, 250 ms base, 250 ms jitter. */
  retry?: RetryOptions;
  /** Longest wait between probes of an unreachable server (ms). Default 5000. */
  maxProbeIntervalMs?: number;
  /**
   * Metric points kept in memory at most; beyond it (training outpaces the server) the oldest
   * queued entries move to the spool. Default 100 000.
   */
  maxQueuedMetrics?: number;
  /** The on-disk spool (directory, size bound). */
  spool?: SpoolOptions;
  limits?: Partial<MlflowLimits>;
  /** Told about rejected entries and fatal errors. Default: console.warn. */
  onError?: (error: Error) => void;
  /** Told about outages and recoveries. Default: console.warn. */
  onNotice?: (message: string) => void;
}

/** Delivery figures; counts are metric points unless named otherwise. */
export interface DeliveryStats {
  /** Metric points the server acknowledged. */
  sent: number;
  /** Request retries (attempts after a first failure). */
  retried: number;
  /** Metric points that went through the on-disk spool. */
  spooled: number;
  /** Metric points lost: rejected by the server, refused by a full spool, or after a fatal error. */
  dropped: number;
  /** Metric points not delivered yet (in memory or in the spool). */
  pending: number;
  /** Params and tags the server acknowledged. */
  paramsAndTagsSent: number;
  /** Params and tags rejected or lost. */
  paramsAndTagsDropped: number;
  artifactsUploaded: number;
  artifactsFailed: number;
}

type Entry =
  | { kind: 'metric'; m: MetricEntry; bytes: number }
  | { kind: 'param' | 'tag'; kv: KeyValue; bytes: number };
type Outcome = { ok: true } | { ok: false; rest: LogBatch; error: MlflowError };

const EMPTY_BYTES = 64; // `{"run_id":"<32 hex>","metrics":[],"params":[],"tags":[]}`

/** Queue + pump + spool for one run. */
export class BatchLogger {
  private readonly target: BatchTarget;
  private readonly limits: MlflowLimits;
  private readonly retry: RetryOptions;
  private readonly flushIntervalMs: number;
  private readonly maxProbeIntervalMs: number;
  private readonly maxQueuedMetrics: number;
  private spilling = false;
  private readonly onError: (error: Error) => void;
  private readonly onNotice: (message: string) => void;
  private readonly spool: Spool<LogBatch>;
  private queue: Entry[] = [];
  private queueHead = 0;
  private queuedMetrics = 0;
  private spooledPending = 0;
  private readonly artifacts = new Map<string, { data: Uint8Array; contentType: string }>();
  private readonly stats: DeliveryStats = {
    sent: 0,
    retried: 0,
    spooled: 0,
    dropped: 0,
    pending: 0,
    paramsAndTagsSent: 0,
    paramsAndTagsDropped: 0,
    artifactsUploaded: 0,
    artifactsFailed: 0,
  };
  private readonly errors: string[] = [];
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private kickScheduled = false;
  private timerDue = false;
  private flushing = false;
  private ready = false;
  private offline = false;
  private probeDelayMs = 0;
  private nextProbeAt = 0;
  private fatal?: Error;
  private abort?: AbortController;
  private closed = false;

  constructor(target: BatchTarget, options: BatchLoggerOptions = {}) {
    this.target = target;
    this.limits = { ...MLFLOW_LIMITS, ...options.limits };
    this.retry = { maxRetries: 4, backoffFactorMs: 250, jitterMs: 250, ...options.retry };
    resolveRetry(this.retry); // validate early
    this.flushIntervalMs = options.flushIntervalMs ?? 2000;
    if (!(this.flushIntervalMs > 0))
      throw new Error(`flushIntervalMs must be positive, got ${options.flushIntervalMs}`);
    this.maxProbeIntervalMs = options.maxProbeIntervalMs ?? 5000;
    this.maxQueuedMetrics = options.maxQueuedMetrics ?? 100_000;
    this.onError = options.onError ?? ((e) => console.warn(`[tfjs-cockpit mlflow] ${e.message}`));
    this.onNotice = options.onNotice ?? ((m) => console.warn(`[tfjs-cockpit mlflow] ${m}`));
    this.spool = new Spool<LogBatch>(options.spool);
    this.timer = setInterval(() => {
      this.timerDue = true;
      this.kick();
    }, this.flushIntervalMs);
    this.timer.unref();
  }

  /** The spool file (exists only while something is spooled). */
  get spoolFile(): string {
    return this.spool.file;
  }

  /** True once the server is known unreachable and entries go to the spool. */
  get isOffline(): boolean {
    return this.offline;
  }

  /** Copy of the delivery figures so far. */
  summary(): DeliveryStats & { errors: string[] } {
    return {
      ...this.stats,
      pending: this.queuedMetrics + this.spooledPending,
      errors: [...this.errors],
    };
  }

  // ---- producers (synchronous) ---------------------------------------------------------------

  /** Queues metric points (keys already valid). */
  logMetrics(metrics: MetricEntry[]): void {
    if (this.refuse(metrics.length, 0)) return;
    for (const m of metrics) this.queue.push({ kind: 'metric', m, bytes: m.key.length + 80 });
    this.queuedMetrics += metrics.length;
    if (this.queuedMetrics >= this.limits.metricsPerBatch) this.kick();
    if (this.queuedMetrics > this.maxQueuedMetrics && !this.spilling) {
      this.spilling = true;
      setImmediate(() => void this.spill());
    }
  }

  /**
   * Moves queued entries to the spool when memory holds too many. Order is kept: the pump sends
   * the spool (older) before the queue (newer); only a batch in flight at this moment that then
   * fails lands behind them — harmless for metrics (explicit step and timestamp).
   */
  private async spill(): Promise<void> {
    try {
      while (this.queuedMetrics > this.maxQueuedMetrics / 2 && this.queueHead < this.queue.length) {
        await this.toSpool(this.take());
      }
    } finally {
      this.spilling = false;
    }
  }

  /** Queues params (write-once on the server: the same key with another value is rejected). */
  logParams(params: KeyValue[]): void {
    this.pushKv('param', params);
  }

  /** Queues tags (last value wins). */
  setTags(tags: KeyValue[]): void {
    this.pushKv('tag', tags);
  }

  /** Queues an artifact upload; a later artifact with the same path replaces a pending one. */
  upload(path: string, data: Uint8Array, contentType: string): void {
    if (this.fatal || this.closed) return;
    this.artifacts.set(path, { data, contentType });
    this.kick();
  }

  private pushKv(kind: 'param' | 'tag', entries: KeyValue[]): void {
    if (this.refuse(0, entries.length)) return;
    for (const kv of entries)
      this.queue.push({ kind, kv, bytes: Buffer.byteLength(JSON.stringify(kv)) + 1 });
    this.kick();
  }

  private refuse(metrics: number, others: number): boolean {
    if (!this.fatal && !this.closed) return false;
    this.stats.dropped += metrics;
    this.stats.paramsAndTagsDropped += others;
    return true;
  }

  // ---- flushing ------------------------------------------------------------------------------

  /**
   * Sends everything queued (and replays the spool), waiting at most `timeoutMs` — while the
   * server is down it keeps probing until then. Resolves true when everything was delivered.
   */
  async flush(timeoutMs = 30_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    this.abort = new AbortController();
    const timer = setTimeout(() => this.abort?.abort(), timeoutMs);
    this.flushing = true;
    try {
      while (!this.fatal) {
        await this.kickNow();
        if (!this.hasWork()) return !this.fatal;
        const now = Date.now();
        if (now >= deadline) return false;
        await sleep(Math.max(20, Math.min(deadline, this.nextProbeAt) - now), this.abort.signal);
      }
      return false;
    } finally {
      clearTimeout(timer);
      this.flushing = false;
      this.abort = undefined;
    }
  }

  /**
   * Flushes (bounded by `timeoutMs`) and stops the timer. Undelivered entries stay in the spool
   * file, whose path is returned then (nothing is deleted that was not delivered).
   */
  async close(timeoutMs = 30_000): Promise<{ delivered: boolean; spoolFile?: string }> {
    const delivered = await this.flush(timeoutMs);
    this.closed = true;
    clearInterval(this.timer);
    if (!delivered && !this.fatal) {
      // Keep the undelivered memory entries on disk with the rest.
      await this.spoolQueue();
    }
    const spoolFile = await this.spool.close();
    return { delivered, spoolFile };
  }

  private hasWork(): boolean {
    return this.queueHead < this.queue.length || this.spool.length > 0 || this.artifacts.size > 0;
  }

  /** Starts the pump soon, outside the caller's stack (write() must stay cheap). */
  private kick(): void {
    if (this.kickScheduled || this.closed) return;
    this.kickScheduled = true;
    setImmediate(() => {
      this.kickScheduled = false;
      void this.kickNow();
    });
  }

  private kickNow(): Promise<void> {
    this.running ??= this.pump()
      .catch((err: unknown) => this.report(err instanceof Error ? err : new Error(String(err))))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  // ---- the pump ------------------------------------------------------------------------------

  private async pump(): Promise<void> {
    while (!this.fatal) {
      if (this.offline) {
        await this.spoolQueue();
        if (Date.now() < this.nextProbeAt || !(await this.probe())) return;
        continue;
      }
      if (!this.ready) {
        if (!(await this.attempt(() => this.target.ready(this.abort?.signal), true))) return;
        this.ready = true;
        continue;
      }
      if (this.spool.length > 0) {
        const batch = (await this.spool.peek())!;
        const outcome = await this.deliver(batch, true);
        if (!outcome.ok) return;
        await this.spool.shift();
        this.spooledPending -= batch.metrics?.length ?? 0;
        continue;
      }
      const due =
        this.flushing || this.timerDue || this.queuedMetrics >= this.limits.metricsPerBatch;
      if (this.queueHead < this.queue.length && due) {
        const batch = this.take();
        const outcome = await this.deliver(batch, true);
        if (!outcome.ok) {
          await this.toSpool(outcome.rest);
          return;
        }
        continue;
      }
      this.timerDue = false;
      if (this.artifacts.size > 0) {
        await this.uploadArtifacts();
        if (this.offline) continue;
      }
      return;
    }
  }

  /** One try of the oldest pending batch; success ends the outage. */
  private async probe(): Promise<boolean> {
    const once = { maxRetries: 0 };
    if (!this.ready) {
      if (!(await this.attempt(() => this.target.ready(this.abort?.signal), true, once)))
        return false;
      this.ready = true;
    }
    if (this.spool.length > 0) {
      const batch = (await this.spool.peek())!;
      const outcome = await this.deliver(batch, true, once);
      if (!outcome.ok) return false;
      await this.spool.shift();
      this.spooledPending -= batch.metrics?.length ?? 0;
    }
    this.offline = false;
    this.probeDelayMs = 0;
    this.onNotice(`MLflow server reachable again; replaying ${this.spool.length} spooled batches`);
    return true;
  }

  /**
   * Runs `fn` with retries. Retriable failures switch to offline mode (returns false); other
   * failures are fatal when `fatalOnFailure`, else reported and rethrown.
   */
  private async attempt(
    fn: () => Promise<void>,
    fatalOnFailure: boolean,
    retry?: RetryOptions,
  ): Promise<boolean> {
    try {
      await withRetry(fn, this.retryOptions(retry));
      return true;
    } catch (err) {
      if (err instanceof MlflowError && err.retriable) {
        this.goOffline(err);
        return false;
      }
      if (!fatalOnFailure) throw err;
      this.setFatal(err);
      return false;
    }
  }

  private retryOptions(override?: RetryOptions): RetryOptions {
    return {
      ...this.retry,
      ...override,
      signal: this.abort?.signal,
      onRetry: () => {
        this.stats.retried++;
      },
    };
  }

  /**
   * Sends a batch; entries the server rejects as invalid are isolated by bisection and dropped.
   * On an outage returns the undelivered remainder.
   */
  private async deliver(batch: LogBatch, top: boolean, retry?: RetryOptions): Promise<Outcome> {
    try {
      await withRetry(() => this.target.send(batch, this.abort?.signal), this.retryOptions(retry));
      this.stats.sent += batch.metrics?.length ?? 0;
      this.stats.paramsAndTagsSent += (batch.params?.length ?? 0) + (batch.tags?.length ?? 0);
      return { ok: true };
    } catch (err) {
      if (!(err instanceof MlflowError)) throw err;
      if (err.retriable) {
        if (top) this.goOffline(err);
        return { ok: false, rest: batch, error: err };
      }
      if (err.status !== 400) {
        this.setFatal(err);
        this.countDropped(batch);
        return { ok: true };
      }
      const size = count(batch);
      if (size <= 1) {
        this.report(err);
        this.countDropped(batch);
        return { ok: true };
      }
      const [left, right] = split(batch);
      const a = await this.deliver(left, false, retry);
      if (!a.ok) {
        if (top) this.goOffline(a.error);
        return { ok: false, rest: concat(a.rest, right), error: a.error };
      }
      const b = await this.deliver(right, false, retry);
      if (!b.ok && top) this.goOffline(b.error);
      return b;
    }
  }

  private async uploadArtifacts(): Promise<void> {
    for (const [path, { data, contentType }] of [...this.artifacts]) {
      try {
        await withRetry(
          () => this.target.upload(path, data, contentType, this.abort?.signal),
          this.retryOptions(),
        );
        this.stats.artifactsUploaded++;
      } catch (err) {
        if (err instanceof MlflowError && err.retriable) {
          this.goOffline(err);
          return; // stays pending
        }
        this.stats.artifactsFailed++;
        this.report(err instanceof Error ? err : new Error(String(err)));
      }
      // A newer version queued during the upload replaces it; only delete what was sent.
      if (this.artifacts.get(path)?.data === data) this.artifacts.delete(path);
    }
  }

  // ---- queue and spool -----------------------------------------------------------------------

  /** The next batch from the queue, as large as the limits allow, keeping queue order. */
  private take(): LogBatch {
    const L = this.limits;
    const metrics: MetricEntry[] = [];
    const params: KeyValue[] = [];
    const tags: KeyValue[] = [];
    const paramKeys = new Set<string>();
    let bytes = EMPTY_BYTES;
    let i = this.queueHead;
    for (; i < this.queue.length; i++) {
      const e = this.queue[i];
      if (metrics.length + params.length + tags.length >= L.entriesPerBatch) break;
      if (bytes + e.bytes > L.batchBytes && i > this.queueHead) break;
      if (e.kind === 'metric') {
        if (metrics.length >= L.metricsPerBatch) break;
        metrics.push(e.m);
      } else if (e.kind === 'param') {
        // The server rejects a key twice in one request.
        if (params.length >= L.paramsPerBatch || paramKeys.has(e.kv.key)) break;
        paramKeys.add(e.kv.key);
        params.push(e.kv);
      } else {
        if (tags.length >= L.tagsPerBatch) break;
        tags.push(e.kv);
      }
      bytes += e.bytes;
    }
    this.queueHead = i;
    this.queuedMetrics -= metrics.length;
    this.compactQueue();
    return { metrics, params, tags };
  }

  private compactQueue(): void {
    if (this.queueHead === this.queue.length) {
      this.queue = [];
      this.queueHead = 0;
    } else if (this.queueHead > 4096 && this.queueHead * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.queueHead);
      this.queueHead = 0;
    }
  }

  /** Moves all queued entries into the spool, in batches. */
  private async spoolQueue(): Promise<void> {
    while (this.queueHead < this.queue.length) await this.toSpool(this.take());
  }

  private async toSpool(batch: LogBatch): Promise<void> {
    const metrics = batch.metrics?.length ?? 0;
    if (await this.spool.append(batch)) {
      this.stats.spooled += metrics;
      this.spooledPending += metrics;
    } else {
      this.countDropped(batch);
      this.report(
        new Error(
          `MLflow spool ${this.spool.file} is full (maxBytes ${this.spool.maxBytes}); dropping a batch`,
        ),
      );
    }
  }

  private goOffline(err: MlflowError): void {
    if (!this.offline)
      this.onNotice(`${err.message}; spooling to ${this.spool.file} until it answers`);
    this.offline = true;
    this.probeDelayMs = Math.min(this.maxProbeIntervalMs, Math.max(250, this.probeDelayMs * 2));
    this.nextProbeAt = Date.now() + this.probeDelayMs;
  }

  private setFatal(err: unknown): void {
    const error = err instanceof Error ? err : new Error(String(err));
    if (!this.fatal) this.report(error);
    this.fatal = error;
    // Nothing more can be delivered: account for what is left.
    while (this.queueHead < this.queue.length) this.countDropped(this.take());
  }

  private countDropped(batch: LogBatch): void {
    this.stats.dropped += batch.metrics?.length ?? 0;
    this.stats.paramsAndTagsDropped += (batch.params?.length ?? 0) + (batch.tags?.length ?? 0);
  }

  private report(error: Error): void {
    if (this.errors.length < 50) this.errors.push(error.message);
    this.onError(error);
  }

  /** The fatal error that stopped delivery, if any (e.g. 401/403). */
  get fatalError(): Error | undefined {
    return this.fatal;
  }
}

function count(b: LogBatch): number {
  return (b.metrics?.length ?? 0) + (b.params?.length ?? 0) + (b.tags?.length ?? 0);
}

/** Halves a batch by entry count (metrics, then params, then tags). */
function split(b: LogBatch): [LogBatch, LogBatch] {
  const all: ['metrics' | 'params' | 'tags', unknown][] = [
    ...(b.metrics ?? []).map((x) => ['metrics', x] as ['metrics', unknown]),
    ...(b.params ?? []).map((x) => ['params', x] as ['params', unknown]),
    ...(b.tags ?? []).map((x) => ['tags', x] as ['tags', unknown]),
  ];
  const half = Math.ceil(all.length / 2);
  const build = (items: typeof all): LogBatch => ({
    metrics: items.filter(([k]) => k === 'metrics').map(([, x]) => x as MetricEntry),
    params: items.filter(([k]) => k === 'params').map(([, x]) => x as KeyValue),
    tags: items.filter(([k]) => k === 'tags').map(([, x]) => x as KeyValue),
  });
  return [build(all.slice(0, half)), build(all.slice(half))];
}

function concat(a: LogBatch, b: LogBatch): LogBatch {
  return {
    metrics: [...(a.metrics ?? []), ...(b.metrics ?? [])],
    params: [...(a.params ?? []), ...(b.params ?? [])],
    tags: [...(a.tags ?? []), ...(b.tags ?? [])],
  };
}
