/**
 * A file cut at arbitrary byte offsets (a process killed mid-write, a copy taken while writing)
 * still yields every complete record — read by our reader, by TensorBoard's Python event-file
 * loader, and served by the real TensorBoard with both loaders.
 */
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { trackerVenv } from '../../helpers/trackers.js';
import { tensorBoard } from '../../../adapters/tensorboard/sink.js';
import { eventStep } from '../../../adapters/tensorboard/events.js';
import { parseEventFile } from '../../../adapters/tensorboard/reader.js';
import { readRecords } from '../../../adapters/tensorboard/tfrecord.js';
import { cockpitRun } from './fixtures.js';
import { q, startTensorBoard } from './tb-server.js';

const bin = await trackerVenv();
const maybe = bin ? test.serial : test.serial.skip;

const root = mkdtempSync(join(tmpdir(), 'tb-trunc-'));
test.after.always(() => rmSync(root, { recursive: true, force: true }));

// The full run, written by the sink.
const { run, records } = cockpitRun();
const sink = tensorBoard(join(root, 'full'), { flushIntervalMs: 0 });
sink.open(run);
for (const r of records) sink.write(r);
sink.close({ status: 'finished' });
const whole = readFileSync(sink.path);
const ends: number[] = [];
for (let pos = 0, n = readRecords(whole).records, i = 0; i < n.length; i++)
  ends.push((pos += n[i]!.length + 16));

// Seeded offsets (reproducible): random ones plus the edges around record boundaries.
let seed = 0x2545f491;
const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
const cuts = new Set<number>([
  1,
  11,
  12,
  ends[0]!,
  ends[0]! + 1,
  ends[3]! - 1,
  ends[3]!,
  whole.length - 1,
]);
while (cuts.size < 24) cuts.add(1 + Math.floor(rand() * (whole.length - 1)));
const cutList = [...cuts].sort((a, b) => a - b);
const logdir = join(root, 'cuts');
const cutFile = (cut: number) =>
  join(logdir, `cut-${String(cut).padStart(6, '0')}`, basename(sink.path));
for (const cut of cutList) {
  mkdirSync(join(cutFile(cut), '..'), { recursive: true });
  writeFileSync(cutFile(cut), whole.subarray(0, cut));
}
const completeBefore = (cut: number) => ends.filter((e) => e <= cut).length;
const fullSteps = parseEventFile(whole).events.map(eventStep);

test('our reader yields exactly the complete records of every cut file', (t) => {
  t.true(ends.length > 10);
  t.is(ends[ends.length - 1], whole.length);
  for (const cut of cutList) {
    const { events, stop } = parseEventFile(readFileSync(cutFile(cut)));
    const n = completeBefore(cut);
    t.is(events.length, n, `cut at ${cut}`);
    t.is(stop, ends.includes(cut) ? 'end' : 'truncated', `cut at ${cut}`);
    t.deepEqual(events.map(eventStep), fullSteps.slice(0, n));
  }
});

maybe("TensorBoard's Python event-file loader yields the same complete records", (t) => {
  const py = `
import json, sys, logging
logging.disable(logging.CRITICAL)
from tensorboard.backend.event_processing import event_file_loader
out = {}
for path in sys.argv[1:]:
    events = list(event_file_loader.EventFileLoader(path).Load())
    out[path] = [[e.step, e.WhichOneof('what') or '', [v.tag for v in e.summary.value]] for e in events]
print(json.dumps(out))
`;
  const paths = cutList.map(cutFile);
  const result = JSON.parse(
    execFileSync(join(bin!, 'python'), ['-c', py, ...paths], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  ) as Record<string, [number, string, string[]][]>;
  for (const cut of cutList) {
    const ours = parseEventFile(readFileSync(cutFile(cut))).events;
    const theirs = result[cutFile(cut)]!;
    t.is(theirs.length, completeBefore(cut), `cut at ${cut}`);
    t.deepEqual(
      theirs,
      ours.map((e) => [
        eventStep(e),
        e.fileVersion ? 'file_version' : e.summary ? 'summary' : e.sessionLog ? 'session_log' : '',
        e.summary?.value.map((v) => v.tag) ?? [],
      ]),
      `cut at ${cut}`,
    );
  }
});

for (const loadFast of [false, true]) {
  maybe(
    `TensorBoard (--load_fast=${loadFast}) serves the Loss points of every complete record of cut files`,
    async (t) => {
      const tb = await startTensorBoard(bin!, logdir, loadFast);
      t.teardown(() => tb.server.stop());
      // Expected per cut: the Loss steps among the complete records.
      const lossSteps = (cut: number) =>
        parseEventFile(readFileSync(cutFile(cut)))
          .events.filter((e) => e.summary?.value.some((v) => v.tag === 'cockpit/Loss'))
          .map(eventStep);
      const withLoss = cutList.filter((c) => lossSteps(c).length > 0);
      t.true(withLoss.length >= 10, `${withLoss.length} cut files hold Loss points`);
      await tb.until(async () => {
        const tags = await tb.json('/data/plugin/scalars/tags');
        return withLoss.every((c) => tags[basename(join(cutFile(c), '..'))]?.['cockpit/Loss']);
      }, 'Loss in every cut run');
      for (const cut of withLoss) {
        const runName = basename(join(cutFile(cut), '..'));
        const served: [number, number, number][] = await tb.json(
          `/data/plugin/scalars/scalars${q({ run: runName, tag: 'cockpit/Loss' })}`,
        );
        t.deepEqual(
          served.map(([, s]) => s),
          lossSteps(cut),
          runName,
        );
      }
    },
  );
}
