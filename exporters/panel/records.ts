/** Live records → the log layout the panel reads, for sinks that render while a run goes on. */
import type { CockpitLog, StepRecord } from '../../core/record.js';

/**
 * Merges step records into `log[step][key]` (later records of a step add or overwrite keys, as
 * `cockpit.log(...)` adds metrics to a step that already has quantities). Mutates and returns
 * `into`, so a sink can keep one log and feed it record by record.
 */
export function logFromRecords(records: Iterable<StepRecord>, into: CockpitLog = {}): CockpitLog {
  for (const r of records) {
    if (!Number.isInteger(r.step))
      throw new RangeError(`record step ${r.step} is not an integer step`);
    into[r.step] = { ...(into[r.step] ?? {}), ...r.values };
  }
  return into;
}
