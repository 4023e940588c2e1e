/**
 * A small MLflow tracking REST client (2.0 paths, MLflow 2.x and 3.x) on axios: experiments,
 * runs, log-batch, params, tags, metric history and artifact upload through the server's artifact
 * proxy. Every failure is an {@link MlflowError}; retriable ones are retried per {@link RetryOptions}.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { resolveConnection, type Connection, type ConnectionOptions } from './connection.js';
import { findFault, MlflowError } from './errors.js';
import { withRetry, type RetryOptions } from './retry.js';
import type {
  ArtifactFile,
  Experiment,
  KeyValue,
  LogBatch,
  MetricEntry,
  MlflowRun,
  MlflowRunInfo,
  RunStatus,
} from './types.js';

export interface MlflowClientOptions extends ConnectionOptions {
  /** Retry policy for every request, or `false` to try each request once. */
  retry?: RetryOptions | false;
}

type Method = 'GET' | 'POST' | 'PUT';

/** Per-call overrides: the retry policy and a signal that aborts the request and retry waits. */
export interface RequestOptions {
  retry?: RetryOptions | false;
  signal?: AbortSignal;
}

/** REST client for one tracking server. Call {@link MlflowClient.close} to release sockets. */
export class MlflowClient {
  // ES private fields: util.inspect/console.log of a client never shows the Authorization header.
  readonly #connection: Connection;
  readonly #http: AxiosInstance;
  readonly #agent: http.Agent;
  private readonly retry: RetryOptions | false;

  constructor(options: MlflowClientOptions = {}) {
    this.#connection = resolveConnection(options);
    this.retry = options.retry ?? {};
    const isHttps = this.#connection.baseUrl.startsWith('https:');
    // Keep-alive: log-batch requests come in a steady stream; reconnecting each time costs more than the request.
    this.#agent = isHttps
      ? httpsAgent(this.#connection)
      : new http.Agent({ keepAlive: true, maxSockets: 4 });
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.#connection.authorization) headers.Authorization = this.#connection.authorization;
    this.#http = axios.create({
      baseURL: this.#connection.baseUrl,
      timeout: this.#connection.timeoutMs,
      headers,
      httpAgent: isHttps ? undefined : this.#agent,
      httpsAgent: isHttps ? this.#agent : undefined,
      // Statuses are turned into MlflowErrors below; axios' own errors would carry the auth header in `config`.
      validateStatus: () => true,
      maxBodyLength: Infinity,
      maxContentLength: Infinity,
      transitional: { clarifyTimeoutError: true },
    });
  }

  /** Where the server is, without credentials. */
  get baseUrl(): string {
    return this.#connection.baseUrl;
  }

  /** The tracking URI without credentials, as used in messages. */
  get trackingUri(): string {
    return this.#connection.displayUri;
  }

  /** Closes idle keep-alive sockets so the process can exit. */
  close(): void {
    this.#agent.destroy();
  }

  // ---- experiments -------------------------------------------------------------------------

  /** The experiment with this name, or undefined when none exists (may be a deleted one: see lifecycle_stage). */
  async getExperimentByName(
    name: string,
    opts: RequestOptions = {},
  ): Promise<Experiment | undefined> {
    try {
      const res = await this.call<{ experiment: Experiment }>('GET', 'experiments/get-by-name', {
        query: { experiment_name: name },
        ...opts,
      });
      return res.experiment;
    } catch (err) {
      if (err instanceof MlflowError && err.status === 404) return undefined;
      throw err;
    }
  }

  async createExperiment(
    name: string,
    tags: KeyValue[] = [],
    opts: RequestOptions = {},
  ): Promise<string> {
    const res = await this.call<{ experiment_id: string }>('POST', 'experiments/create', {
      body: { name, tags },
      ...opts,
    });
    return res.experiment_id;
  }

  /**
   * The id of the active experiment `name`, creating it if needed (tolerating a concurrent create).
   * A deleted experiment of that name is an error: MLflow keeps the name reserved.
   */
  async getOrCreateExperiment(name: string, opts: RequestOptions = {}): Promise<string> {
    let experiment = await this.getExperimentByName(name, opts);
    if (!experiment) {
      try {
        return await this.createExperiment(name, [], opts);
      } catch (err) {
        if (!(err instanceof MlflowError && err.errorCode === 'RESOURCE_ALREADY_EXISTS')) throw err;
        experiment = await this.getExperimentByName(name, opts);
        if (!experiment) throw err;
      }
    }
    if (experiment.lifecycle_stage === 'deleted') {
      throw new Error(
        `MLflow experiment "${name}" (id ${experiment.experiment_id}) at ${this.trackingUri} is deleted; restore it or choose another experiment name`,
      );
    }
    return experiment.experiment_id;
  }

  // ---- runs --------------------------------------------------------------------------------

  async createRun(request: {
    experimentId: string;
    runName?: string;
    startTime?: number;
    tags?: KeyValue[];
  }): Promise<MlflowRun> {
    const res = await this.call<{ run: MlflowRun }>('POST', 'runs/create', {
      body: {
        experiment_id: request.experimentId,
        run_name: request.runName,
        start_time: request.startTime ?? Date.now(),
        tags: request.tags ?? [],
      },
    });
    return res.run;
  }

  async updateRun(request: {
    runId: string;
    status?: RunStatus;
    endTime?: number;
    runName?: string;
  }): Promise<MlflowRunInfo> {
    const res = await this.call<{ run_info: MlflowRunInfo }>('POST', 'runs/update', {
      body: {
        run_id: request.runId,
        status: request.status,
        end_time: request.endTime,
        run_name: request.runName,
      },
    });
    return res.run_info;
  }

  async getRun(runId: string): Promise<MlflowRun> {
    const res = await this.call<{ run: MlflowRun }>('GET', 'runs/get', {
      query: { run_id: runId },
    });
    return res.run;
  }

  /** One page of runs/search. */
  async searchRuns(request: {
    experimentIds: string[];
    filter?: string;
    maxResults?: number;
    orderBy?: string[];
    pageToken?: string;
  }): Promise<{ runs: MlflowRun[]; nextPageToken?: string }> {
    const res = await this.call<{ runs?: MlflowRun[]; next_page_token?: string }>(
      'POST',
      'runs/search',
      {
        body: {
          experiment_ids: request.experimentIds,
          filter: request.filter,
          max_results: request.maxResults,
          order_by: request.orderBy,
          page_token: request.pageToken,
        },
      },
    );
    return { runs: res.runs ?? [], nextPageToken: res.next_page_token };
  }

  /** Logs metrics, params and tags in one request; the caller keeps it within MLFLOW_LIMITS. */
  async logBatch(runId: string, batch: LogBatch, opts: RequestOptions = {}): Promise<void> {
    await this.call('POST', 'runs/log-batch', {
      body: {
        run_id: runId,
        metrics: batch.metrics ?? [],
        params: batch.params ?? [],
        tags: batch.tags ?? [],
      },
      ...opts,
    });
  }

  async setTag(runId: string, key: string, value: string): Promise<void> {
    await this.call('POST', 'runs/set-tag', { body: { run_id: runId, key, value } });
  }

  async logParameter(runId: string, key: string, value: string): Promise<void> {
    await this.call('POST', 'runs/log-parameter', { body: { run_id: runId, key, value } });
  }

  /** The full history of one metric (all pages), values as the server returns them. */
  async getMetricHistory(runId: string, metricKey: string): Promise<MetricEntry[]> {
    const out: MetricEntry[] = [];
    let pageToken: string | undefined;
    do {
      const res = await this.call<{ metrics?: MetricEntry[]; next_page_token?: string }>(
        'GET',
        'metrics/get-history',
        {
          query: {
            run_id: runId,
            metric_key: metricKey,
            page_token: pageToken,
            max_results: 25_000,
          },
        },
      );
      out.push(...(res.metrics ?? []));
      pageToken = res.next_page_token || undefined;
    } while (pageToken);
    return out;
  }

  // ---- artifacts ---------------------------------------------------------------------------

  /** Lists a run's artifacts under `path` through the tracking API. */
  async listArtifacts(runId: string, path?: string): Promise<ArtifactFile[]> {
    const res = await this.call<{ files?: ArtifactFile[] }>('GET', 'artifacts/list', {
      query: { run_id: runId, path },
    });
    return res.files ?? [];
  }

  /** Uploads `data` as `path` (relative, `/`-separated) into the run whose artifact root is `artifactUri`. */
  async uploadArtifact(
    artifactUri: string,
    path: string,
    data: Uint8Array,
    contentType = 'application/octet-stream',
    opts: RequestOptions = {},
  ): Promise<void> {
    await this.call('PUT', artifactProxyPath(artifactUri, path, this.trackingUri), {
      raw: data,
      contentType,
      endpoint: `mlflow-artifacts upload of ${path}`,
      ...opts,
    });
  }

  /** Downloads an artifact through the proxy. */
  async downloadArtifact(artifactUri: string, path: string): Promise<Buffer> {
    return this.call<Buffer>('GET', artifactProxyPath(artifactUri, path, this.trackingUri), {
      binary: true,
      endpoint: `mlflow-artifacts download of ${path}`,
    });
  }

  // ---- plumbing ----------------------------------------------------------------------------

  /**
   * One request (with retries). `endpoint` is relative to `/api/2.0/mlflow/` unless it starts
   * with `/` (absolute path on the server).
   */
  async call<T = unknown>(
    method: Method,
    endpoint: string,
    opts: {
      query?: Record<string, unknown>;
      body?: unknown;
      raw?: Uint8Array;
      contentType?: string;
      binary?: boolean;
      endpoint?: string;
      retry?: RetryOptions | false;
      /** Aborts the request and any retry wait. */
      signal?: AbortSignal;
    } = {},
  ): Promise<T> {
    const retry = opts.retry ?? this.retry;
    const once = () => this.send<T>(method, endpoint, opts);
    return retry === false
      ? once()
      : withRetry(once, { ...retry, signal: opts.signal ?? retry.signal });
  }

  private async send<T>(
    method: Method,
    endpoint: string,
    opts: {
      query?: Record<string, unknown>;
      body?: unknown;
      raw?: Uint8Array;
      contentType?: string;
      binary?: boolean;
      endpoint?: string;
      signal?: AbortSignal;
    },
  ): Promise<T> {
    const url = endpoint.startsWith('/') ? endpoint : `/api/2.0/mlflow/${endpoint}`;
    const name = opts.endpoint ?? endpoint;
    let res: AxiosResponse;
    try {
      res = await this.#http.request({
        method,
        url,
        params: opts.query ? dropUndefined(opts.query) : undefined,
        data: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
        headers: {
          'Content-Type': opts.raw
            ? (opts.contentType ?? 'application/octet-stream')
            : 'application/json',
        },
        responseType: opts.binary ? 'arraybuffer' : 'text',
        transformResponse: (x: unknown) => x,
        signal: opts.signal,
      });
    } catch (err) {
      // Only the code and message: the axios error object holds the request config (with headers).
      const e = err as { code?: string; message?: string };
      throw new MlflowError({
        endpoint: name,
        trackingUri: this.trackingUri,
        errorCode: e.code,
        serverMessage: e.message,
      });
    }
    if (res.status >= 200 && res.status < 300) {
      if (opts.binary) return Buffer.from(res.data as ArrayBuffer) as T;
      const text = String(res.data ?? '');
      if (text.trim() === '') return {} as T;
      try {
        return JSON.parse(text) as T;
      } catch {
        throw new MlflowError({
          endpoint: name,
          trackingUri: this.trackingUri,
          status: res.status,
          errorCode: 'INVALID_RESPONSE',
          serverMessage: `not JSON: ${text.slice(0, 200)}`,
        });
      }
    }
    const text = opts.binary
      ? Buffer.from(res.data as ArrayBuffer).toString('utf8')
      : String(res.data ?? '');
    let errorCode: string | undefined;
    let message = text.slice(0, 500).trim();
    try {
      const parsed = JSON.parse(text) as { error_code?: string; message?: string };
      errorCode = parsed.error_code;
      message = parsed.message ?? message;
    } catch {
      /* proxies and the security middleware answer in plain text */
    }
    const retryAfter = Number(res.headers['retry-after']);
    throw new MlflowError({
      endpoint: name,
      trackingUri: this.trackingUri,
      status: res.status,
      errorCode,
      serverMessage: message || undefined,
      fault: res.status >= 400 && res.status < 500 ? findFault(message, opts.body) : undefined,
      retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
    });
  }
}

/** Keep-alive HTTPS agent honouring the TLS options (insecure, CA bundle, client certificate). */
function httpsAgent(c: Connection): https.Agent {
  const read = (path: string, what: string) => {
    try {
      return readFileSync(path);
    } catch (err) {
      throw new Error(`cannot read ${what} ${JSON.stringify(path)}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  };
  const clientPem = c.clientCertPath
    ? read(c.clientCertPath, 'clientCertPath/MLFLOW_TRACKING_CLIENT_CERT_PATH')
    : undefined;
  return new https.Agent({
    keepAlive: true,
    maxSockets: 4,
    rejectUnauthorized: !c.insecureTls,
    ca: c.serverCertPath
      ? read(c.serverCertPath, 'serverCertPath/MLFLOW_TRACKING_SERVER_CERT_PATH')
      : undefined,
    cert: clientPem,
    key: clientPem,
  });
}

function dropUndefined(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
}

/**
 * The server path of an artifact (H.3): for `mlflow-artifacts:[//host:port]/<prefix>` it is
 * `/api/2.0/mlflow-artifacts/artifacts/<prefix>/<path>`; http(s) proxy URIs are used as they are.
 */
export function artifactProxyPath(artifactUri: string, path: string, trackingUri: string): string {
  const rel = path.split('/').filter((s) => s !== '' && s !== '.');
  if (rel.length === 0 || rel.some((s) => s === '..')) {
    throw new Error(
      `artifact path ${JSON.stringify(path)} must be relative, without ".." segments`,
    );
  }
  const encode = (segments: string[]) => segments.map(encodeURIComponent).join('/');
  const proxied = /^mlflow-artifacts:(?:\/\/[^/]*)?\/?(.*)$/.exec(artifactUri);
  if (proxied) {
    const prefix = proxied[1].split('/').filter(Boolean);
    return `/api/2.0/mlflow-artifacts/artifacts/${encode([...prefix, ...rel])}`;
  }
  if (/^https?:\/\//.test(artifactUri)) {
    // Already a proxy URL (e.g. behind a static prefix): keep its path, send it to our server.
    const pathname = new URL(artifactUri).pathname.replace(/\/+$/, '');
    if (pathname.includes('/api/2.0/mlflow-artifacts/artifacts'))
      return `${pathname}/${encode(rel)}`;
  }
  throw new Error(
    `the run's artifact_uri ${JSON.stringify(artifactUri)} is not served by the tracking server at ${trackingUri}; ` +
      'start it with --serve-artifacts (default) and without a filesystem --default-artifact-root so REST clients can upload',
  );
}
