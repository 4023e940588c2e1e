/**
 * MLflow's server-side validation limits (trackers.md H.4, `mlflow/utils/validation.py` of 3.x)
 * and the rules that turn arbitrary names and numbers into values the server accepts.
 */
import { createHash } from 'node:crypto';

/** Per-request and per-value limits of `runs/log-batch`. */
export interface MlflowLimits {
  metricsPerBatch: number;
  paramsPerBatch: number;
  tagsPerBatch: number;
  /** metrics + params + tags in one request. */
  entriesPerBatch: number;
  /** Raw JSON body of one log-batch request, in bytes. */
  batchBytes: number;
  keyLength: number;
  paramValueLength: number;
  tagValueLength: number;
}

/**
 * MLflow 3.x limits. `batchBytes` stays below the server's 1 000 000 to leave room for the
 * envelope; param values use 6000 (older servers: 500, but they truncate rather than reject
 * while `MLFLOW_TRUNCATE_LONG_VALUES` is on).
 */
export const MLFLOW_LIMITS: Readonly<MlflowLimits> = Object.freeze({
  metricsPerBatch: 1000,
  paramsPerBatch: 100,
  tagsPerBatch: 100,
  entriesPerBatch: 1000,
  batchBytes: 950_000,
  keyLength: 250,
  paramValueLength: 6000,
  tagValueLength: 8000,
});

/**
 * Makes `name` a valid MLflow metric/param/tag key:
 * - characters outside `[A-Za-z0-9_\-. /]` become `_` (the colon too: Windows and older servers reject it);
 * - it must be a normalized relative POSIX path: no leading/trailing `/`, no `//`, no `.`/`..` segments;
 * - over-long keys are cut and suffixed with a short hash so distinct names stay distinct.
 */
export function sanitizeKey(name: string, maxLength = MLFLOW_LIMITS.keyLength): string {
  let key = normalizeSegments(name.replace(/[^/\w.\- ]/g, '_'));
  if (key.length > maxLength) {
    const hash = createHash('sha1').update(name).digest('hex').slice(0, 8);
    key = normalizeSegments(`${key.slice(0, maxLength - hash.length - 1)}_${hash}`);
  }
  return key;
}

function normalizeSegments(path: string): string {
  const segments = path
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map((s) => (s === '..' ? '__' : s));
  return segments.length === 0 ? '_' : segments.join('/');
}

/** Truncates a param/tag value to `max` characters (marking the cut) so the server never rejects it. */
export function truncateValue(value: string, max: number): string {
  if (value.length <= max) return value;
  const marker = '…[truncated]';
  return value.slice(0, Math.max(0, max - marker.length)) + marker;
}

/**
 * A metric value as JSON the server accepts: finite numbers as numbers, non-finite ones as the
 * protobuf JSON strings. Verified against MLflow 3.17.2 with SQLite: "NaN" is stored and read
 * back as "NaN"; "Infinity"/"-Infinity" are accepted but stored clamped to ±1.7976931348623157e308.
 * (`JSON.stringify(NaN)` would give `null`, which the server rejects.)
 */
export function encodeMetricValue(value: number): number | string {
  if (Number.isFinite(value)) return value;
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}

/** The largest double: what MLflow's SQL store keeps for ±Infinity. */
export const MLFLOW_INFINITY = 1.7976931348623157e308;

/** Parses a metric value from a response (number, or "NaN"/"Infinity"/"-Infinity"). */
export function decodeMetricValue(value: number | string): number {
  if (typeof value === 'number') return value;
  if (value === 'NaN') return NaN;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  return Number(value);
}

/** What the server will return for a value we logged (±Infinity clamped, see encodeMetricValue). */
export function storedMetricValue(value: number): number {
  if (value === Infinity) return MLFLOW_INFINITY;
  if (value === -Infinity) return -MLFLOW_INFINITY;
  return value;
}
