/**
 * Reading a run back over REST and comparing it with what the sink was given: every metric's
 * full history against the scalar series of the JSON log (values, steps, count) and timestamps.
 */
import type { ExecutionContext } from 'ava';
import type { ParameterInfo, StepRecord } from '../../../core/record.js';
import { parseLog, serializeLog } from '../../../exporters/json-log.js';
import { scalarPoints } from '../../../adapters/scalar-tags.js';
import {
  decodeMetricValue,
  sanitizeKey,
  storedMetricValue,
  type MlflowClient,
} from '../../../adapters/mlflow/index.js';

/** key → step → value, from the JSON log of `records` (what the Cockpit would write to disk). */
export function expectedSeries(
  records: StepRecord[],
  parameters: ParameterInfo[],
): Map<string, Map<number, number>> {
  const merged: Record<number, StepRecord['values']> = {};
  for (const r of records) merged[r.step] = { ...merged[r.step], ...r.values };
  const log = parseLog(serializeLog(merged));
  const out = new Map<string, Map<number, number>>();
  for (const [stepKey, values] of Object.entries(log)) {
    for (const p of scalarPoints(values, parameters)) {
      const key = sanitizeKey(p.tag);
      if (!out.has(key)) out.set(key, new Map());
      out.get(key)!.set(Number(stepKey), p.value);
    }
  }
  return out;
}

/** key → step → wall-clock ms the record carried. */
export function expectedTimestamps(
  records: StepRecord[],
  parameters: ParameterInfo[],
): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const r of records) {
    for (const p of scalarPoints(r.values, parameters)) {
      const key = sanitizeKey(p.tag);
      if (!out.has(key)) out.set(key, new Map());
      out.get(key)!.set(r.step, Math.round(r.wallTime * 1000));
    }
  }
  return out;
}

const same = (a: number, b: number) => (Number.isNaN(a) && Number.isNaN(b)) || a === b;

/**
 * Asserts the run holds exactly the expected series: same keys, one point per step (none lost,
 * none duplicated), equal values (±Infinity as the SQL store's clamped max double, NaN as NaN)
 * and the record's timestamp. Returns the number of points compared.
 */
export async function assertRunMetrics(
  t: ExecutionContext,
  client: MlflowClient,
  runId: string,
  records: StepRecord[],
  parameters: ParameterInfo[],
): Promise<number> {
  const expected = expectedSeries(records, parameters);
  const stamps = expectedTimestamps(records, parameters);
  const run = await client.getRun(runId);
  const keys = new Set((run.data.metrics ?? []).map((m) => m.key));
  t.deepEqual([...keys].sort(), [...expected.keys()].sort(), 'metric keys on the server');
  let points = 0;
  const mismatches: string[] = [];
  for (const [key, bySteps] of expected) {
    const history = await client.getMetricHistory(runId, key);
    if (history.length !== bySteps.size)
      mismatches.push(`${key}: ${history.length} points on the server, ${bySteps.size} logged`);
    for (const m of history) {
      const want = bySteps.get(m.step);
      const got = decodeMetricValue(m.value);
      if (want === undefined) mismatches.push(`${key}@${m.step}: unexpected point ${got}`);
      else if (!same(got, storedMetricValue(want)))
        mismatches.push(`${key}@${m.step}: server ${got} ≠ logged ${want}`);
      if (m.timestamp !== stamps.get(key)?.get(m.step))
        mismatches.push(`${key}@${m.step}: timestamp ${m.timestamp}`);
      points++;
    }
  }
  t.deepEqual(mismatches.slice(0, 20), [], 'every point of every metric as logged');
  return points;
}
