/** The event-file writer's file handling: naming, flushing, resume, bad logdirs, disk full, kill -9. */
import test from 'ava';
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
  unlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventFileWriter } from '../../../adapters/tensorboard/event-file-writer.js';
import { SummaryWriter } from '../../../adapters/tensorboard/summary-writer.js';
import { eventStep } from '../../../adapters/tensorboard/events.js';
import { listEventFiles, readEventFile } from '../../../adapters/tensorboard/reader.js';
import { tensorBoard } from '../../../adapters/tensorboard/sink.js';
import { cockpitRun } from './fixtures.js';

const fresh = (t: { teardown: (f: () => void) => void }) => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-writer-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

test('a new file is named events.out.tfevents.<10-digit sec>.<host>.<pid>.<n> and starts with file_version', (t) => {
  const dir = fresh(t);
  const w = new EventFileWriter(dir, { flushIntervalMs: 0 });
  const name = w.path.slice(dir.length + 1);
  t.regex(
    name,
    new RegExp(`^events\\.out\\.tfevents\\.\\d{10}\\.[A-Za-z0-9_-]+\\.${process.pid}\\.\\d+$`),
  );
  // The first record is on disk before any flush (construction proves the directory writable).
  const { events, stop } = readEventFile(w.path);
  t.is(stop, 'end');
  t.is(events.length, 1);
  t.is(events[0]!.fileVersion, 'brain.Event:2');
  t.is(events[0]!.sourceMetadata?.writer, 'tfjs-cockpit');
  w.close();
});

test('a new writer sorts after existing event files, even ones stamped in the future', (t) => {
  const dir = fresh(t);
  writeFileSync(join(dir, 'events.out.tfevents.4000000000.otherhost.v2'), '');
  const w = new EventFileWriter(dir, { flushIntervalMs: 0 });
  const files = listEventFiles(dir);
  t.is(files[files.length - 1], w.path);
  t.regex(w.path, /tfevents\.4000000001\./);
  w.close();
});

test('records are buffered until flushEveryRecords, and the timer flushes the rest', async (t) => {
  const dir = fresh(t);
  const w = new SummaryWriter(dir, { flushEveryRecords: 3, flushIntervalMs: 100 });
  w.addScalar('a', 1, 1);
  w.addScalar('a', 2, 2);
  t.is(readEventFile(w.file.path).events.length, 1, 'two records still in memory');
  w.addScalar('a', 3, 3);
  t.is(readEventFile(w.file.path).events.length, 4, 'third record triggers the write');
  w.addScalar('a', 4, 4);
  await new Promise((r) => setTimeout(r, 300));
  t.is(readEventFile(w.file.path).events.length, 5, 'interval flush');
  w.close();
  t.deepEqual(w.stats(), { written: 5, dropped: 0, pending: 0, writeErrors: 0 });
});

test('metadata is attached to the first value of each tag in a file only', (t) => {
  const dir = fresh(t);
  const w = new SummaryWriter(dir, { flushIntervalMs: 0 });
  w.addScalar('x', 1, 0);
  w.addScalar('x', 2, 1);
  w.addScalar('y', 3, 1);
  w.close();
  const values = readEventFile(w.file.path)
    .events.slice(1)
    .map((e) => e.summary!.value[0]!);
  t.deepEqual(
    values.map((v) => [
      v.tag,
      v.metadata?.pluginData?.pluginName ?? null,
      v.metadata?.dataClass ?? null,
    ]),
    [
      ['x', 'scalars', 1],
      ['x', null, null],
      ['y', 'scalars', 1],
    ],
  );
});

test('an unwritable logdir fails at construction, naming the directory', (t) => {
  const dir = fresh(t);
  const file = join(dir, 'not-a-dir');
  writeFileSync(file, 'x');
  const bad = join(file, 'run');
  const err = t.throws(() => tensorBoard(bad));
  t.true(err.message.includes(`"${bad}"`), err.message);
  t.regex(err.message, /not writable/);
});

test('a resumed run writes a later file that starts with session START at the first resumed step', (t) => {
  const dir = fresh(t);
  const { run, records } = cockpitRun();
  const first = tensorBoard(dir, { flushIntervalMs: 0 });
  first.open(run);
  for (const r of records.filter((r) => r.step <= 5)) first.write(r);
  first.close({ status: 'failed', error: 'killed' });
  const second = tensorBoard(dir, { flushIntervalMs: 0 });
  second.open(run);
  for (const r of records.filter((r) => r.step >= 4)) second.write(r);
  second.close({ status: 'finished' });
  const files = listEventFiles(dir);
  t.deepEqual(files, [first.path, second.path]);
  const events = readEventFile(second.path).events;
  t.is(events[1]!.sessionLog?.status, 1);
  t.is(eventStep(events[1]!), 4);
  // The layout and run text are repeated in the new file, at the resumed step.
  t.true(
    events
      .slice(2, 4)
      .some((e) => e.summary?.value.some((v) => v.tag === 'custom_scalars__config__')),
  );
  t.true(events.every((e, i) => i < 2 || eventStep(e) >= 4));
});

test('a process killed with SIGKILL mid-run leaves every complete record readable', async (t) => {
  const dir = fresh(t);
  const writerModule = new URL('../../../adapters/tensorboard/summary-writer.ts', import.meta.url)
    .pathname;
  const script = `
    import { SummaryWriter } from ${JSON.stringify(writerModule)};
    const w = new SummaryWriter(${JSON.stringify(dir)}, { flushEveryRecords: 1, flushIntervalMs: 0 });
    let step = 0;
    process.stdout.write('ready\\n');
    for (;;) { w.addText('blob', 'x'.repeat(1 + (step % 5000)), step); w.addScalar('s', step, step); step++; }
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  t.teardown(() => child.kill('SIGKILL'));
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  await new Promise((r) => setTimeout(r, 400));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  const [file] = listEventFiles(dir);
  const size = statSync(file!).size;
  const { events, stop, validBytes } = readEventFile(file!);
  t.true(events.length > 10, `${events.length} events survived`);
  t.true(stop === 'end' || stop === 'truncated', stop);
  t.true(validBytes <= size);
  // Steps are contiguous: nothing complete was lost or garbled.
  const steps = events.slice(1).map(eventStep);
  t.deepEqual(
    steps,
    steps.map((_, i) => Math.floor(i / 2)),
  );
});

/** Mounts a tiny tmpfs (needs root); returns undefined where that is impossible. */
function tinyDisk(
  t: { teardown: (f: () => void) => void; log: (...a: unknown[]) => void },
  kib: number,
): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'tb-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    t.log('!!! cannot mount a tmpfs (not root?): disk-full behaviour not exercised !!!');
    return undefined;
  }
  t.teardown(() => {
    execFileSync('umount', [dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

test('disk full mid-run: reported once, training goes on, queued records land once space returns', (t) => {
  const disk = tinyDisk(t, 64);
  if (!disk) return t.pass();
  const errors: Error[] = [];
  const w = new SummaryWriter(join(disk, 'run'), {
    flushEveryRecords: 1,
    flushIntervalMs: 0,
    onError: (e) => errors.push(e),
  });
  // Leave only a few KiB, then write more than that.
  const filler = join(disk, 'filler');
  writeFileSync(filler, Buffer.alloc(52 * 1024));
  let step = 0;
  for (; step < 40; step++)
    t.true(w.addText('blob', 'y'.repeat(1000), step) && w.addScalar('s', step, step));
  t.is(errors.length, 1, errors.map((e) => e.message).join('\n'));
  t.regex(errors[0]!.message, /ENOSPC|no space/i);
  t.regex(errors[0]!.message, /training continues/);
  const before = w.stats();
  t.true(before.pending > 0 && before.writeErrors > 0);
  // What reached the file is intact: only complete records, no garbage tail.
  const partial = readEventFile(w.file.path);
  t.is(partial.stop, 'end');
  unlinkSync(filler);
  w.flush();
  w.close();
  const { events, stop } = readEventFile(w.file.path);
  t.is(stop, 'end');
  t.is(events.length, 1 + 80);
  t.deepEqual(w.stats(), { written: 81, dropped: 0, pending: 0, writeErrors: before.writeErrors });
  t.is(errors.length, 1, 'no drop report when nothing was dropped');
});

test('disk full for good: records beyond maxPendingBytes are dropped and the count is reported at close', (t) => {
  const disk = tinyDisk(t, 64);
  if (!disk) return t.pass();
  const errors: Error[] = [];
  const run = join(disk, 'run');
  mkdirSync(run);
  const w = new SummaryWriter(run, {
    flushEveryRecords: 1,
    flushIntervalMs: 0,
    maxPendingBytes: 20_000,
    onError: (e) => errors.push(e),
  });
  writeFileSync(join(disk, 'filler'), Buffer.alloc(60 * 1024));
  for (let step = 0; step < 100; step++) w.addText('blob', 'z'.repeat(1000), step);
  w.close();
  const stats = w.stats();
  t.is(stats.written + stats.dropped, 101);
  t.true(stats.dropped > 50);
  t.is(errors.length, 2);
  t.regex(
    errors[1]!.message,
    new RegExp(`^${stats.dropped} event record\\(s\\) could not be written`),
  );
  const { events, stop } = readEventFile(w.file.path);
  t.is(stop, 'end');
  t.is(events.length, stats.written);
  t.deepEqual(readdirSync(run).length, 1);
  t.notThrows(() => readFileSync(w.file.path));
});
