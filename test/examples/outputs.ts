/** Shared checks for the example tests: what every example run must leave in its output folder. */
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionContext } from 'ava';
import { logSteps, readLog } from '../../exporters/json-log.js';
import { pngSize } from '../fixtures/png.js';
import type { CockpitLog } from '../../core/record.js';

/** A fresh temporary folder for one run. */
export const tempDir = (label: string): Promise<string> =>
  mkdtemp(join(tmpdir(), `cockpit-example-${label}-`));

/**
 * Asserts the run in `out` wrote cockpit.json (parsing, `steps` steps with a loss each), a
 * non-empty TensorBoard event file and a 1600×900 PNG panel; returns the parsed log.
 */
export async function checkOutputs(
  t: ExecutionContext,
  out: string,
  steps: number,
): Promise<CockpitLog> {
  const log = await readLog(join(out, 'cockpit.json'));
  t.deepEqual(
    logSteps(log),
    Array.from({ length: steps }, (_, i) => i),
    'one log entry per step',
  );
  t.true(
    logSteps(log).every((s) => typeof log[s].Loss === 'number'),
    'every step has a loss',
  );
  const events = (await readdir(out)).filter((f) => f.startsWith('events.out.tfevents.'));
  t.is(events.length, 1, `one TensorBoard event file in ${out}`);
  t.true((await stat(join(out, events[0]))).size > 0, 'the event file is not empty');
  const png = new Uint8Array(await readFile(join(out, 'panel.png')));
  t.deepEqual(
    pngSize(png),
    { width: 1600, height: 900 },
    'panel.png: PNG signature and 1600×900 IHDR',
  );
  return log;
}
