import test from 'ava';
import { Reservoir, downsample } from '../../../adapters/grpc/reservoir.js';
import { DataClass, RunStore } from '../../../adapters/grpc/store.js';

const steps = (r: Reservoir<number>) => r.points().map((p) => p.step);

test('a reservoir below capacity keeps every point in order', (t) => {
  const r = new Reservoir<number>(10);
  for (let s = 0; s < 7; s++) r.add({ step: s, wallTime: s, value: s * 2 });
  t.deepEqual(steps(r), [0, 1, 2, 3, 4, 5, 6]);
  t.is(r.find(3)!.value, 6);
  t.is(r.find(7), undefined);
});

test('a full reservoir stays at capacity, sorted, with the latest point last', (t) => {
  const r = new Reservoir<number>(50, 1);
  for (let s = 0; s < 10_000; s++) r.add({ step: s, wallTime: s, value: s });
  t.is(r.size, 50);
  const kept = steps(r);
  t.deepEqual(
    [...kept].sort((a, b) => a - b),
    kept,
  );
  t.is(kept.at(-1), 9999);
  // Sampled across the whole run, not just the tail.
  t.true(kept[0]! < 2000, `${kept[0]}`);
});

test('a point going back in time evicts stored points with step >= its step (preemption)', (t) => {
  const r = new Reservoir<number>(100);
  for (const s of [0, 1, 2, 3, 4]) r.add({ step: s, wallTime: s, value: s });
  r.add({ step: 2, wallTime: 10, value: 20 });
  r.add({ step: 3, wallTime: 11, value: 30 });
  t.deepEqual(steps(r), [0, 1, 2, 3]);
  t.deepEqual(
    r.points().map((p) => p.value),
    [0, 1, 20, 30],
  );
});

test('capacity 0 keeps everything', (t) => {
  const r = new Reservoir<number>(0);
  for (let s = 0; s < 3000; s++) r.add({ step: s, wallTime: s, value: s });
  t.is(r.size, 3000);
});

test('downsample returns at most k evenly spread points including the first and the last', (t) => {
  const pts = [...Array(100).keys()];
  t.deepEqual(downsample(pts, 5), [0, 25, 50, 74, 99]);
  t.deepEqual(downsample(pts, 1), [99]);
  t.deepEqual(downsample(pts, 0), []);
  t.deepEqual(downsample(pts, 1000), pts);
  const d = downsample(pts, 99);
  t.is(new Set(d).size, 99);
  t.is(d.at(-1), 99);
});

test('after a resume from an earlier step, series metadata describes what is stored', (t) => {
  const store = new RunStore();
  const meta = { pluginName: 'scalars', dataClass: DataClass.SCALAR } as const;
  for (let s = 0; s < 10; s++) store.add('r', 'x', meta, { step: s, wallTime: 1000 + s, value: s });
  // Resumed from a checkpoint at step 5, with an older clock.
  store.add('r', 'x', meta, { step: 5, wallTime: 500, value: -5 });
  const series = store.getRun('r')!.series.get('x')!;
  t.deepEqual(
    series.reservoir.points().map((p) => p.step),
    [0, 1, 2, 3, 4, 5],
  );
  t.is(series.maxStep, 5);
  t.is(series.maxWallTime, 1004);
});
