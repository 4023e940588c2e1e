/**
 * A directory of runs as a source: event files written by the TensorBoard sink and Cockpit JSON
 * logs, discovered recursively, read incrementally, served like the live sink serves records.
 */
import test from 'ava';
import {
  appendFileSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogdirSource } from '../../../adapters/grpc/logdir.js';
import { grpcServer } from '../../../adapters/grpc/sink.js';
import { LazyBlob, RunStore, type Run } from '../../../adapters/grpc/store.js';
import { tensorBoard } from '../../../adapters/tensorboard/sink.js';
import { encodeEvent, summaryEvent } from '../../../adapters/tensorboard/events.js';
import { scalarValue, scalarMetadata } from '../../../adapters/tensorboard/summaries.js';
import { frameRecord } from '../../../adapters/tensorboard/tfrecord.js';
import { writeLog } from '../../../exporters/json-log.js';
import type { CockpitLog } from '../../../core/record.js';
import { goldenLog, recordAt, runInfo } from './fixtures.js';

const T0 = 1_700_000_000;

function tempDir(t: import('ava').ExecutionContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'grpc-logdir-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `steps` records of the golden run into an event-file run directory. */
function eventRun(dir: string, from: number, to: number) {
  const sink = tensorBoard(dir, { flushEveryRecords: 1, flushIntervalMs: 0 });
  sink.open(runInfo('events', T0));
  for (let s = from; s < to; s++) sink.write(recordAt(s, T0));
  return sink;
}

/** The JSON log of steps [0, n) as the Cockpit writes it. */
function jsonLog(n: number): CockpitLog {
  const log: CockpitLog = {};
  for (let s = 0; s < n; s++) log[s] = { ...recordAt(s, T0).values, Time: T0 + s };
  return log;
}

/** Bytes (Buffer from the file decoder, Uint8Array or lazily encoded from the live sink) as base64. */
function canon(v: unknown): unknown {
  if (v instanceof LazyBlob) return canon(v.bytes);
  if (ArrayBuffer.isView(v))
    return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, canon(x)]));
  return v;
}

const steps = (run: Run | undefined, tag: string) =>
  run?.series
    .get(tag)
    ?.reservoir.points()
    .map((p) => p.step);
const values = (run: Run | undefined, tag: string) =>
  run?.series
    .get(tag)
    ?.reservoir.points()
    .map((p) => p.value);

test('runs are discovered recursively: event-file runs and JSON-log runs, named by relative path', async (t) => {
  const dir = tempDir(t);
  eventRun(join(dir, 'events'), 0, 5).close({ status: 'finished' });
  await writeLog(jsonLog(5), join(dir, 'logs', 'nested', 'cockpit.json'));
  mkdirSync(join(dir, 'empty'));
  const store = new RunStore();
  const result = await new LogdirSource(store, dir).scan();
  t.is(result.runs, 2);
  t.deepEqual(
    store
      .listRuns()
      .map((r) => r.name)
      .sort(),
    ['events', 'logs/nested'],
  );
  const log = goldenLog();
  for (const name of ['events', 'logs/nested']) {
    const run = store.getRun(name);
    t.deepEqual(steps(run, 'cockpit/Loss'), [0, 1, 2, 3, 4], name);
    t.deepEqual(
      values(run, 'cockpit/Loss'),
      [0, 1, 2, 3, 4].map((s) => Math.fround(log[s]!.Loss as number)),
      name,
    );
    t.is(run!.series.get('cockpit/GradHist1d')!.metadata.pluginName, 'histograms');
    t.is(run!.series.get('cockpit/GradHist2d')!.metadata.pluginName, 'images');
    t.is(run!.series.get('custom_scalars__config__')!.metadata.pluginName, 'custom_scalars');
  }
  t.is(store.getRun('logs/nested')!.startTime, T0);
});

test('an event-file run is served exactly as the live sink serves the same records', async (t) => {
  const dir = tempDir(t);
  eventRun(join(dir, 'events'), 0, 12).close({ status: 'finished' });
  const fromFiles = new RunStore();
  await new LogdirSource(fromFiles, dir).scan();
  const live = grpcServer({ announce: false, port: 0 });
  await live.open(runInfo('events', T0));
  for (let s = 0; s < 12; s++) await live.write(recordAt(s, T0));
  await live.close({ status: 'finished' });

  // Same run name → same sampling seed: the image reservoirs (10 of 12 points) keep the same steps.
  const a = fromFiles.getRun('events')!;
  const b = live.store.getRun('events')!;
  const dataTags = [...b.series.keys()].filter(
    (tag) =>
      !tag.startsWith('cockpit/run') && tag !== 'cockpit/quantities' && tag !== 'cockpit/model',
  );
  t.true(dataTags.length > 30);
  for (const tag of dataTags) {
    const sa = a.series.get(tag);
    t.truthy(sa, `event files have ${tag}`);
    t.is(sa!.metadata.pluginName, b.series.get(tag)!.metadata.pluginName, tag);
    t.is(sa!.metadata.dataClass, b.series.get(tag)!.metadata.dataClass, tag);

    // The layout is stamped at a different step by the two sinks; its content must match.
    if (tag !== 'custom_scalars__config__') t.deepEqual(steps(a, tag), steps(b, tag), tag);
    t.deepEqual(canon(values(a, tag)?.at(-1)), canon(values(b, tag)?.at(-1)), tag);
  }
});

test('polling picks up appended records, grown JSON logs and new runs', async (t) => {
  const dir = tempDir(t);
  const sink = eventRun(join(dir, 'a'), 0, 3);
  await writeLog(jsonLog(3), join(dir, 'b', 'cockpit.json'));
  const store = new RunStore();
  const source = new LogdirSource(store, dir);
  await source.scan();
  t.deepEqual(steps(store.getRun('a'), 'cockpit/Loss'), [0, 1, 2]);
  t.deepEqual(steps(store.getRun('b'), 'cockpit/Loss'), [0, 1, 2]);

  for (let s = 3; s < 8; s++) sink.write(recordAt(s, T0));
  await writeLog(jsonLog(6), join(dir, 'b', 'cockpit.json'));
  await writeLog(jsonLog(2), join(dir, 'c', 'cockpit.json'));
  const second = await source.scan();
  t.is(second.newSteps, 3 + 2);
  t.deepEqual(steps(store.getRun('a'), 'cockpit/Loss'), [0, 1, 2, 3, 4, 5, 6, 7]);
  t.deepEqual(steps(store.getRun('b'), 'cockpit/Loss'), [0, 1, 2, 3, 4, 5]);
  t.deepEqual(steps(store.getRun('c'), 'cockpit/Loss'), [0, 1]);
  // Nothing new → nothing re-read.
  t.deepEqual(await source.scan(), { runs: 3, newEvents: 0, newSteps: 0 });
  sink.close({ status: 'finished' });
});

test('start() polls on its own until stop()', async (t) => {
  const dir = tempDir(t);
  const sink = eventRun(dir, 0, 2);
  const store = new RunStore();
  const source = new LogdirSource(store, dir, { reloadMs: 50 });
  await source.start();
  t.teardown(() => source.stop());
  for (let s = 2; s < 6; s++) sink.write(recordAt(s, T0));
  const deadline = Date.now() + 5000;
  while ((steps(store.getRun('.'), 'cockpit/Loss')?.length ?? 0) < 6 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  t.deepEqual(steps(store.getRun('.'), 'cockpit/Loss'), [0, 1, 2, 3, 4, 5]);
  sink.close({ status: 'finished' });
});

test('a partial record at the end is read once complete; a checksum mismatch ends the file', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'events.out.tfevents.0000000001.test');
  const rec = (step: number, value: number) =>
    frameRecord(
      encodeEvent(
        summaryEvent(
          step,
          [scalarValue('x', value, step === 0 ? scalarMetadata() : undefined)],
          T0 + step,
        ),
      ),
    );
  writeFileSync(file, rec(0, 1));
  const whole = rec(1, 2);
  appendFileSync(file, whole.subarray(0, 10)); // a writer in the middle of a record
  const warnings: string[] = [];
  const store = new RunStore();
  const source = new LogdirSource(store, dir, { onWarning: (m) => warnings.push(m) });
  await source.scan();
  t.deepEqual(values(store.getRun('.'), 'x'), [1]);
  appendFileSync(file, whole.subarray(10));
  await source.scan();
  t.deepEqual(values(store.getRun('.'), 'x'), [1, 2]);
  // Corrupt the data CRC of the next record: it and everything after it are ignored, with a warning.
  const bad = rec(2, 3);
  bad[bad.length - 1] ^= 0xff;
  appendFileSync(file, bad);
  appendFileSync(file, rec(3, 4));
  await source.scan();
  t.deepEqual(values(store.getRun('.'), 'x'), [1, 2]);
  t.is(warnings.length, 1);
  t.regex(warnings[0]!, /bad data CRC/);
  t.deepEqual(warnings.length, 1);
});

test('a directory with both event files and cockpit.json is served from the event files only', async (t) => {
  const dir = tempDir(t);
  eventRun(dir, 0, 3).close({ status: 'finished' });
  await writeLog(jsonLog(6), join(dir, 'cockpit.json'));
  const store = new RunStore();
  await new LogdirSource(store, dir).scan();
  t.deepEqual(steps(store.getRun('.'), 'cockpit/Loss'), [0, 1, 2]);
  t.true(readdirSync(dir).some((f) => f.includes('tfevents')));
});

test('a JSON log that restarts with fewer steps replaces the run', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'cockpit.json');
  await writeLog(jsonLog(6), path);
  const store = new RunStore();
  const source = new LogdirSource(store, dir);
  await source.scan();
  await new Promise((r) => setTimeout(r, 20)); // a distinct mtime
  await writeLog(jsonLog(2), path);
  await source.scan();
  t.deepEqual(steps(store.getRun('.'), 'cockpit/Loss'), [0, 1]);
});

test('large files are read in bounded chunks with the same result, records larger than a chunk included', async (t) => {
  const dir = tempDir(t);
  eventRun(dir, 0, 12).close({ status: 'finished' });
  const whole = new RunStore();
  await new LogdirSource(whole, dir).scan();
  const chunked = new RunStore();
  // 64-byte chunks: almost every record (a heatmap PNG is kilobytes) spans several of them.
  const result = await new LogdirSource(chunked, dir, { readChunkBytes: 64 }).scan();
  t.true(result.newEvents > 12);
  const a = whole.getRun('.')!;
  const b = chunked.getRun('.')!;
  t.deepEqual([...b.series.keys()].sort(), [...a.series.keys()].sort());
  for (const tag of a.series.keys()) t.deepEqual(canon(values(b, tag)), canon(values(a, tag)), tag);
});
