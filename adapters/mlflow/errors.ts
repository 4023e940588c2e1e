/**
 * One error class for everything the MLflow server (or the way to it) refuses. Messages name the
 * endpoint, the tracking URI without credentials, the HTTP status, MLflow's error_code and, for
 * validation errors of log-batch, the entry at fault. They never contain tokens or passwords.
 */

/** The entry of a log-batch request that the server named in its validation message. */
export interface MlflowFault {
  /** `metrics`, `params` or `tags`. */
  field: string;
  index: number;
  key?: string;
  value?: unknown;
}

export interface MlflowErrorInit {
  endpoint: string;
  trackingUri: string;
  /** HTTP status; undefined for network errors (no response). */
  status?: number;
  /** MLflow's `error_code`, or the network error code (ECONNREFUSED, ETIMEDOUT, ...). */
  errorCode?: string;
  serverMessage?: string;
  fault?: MlflowFault;
  /** Seconds from a `Retry-After` header. */
  retryAfterSeconds?: number;
}

/** An MLflow request that failed; `retriable` says whether trying again can help. */
export class MlflowError extends Error {
  readonly endpoint: string;
  readonly trackingUri: string;
  readonly status?: number;
  readonly errorCode?: string;
  readonly serverMessage?: string;
  readonly fault?: MlflowFault;
  readonly retryAfterSeconds?: number;

  constructor(init: MlflowErrorInit) {
    super(describe(init));
    this.name = 'MlflowError';
    this.endpoint = init.endpoint;
    this.trackingUri = init.trackingUri;
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.serverMessage = init.serverMessage;
    this.fault = init.fault;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** Network errors, 408, 429 and 5xx: the same request may succeed later (H.6). */
  get retriable(): boolean {
    return this.status === undefined || isRetriableStatus(this.status);
  }

  /** No response at all (refused, reset, timed out): the server is unreachable. */
  get unreachable(): boolean {
    return this.status === undefined;
  }

  /** 401/403: credentials missing or wrong. */
  get unauthorized(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** HTTP statuses the official client retries (H.6). */
export function isRetriableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

function describe(init: MlflowErrorInit): string {
  const where = `MLflow ${init.endpoint} at ${init.trackingUri}`;
  if (init.status === undefined) {
    // Node's network messages usually repeat the code ("connect ECONNREFUSED 127.0.0.1:1").
    const detail =
      init.serverMessage && init.errorCode && !init.serverMessage.includes(init.errorCode)
        ? `${init.errorCode}: ${init.serverMessage}`
        : (init.serverMessage ?? init.errorCode ?? 'network error');
    return `${where} is unreachable (${detail})`;
  }
  let text = `${where} failed: HTTP ${init.status}`;
  if (init.errorCode) text += ` ${init.errorCode}`;
  if (init.serverMessage) text += `: ${init.serverMessage}`;
  if (init.fault) {
    const { field, index, key, value } = init.fault;
    text += ` [at ${field}[${index}]${key !== undefined ? ` key=${JSON.stringify(key)}` : ''}${
      value !== undefined ? ` value=${JSON.stringify(value)}` : ''
    }]`;
  }
  if (init.status === 401 || init.status === 403) {
    text +=
      ' — check MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD (or the token/username/password options)';
  }
  return text;
}

/**
 * Finds which log-batch entry a validation message is about (`metrics[3].value`,
 * `params[0].key`, ...) and returns it from the request body.
 */
export function findFault(message: string | undefined, body: unknown): MlflowFault | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const lists = body as Record<string, unknown>;
  const entryOf = (field: string, index: number) => {
    const list = lists[field];
    return Array.isArray(list)
      ? (list[index] as { key?: string; value?: unknown } | undefined)
      : undefined;
  };
  const match = message ? /\b(metrics|params|tags)\[(\d+)\]/.exec(message) : null;
  if (match) {
    const entry = entryOf(match[1], Number(match[2]));
    return { field: match[1], index: Number(match[2]), key: entry?.key, value: entry?.value };
  }
  // Messages without an index (e.g. a changed param value): a one-entry batch is unambiguous.
  const nonEmpty = ['metrics', 'params', 'tags'].filter(
    (f) => Array.isArray(lists[f]) && (lists[f] as unknown[]).length > 0,
  );
  if (nonEmpty.length === 1 && (lists[nonEmpty[0]] as unknown[]).length === 1) {
    const entry = entryOf(nonEmpty[0], 0);
    return { field: nonEmpty[0], index: 0, key: entry?.key, value: entry?.value };
  }
  return undefined;
}
