/**
 * The Cockpit JSON log in the reference's format (`cockpit.write(path)` of cockpit-for-pytorch,
 * serialized by json_tricks with `indent=4, sort_keys=True`):
 * - top-level keys are the steps as strings in numeric order, inner keys sorted alphabetically;
 * - histogram arrays are json_tricks ndarray objects `{"__ndarray__", "dtype", "shape"}`
 *   (plus `"Corder": true` for 2-D arrays); every other value is a plain number or list.
 *
 * Deliberate difference: the reference refuses to write NaN/±Infinity (leaving an empty file).
 * We write them as the strings "NaN", "Infinity", "-Infinity" — the convention of the golden
 * cases — and the reader turns them back into numbers.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CockpitLog, Histogram1d, Histogram2d, StepValues } from '../core/record.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface NdArrayJson {
  Corder?: boolean;
  __ndarray__: Json;
  dtype: string;
  shape: number[];
}

function encodeNumber(x: number): Json {
  if (Number.isFinite(x)) return x;
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

function encodePlain(value: unknown): Json {
  if (typeof value === 'number') return encodeNumber(value);
  if (Array.isArray(value)) return value.map(encodePlain);
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (ArrayBuffer.isView(value))
    return Array.from(value as unknown as ArrayLike<number>, encodeNumber);
  return Object.fromEntries(
    Object.keys(value as object)
      .sort()
      .map((k) => [k, encodePlain((value as Record<string, unknown>)[k])]),
  );
}

function shapeOf(value: unknown): number[] {
  const shape: number[] = [];
  let cur: unknown = value;
  while (Array.isArray(cur)) {
    shape.push(cur.length);
    cur = cur[0];
  }
  return shape;
}

function ndarray(values: unknown[], dtype: string): NdArrayJson {
  const shape = shapeOf(values);
  const out: NdArrayJson = { __ndarray__: encodePlain(values), dtype, shape };
  return shape.length >= 2 ? { Corder: true, ...out } : out;
}

function isHistogram1d(v: unknown): v is Histogram1d {
  return (
    typeof v === 'object' &&
    v !== null &&
    'hist' in v &&
    'edges' in v &&
    !Array.isArray((v as Histogram1d).edges[0])
  );
}

function isHistogram2d(v: unknown): v is Histogram2d {
  return (
    typeof v === 'object' &&
    v !== null &&
    'hist' in v &&
    'edges' in v &&
    Array.isArray((v as Histogram2d).edges[0])
  );
}

/** Encodes one step's values as the reference stores them. */
export function encodeStepValues(values: StepValues): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(values).sort()) {
    const v = values[key];
    if (v === undefined) continue;
    if (key === 'GradHist2d' && isHistogram2d(v)) {
      const h = v as Histogram2d & Record<string, unknown>;
      const enc: { [key: string]: Json } = {
        edges: [ndarray(h.edges[0], 'float32'), ndarray(h.edges[1], 'float32')] as unknown as Json,
        hist: ndarray(h.hist, 'int64') as unknown as Json,
      };
      out[key] = enc;
    } else if (key === 'GradHist1d' && isHistogram1d(v)) {
      out[key] = {
        edges: ndarray(v.edges, 'float32') as unknown as Json,
        hist: ndarray(v.hist, 'float32') as unknown as Json,
      };
    } else {
      out[key] = encodePlain(v);
    }
  }
  return out;
}

/** Serializes a log to the reference's JSON text (steps in numeric order, 4-space indent). */
export function serializeLog(log: CockpitLog): string {
  const steps = Object.keys(log)
    .map(Number)
    .sort((a, b) => a - b);
  const body: { [key: string]: Json } = {};
  for (const step of steps) body[String(step)] = encodeStepValues(log[step]);
  return JSON.stringify(body, null, 4);
}

/**
 * Writes the log to `path` (".json" appended if missing, parent directories created). Written
 * to a temporary file first and renamed, so a crash never leaves a half-written log behind.
 * Returns the path written.
 */
export async function writeLog(log: CockpitLog, path: string): Promise<string> {
  const file = path.endsWith('.json') ? path : `${path}.json`;
  await mkdir(dirname(file) || '.', { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, serializeLog(log));
  await rename(tmp, file);
  return file;
}

function decodeNumberish(x: Json): Json {
  if (x === 'NaN') return NaN;
  if (x === 'Infinity') return Infinity;
  if (x === '-Infinity') return -Infinity;
  return x;
}

/** Turns json_tricks ndarray objects into nested arrays and non-finite strings into numbers. */
function decodeValue(value: Json): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value !== null && typeof value === 'object') {
    if ('__ndarray__' in value) return decodeValue((value as unknown as NdArrayJson).__ndarray__);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeValue(v)]));
  }
  return decodeNumberish(value);
}

/** Parses a Cockpit JSON log (ours or the reference's) into `log[step][key]`. */
export function parseLog(text: string): CockpitLog {
  const raw = JSON.parse(text) as { [key: string]: Json };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error('not a Cockpit log: expected a JSON object keyed by step');
  }
  const log: CockpitLog = {};
  for (const [stepKey, values] of Object.entries(raw)) {
    const step = Number(stepKey);
    if (!Number.isInteger(step))
      throw new Error(`not a Cockpit log: key "${stepKey}" is not a step number`);
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      throw new Error(`not a Cockpit log: step ${stepKey} is not an object`);
    }
    log[step] = decodeValue(values) as StepValues;
  }
  return log;
}

/** Reads a Cockpit JSON log file (".json" appended if the path has no such ending and is missing). */
export async function readLog(path: string): Promise<CockpitLog> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (!path.endsWith('.json')) text = await readFile(`${path}.json`, 'utf8');
    else throw err;
  }
  return parseLog(text);
}

/** Sorted steps of a log. */
export function logSteps(log: CockpitLog): number[] {
  return Object.keys(log)
    .map(Number)
    .sort((a, b) => a - b);
}
