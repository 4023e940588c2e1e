/**
 * A run resumed from a checkpoint (new process, same run directory, restarting at an earlier step)
 * looks the same in both TensorBoard loaders: old points before the resume step, new points from
 * it on, no duplicates (trackers.md B.4/B.5).
 */
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackerVenv } from '../../helpers/trackers.js';
import { tensorBoard } from '../../../adapters/tensorboard/sink.js';
import { cockpitRun } from './fixtures.js';
import { q, startTensorBoard } from './tb-server.js';

const bin = await trackerVenv();
const maybe = bin ? test.serial : test.serial.skip;

const RUN = 'resumed';
const logdir = mkdtempSync(join(tmpdir(), 'tb-resume-'));
test.after.always(() => rmSync(logdir, { recursive: true, force: true }));

const { run, records } = cockpitRun();
const lossRecords = records.filter((r) => typeof r.values.Loss === 'number');
// Session 1 trains to step 6 and dies; session 2 restarts from the checkpoint of step 4 and its
// values differ (different data order after the restart).
const first = tensorBoard(logdir, { run: RUN });
first.open(run);
for (const r of lossRecords.filter((r) => r.step <= 6)) first.write(r);
first.close({ status: 'failed', error: 'preempted' });
const RESUME = 4;
const second = tensorBoard(logdir, { run: RUN });
second.open(run);
const resumed = lossRecords
  .filter((r) => r.step >= RESUME)
  .map((r) => ({ ...r, values: { ...r.values, Loss: (r.values.Loss as number) + 10 } }));
for (const r of resumed) second.write(r);
second.close({ status: 'finished' });

const expected = [
  ...lossRecords
    .filter((r) => r.step < RESUME)
    .map((r) => [r.step, Math.fround(r.values.Loss as number)]),
  ...resumed.map((r) => [r.step, Math.fround(r.values.Loss as number)]),
];

for (const loadFast of [false, true]) {
  maybe(
    `TensorBoard (--load_fast=${loadFast}) shows old steps before the resume point and only new values after it`,
    async (t) => {
      const tb = await startTensorBoard(bin!, logdir, loadFast);
      t.teardown(() => tb.server.stop());
      const url = `/data/plugin/scalars/scalars${q({ run: RUN, tag: 'cockpit/Loss' })}`;
      await tb.until(
        async () => (await tb.json<unknown[]>(url)).length >= expected.length - 1,
        'the resumed Loss series',
      );
      // Give a slow loader one more reload cycle so a late purge would be visible.
      await new Promise((r) => setTimeout(r, 1500));
      const served: [number, number, number][] = await tb.json(url);
      t.deepEqual(
        served.map(([, step, value]) => [step, value]),
        expected,
      );
    },
  );
}
