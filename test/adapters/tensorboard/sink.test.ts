/** Sink behaviour that needs no TensorBoard: what goes into the file, and bad input handling. */
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tensorBoard, TENSORBOARD_TAGS } from '../../../adapters/tensorboard/sink.js';
import { eventStep } from '../../../adapters/tensorboard/events.js';
import { readEventFile } from '../../../adapters/tensorboard/reader.js';
import { tensorboard } from '../../../proto/generated/tensorboard.js';
import { cockpitRun } from './fixtures.js';

const fresh = (t: { teardown: (f: () => void) => void }) => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-sink-unit-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

test('one event per record: scalars, histogram and heatmap share the record step and wall time', (t) => {
  const dir = fresh(t);
  const { run, records } = cockpitRun();
  const sink = tensorBoard(dir, { flushIntervalMs: 0 });
  sink.open(run);
  sink.write(records[0]!);
  sink.close({ status: 'finished' });
  const events = readEventFile(sink.path).events;
  // file_version, START, layout, run texts, the record, run_end
  t.is(events.length, 6);
  const rec = events[4]!;
  t.is(eventStep(rec), 0);
  t.is(rec.wallTime, records[0]!.wallTime);
  const tags = rec.summary!.value.map((v) => v.tag);
  t.true(tags.includes('cockpit/Loss'));
  t.true(tags.includes('cockpit/GradNorm/dense_2/bias'));
  t.true(tags.includes(TENSORBOARD_TAGS.gradHist1d));
  t.true(tags.includes(TENSORBOARD_TAGS.gradHist2d));
  const loss = rec.summary!.value.find((v) => v.tag === 'cockpit/Loss')!;
  t.is(loss.tensor!.floatVal[0], Math.fround(records[0]!.values.Loss as number));
  t.is(loss.metadata!.pluginData!.pluginName, 'scalars');
  const layoutEvent = events[2]!.summary!.value[0]!;
  t.is(layoutEvent.tag, 'custom_scalars__config__');
  const layout = tensorboard.Layout.decode(layoutEvent.tensor!.stringVal[0]!);
  t.is(layout.category[0]!.title, 'STEP SIZE');
});

test('malformed histograms and a non-PNG panel are reported once each; everything else is still written', (t) => {
  const dir = fresh(t);
  const errors: string[] = [];
  const { run } = cockpitRun();
  const sink = tensorBoard(dir, { flushIntervalMs: 0, onError: (e) => errors.push(e.message) });
  sink.open(run);
  for (let step = 0; step < 3; step++) {
    sink.write({
      step,
      wallTime: 1_700_000_000 + step,
      values: { Loss: 1, GradHist1d: { hist: [1, 2], edges: [0, 1] } },
    });
  }
  sink.artifact!({
    kind: 'panel',
    step: 2,
    fileName: 'panel.png',
    contentType: 'image/png',
    data: new Uint8Array([1, 2, 3]),
  });
  sink.close({ status: 'failed', error: 'NaN loss' });
  t.deepEqual(errors.length, 2, errors.join('\n'));
  t.regex(errors[0]!, /GradHist1d not written: histogram: expected 3 edges for 2 bins, got 2/);
  t.regex(errors[1]!, /panel artifact not written: not a PNG/);
  const events = readEventFile(sink.path).events;
  const lossSteps = events
    .filter((e) => e.summary?.value.some((v) => v.tag === 'cockpit/Loss'))
    .map(eventStep);
  t.deepEqual(lossSteps, [0, 1, 2]);
  const end = events.at(-1)!.summary!.value[0]!;
  t.is(end.tag, TENSORBOARD_TAGS.end);
  t.is(Buffer.from(end.tensor!.stringVal[0]!).toString(), 'Run failed: NaN loss');
  t.is(eventStep(events.at(-1)!), 2);
});

test('writes after close are ignored and reported once', (t) => {
  const dir = fresh(t);
  const errors: string[] = [];
  const sink = tensorBoard(dir, { flushIntervalMs: 0, onError: (e) => errors.push(e.message) });
  sink.close({ status: 'finished' });
  sink.write({ step: 1, wallTime: 1, values: { Loss: 1 } });
  sink.write({ step: 2, wallTime: 2, values: { Loss: 1 } });
  t.is(errors.length, 1);
  t.regex(errors[0]!, /write after close/);
});

test('a non-finite record wall time is replaced by now (TensorBoard drops NaN wall times)', (t) => {
  const dir = fresh(t);
  const sink = tensorBoard(dir, { flushIntervalMs: 0 });
  const before = Date.now() / 1000;
  sink.write({ step: 3, wallTime: NaN, values: { Loss: NaN } });
  sink.close({ status: 'finished' });
  const rec = readEventFile(sink.path).events.find((e) =>
    e.summary?.value.some((v) => v.tag === 'cockpit/Loss'),
  )!;
  t.true(rec.wallTime >= before && Number.isFinite(rec.wallTime));
  t.true(Number.isNaN(rec.summary!.value[0]!.tensor!.floatVal[0]));
});
