/**
 * Exponential backoff with jitter, the policy of MLflow's Python client (trackers.md H.6):
 * retry network errors, 408, 429 and 5xx — never other 4xx — waiting
 * `backoffFactor × 2^(n−1) + random(0, jitter)` before attempt n+1, or `Retry-After` when sent.
 */
import { MlflowError } from './errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (0 = try once). Default `MLFLOW_HTTP_REQUEST_MAX_RETRIES` or 5, capped at 10. */
  maxRetries?: number;
  /** Base delay in ms. Default `MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR` seconds or 2 s. */
  backoffFactorMs?: number;
  /** Upper bound of the random extra delay in ms. Default `MLFLOW_HTTP_REQUEST_BACKOFF_JITTER` seconds or 1 s. */
  jitterMs?: number;
  /** Honour `Retry-After` (capped at 60 s). Default true. */
  respectRetryAfter?: boolean;
  /** Called before each wait, e.g. to count retries. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** Stops waiting early (the last error is thrown). */
  signal?: AbortSignal;
}

export type ResolvedRetry = Required<Omit<RetryOptions, 'onRetry' | 'signal'>>;

/** Fills retry options from the MLflow client's environment variables. */
export function resolveRetry(
  options: RetryOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): ResolvedRetry {
  const num = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const v = Number(raw);
    if (!Number.isFinite(v) || v < 0)
      throw new Error(`${name}=${raw} must be a non-negative number`);
    return v;
  };
  const maxRetries = Math.min(10, options.maxRetries ?? num('MLFLOW_HTTP_REQUEST_MAX_RETRIES', 5));
  return {
    maxRetries: Math.max(0, Math.floor(maxRetries)),
    backoffFactorMs: options.backoffFactorMs ?? num('MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR', 2) * 1000,
    jitterMs: options.jitterMs ?? num('MLFLOW_HTTP_REQUEST_BACKOFF_JITTER', 1) * 1000,
    respectRetryAfter:
      options.respectRetryAfter ??
      !/^(false|0)$/i.test(env.MLFLOW_HTTP_RESPECT_RETRY_AFTER_HEADER ?? 'true'),
  };
}

/** Whether an error is worth retrying: MlflowError says so itself; other errors are bugs, not outages. */
export function isRetriable(error: unknown): boolean {
  return error instanceof MlflowError && error.retriable;
}

/** The delay before retry number `attempt` (1-based). */
export function backoffDelay(attempt: number, policy: ResolvedRetry, error?: unknown): number {
  if (
    policy.respectRetryAfter &&
    error instanceof MlflowError &&
    error.retryAfterSeconds !== undefined
  ) {
    return Math.min(60_000, Math.max(0, error.retryAfterSeconds * 1000));
  }
  return policy.backoffFactorMs * 2 ** (attempt - 1) + Math.random() * policy.jitterMs;
}

/** Runs `fn` until it succeeds, fails with a non-retriable error, or retries are used up. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const policy = resolveRetry(options);
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isRetriable(error) || attempt > policy.maxRetries || options.signal?.aborted)
        throw error;
      const delay = backoffDelay(attempt, policy, error);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay, options.signal);
      if (options.signal?.aborted) throw error;
    }
  }
}

/** A timer promise that ends early (resolving) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
