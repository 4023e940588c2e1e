/**
 * What a run's static facts (RunInfo) become in MLflow: params for configuration, schedules,
 * model summary, optimizer and backend; system tags for the run itself (H.8).
 */
import { userInfo } from 'node:os';
import type { RunInfo } from '../../core/record.js';
import { MLFLOW_LIMITS, sanitizeKey, truncateValue } from './limits.js';
import type { KeyValue } from './types.js';

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** Params describing a run; keys sanitized, values cut to `maxValueLength`. Keys are unique. */
export function runInfoParams(
  run: RunInfo,
  maxValueLength = MLFLOW_LIMITS.paramValueLength,
): KeyValue[] {
  const raw: [string, unknown][] = [
    ['cockpit.configuration', run.configuration],
    ['cockpit.quantities', run.quantities.map((q) => q.name).join(',')],
  ];
  for (const q of run.quantities) {
    raw.push([`cockpit.schedule.${q.name}`, q.schedule]);
    if (Object.keys(q.options).length > 0) raw.push([`cockpit.options.${q.name}`, q.options]);
  }
  raw.push(['tfjs.backend', run.backend]);
  raw.push(['optimizer', run.optimizer.className]);
  for (const [k, v] of Object.entries(run.optimizer.config)) raw.push([`optimizer.${k}`, v]);
  const total = run.layers.reduce((sum, l) => sum + l.parameterCount, 0);
  raw.push(['model.layers', run.layers.length]);
  raw.push(['model.parameter_count', total]);
  const width = String(Math.max(0, run.layers.length - 1)).length;
  run.layers.forEach((l, i) => {
    raw.push([
      `model.layer.${String(i).padStart(width, '0')}.${l.name}`,
      `${l.className} ${l.outputShape} params=${l.parameterCount}`,
    ]);
  });
  raw.push([
    'model.parameter_tensors',
    run.parameters.map((p) => `${p.name}[${p.shape.join(',')}]`).join(' '),
  ]);

  const seen = new Set<string>();
  const out: KeyValue[] = [];
  for (const [name, value] of raw) {
    let key = sanitizeKey(name);
    // Sanitizing can make two names equal; params are write-once, so keep the first and rename the rest.
    for (let n = 2; seen.has(key); n++) key = sanitizeKey(`${name}_${n}`);
    seen.add(key);
    out.push({ key, value: truncateValue(stringify(value), maxValueLength) });
  }
  return out;
}

export interface SystemTagOptions {
  runName: string;
  user?: string;
  sourceName?: string;
  tags?: Record<string, string>;
  maxValueLength?: number;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.LOGNAME ?? 'unknown';
  }
}

/** System tags the Python client sets at run creation (H.8), plus the caller's tags. */
export function systemTags(options: SystemTagOptions): KeyValue[] {
  const max = options.maxValueLength ?? MLFLOW_LIMITS.tagValueLength;
  const tags: Record<string, string> = {
    'mlflow.runName': options.runName,
    'mlflow.user': options.user ?? currentUser(),
    'mlflow.source.name': options.sourceName ?? process.argv[1] ?? 'tfjs-cockpit',
    'mlflow.source.type': 'LOCAL',
    ...options.tags,
  };
  // The server rejects a mlflow.runName tag that differs from run_name.
  tags['mlflow.runName'] = options.runName;
  return Object.entries(tags).map(([k, v]) => ({
    key: sanitizeKey(k),
    value: truncateValue(String(v), max),
  }));
}
