import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  custom,
  everyStep,
  fromSpec,
  linear,
  logarithmic,
  type ScheduleSpec,
} from '../../core/schedules.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldenDir = resolve(repoRoot, process.env.GOLDEN_DIR ?? '../shared/golden');

/** The steps in 0…last at which a schedule fires. */
function trackedUpTo(s: (t: number) => boolean, last: number): number[] {
  return Array.from({ length: last + 1 }, (_, t) => t).filter((t) => s(t));
}

test('linear(1) tracks every step from 0', (t) => {
  t.deepEqual(
    trackedUpTo(linear(1), 100),
    Array.from({ length: 101 }, (_, i) => i),
  );
  t.deepEqual(trackedUpTo(everyStep(), 5), [0, 1, 2, 3, 4, 5]);
});

test('linear(interval, offset) tracks offset + n·interval for t = 0…100', (t) => {
  const expected = Array.from({ length: 101 }, (_, i) => i).filter(
    (i) => i >= 4 && (i - 4) % 7 === 0,
  );
  t.deepEqual(trackedUpTo(linear(7, 4), 100), expected);
  t.deepEqual(trackedUpTo(linear(3, 1), 10), [1, 4, 7, 10]);
  t.deepEqual(trackedUpTo(linear(10), 100), [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
});

test('linear with a negative offset matches the reference for t >= 0 and never fires for t < 0', (t) => {
  // Reference: t − offset ≥ 0 and (t − offset) mod interval == 0 (Python modulo, non-negative here).
  const ref = (interval: number, offset: number, step: number) =>
    step - offset >= 0 && (((step - offset) % interval) + interval) % interval === 0;
  for (const [interval, offset] of [
    [1, -1],
    [1, -5],
    [3, -1],
    [3, -2],
    [4, -7],
  ] as const) {
    const s = linear(interval, offset);
    for (let step = 0; step <= 100; step++) t.is(s(step), ref(interval, offset, step), `t=${step}`);
    // The reference returns true for s(−1) here (pitfall 18); we return false by design.
    t.false(s(-1));
    t.false(s(offset));
  }
  t.deepEqual(trackedUpTo(linear(3, -1), 10), [2, 5, 8]);
});

test('linear returns false for non-integer and non-finite steps', (t) => {
  const s = linear(2);
  t.false(s(1.5));
  t.false(s(Number.NaN));
  t.false(s(Number.POSITIVE_INFINITY));
  t.true(s(2));
});

test('linear rejects invalid options with a RangeError naming option and value', (t) => {
  t.throws(() => linear(0), { instanceOf: RangeError, message: /"interval".*got 0/ });
  t.throws(() => linear(1.5), { instanceOf: RangeError, message: /"interval".*got 1.5/ });
  t.throws(() => linear(-2), { instanceOf: RangeError, message: /"interval".*got -2/ });
  t.throws(() => linear(2, 0.5), { instanceOf: RangeError, message: /"offset".*got 0.5/ });
  t.throws(() => linear(2, Number.NaN), { instanceOf: RangeError, message: /"offset".*got NaN/ });
});

test('linear exposes kind, options and the reference docstring', (t) => {
  const s = linear(5, 2);
  t.is(s.kind, 'linear');
  t.is(s.interval, 5);
  t.is(s.offset, 2);
  t.is(s.describe, 'Track at iterations {2 + n * 5 | n >= 0}.');
});

test('logarithmic(0, 1, 4, init=false) tracks {1, 2, 4, 10}', (t) => {
  const s = logarithmic(0, 1, 4, 10, false);
  t.deepEqual(s.steps, [1, 2, 4, 10]);
  t.deepEqual(trackedUpTo(s, 100), [1, 2, 4, 10]);
  t.false(s(0));
});

test('logarithmic(0, 3, 10) tracks {0, 1, 2, 4, 10, 21, 46, 100, 215, 464, 1000}', (t) => {
  const s = logarithmic(0, 3, 10);
  t.deepEqual(s.steps, [0, 1, 2, 4, 10, 21, 46, 100, 215, 464, 1000]);
  t.deepEqual(trackedUpTo(s, 100), [0, 1, 2, 4, 10, 21, 46, 100]);
});

test('logarithmic(0, 4) tracks 219 distinct steps: 0…37, then 39, 40, … up to 10000', (t) => {
  const s = logarithmic(0, 4);
  t.is(s.steps.length, 219);
  t.deepEqual(
    s.steps.slice(0, 38),
    Array.from({ length: 38 }, (_, i) => i),
  );
  t.is(s.steps[38], 39);
  t.is(s.steps[39], 40);
  t.is(s.steps.at(-1), 10000);
  t.false(s(38));
  t.true(s(10000));
  t.false(s(10001));
  t.deepEqual(
    trackedUpTo(s, 100),
    s.steps.filter((v) => v <= 100),
  );
});

test('logarithmic truncates start/end and powers, and a negative start tracks 0', (t) => {
  // 0.7 → 0 and 1.9 → 1: the same set as logarithmic(0, 1, 4).
  t.deepEqual(logarithmic(0.7, 1.9, 4, 10, false).steps, [1, 2, 4, 10]);
  // 10^(−1) … truncates to 0, so 0 is tracked without init.
  t.deepEqual(logarithmic(-1, 1, 3, 10, false).steps, [0, 1, 10]);
  t.deepEqual(logarithmic(0, 3, 4, 2, false).steps, [1, 2, 4, 8]);
});

test('logarithmic with steps = 1 follows torch: trunc(base^start), start not truncated', (t) => {
  t.deepEqual(logarithmic(2, 5, 1, 10, false).steps, [100]);
  t.deepEqual(logarithmic(0.5, 5, 1, 10, false).steps, [3]);
  t.deepEqual(logarithmic(2, 5, 1).steps, [0, 100]);
});

test('logarithmic with init casts to int32 like the reference (values beyond 2^31 wrap)', (t) => {
  t.true(logarithmic(0, 10, 2, 10, true)(1410065408)); // 1e10 mod 2^32
  t.true(logarithmic(0, 10, 2, 10, false)(1e10));
});

test('logarithmic rejects invalid options with a RangeError', (t) => {
  t.throws(() => logarithmic(0, 1, 0), { instanceOf: RangeError, message: /"steps".*got 0/ });
  t.throws(() => logarithmic(0, 1, 2.5), { instanceOf: RangeError, message: /"steps".*got 2.5/ });
  t.throws(() => logarithmic(0, 1, 4, 0), { instanceOf: RangeError, message: /"base".*got 0/ });
  t.throws(() => logarithmic(0, 1, 4, -2), { instanceOf: RangeError, message: /"base".*got -2/ });
  t.throws(() => logarithmic(Number.NaN, 1), { instanceOf: RangeError, message: /"start"/ });
  t.throws(() => logarithmic(0, Number.POSITIVE_INFINITY), {
    instanceOf: RangeError,
    message: /"end"/,
  });
});

test('fromSpec parses the golden and the design.md forms', (t) => {
  t.deepEqual(trackedUpTo(fromSpec('every step'), 3), [0, 1, 2, 3]);
  t.deepEqual(trackedUpTo(fromSpec({ every: 1 }), 3), [0, 1, 2, 3]);
  t.deepEqual(trackedUpTo(fromSpec({ every: 3, offset: 1 }), 10), [1, 4, 7, 10]);
  t.deepEqual(trackedUpTo(fromSpec({ linear: { interval: 2, offset: 1 } }), 6), [1, 3, 5]);
  t.deepEqual(trackedUpTo(fromSpec({ linear: { interval: 2 } }), 6), [0, 2, 4, 6]);
  t.deepEqual(
    trackedUpTo(
      fromSpec({ logarithmic: { start: 0, end: 1, steps: 4, base: 10, init: true } }),
      20,
    ),
    [0, 1, 2, 4, 10],
  );
  t.deepEqual(trackedUpTo(fromSpec({ log: { start: 0, end: 1, steps: 4 } }), 20), [0, 1, 2, 4, 10]);
  t.is(fromSpec({ log: { start: 0, end: 4 } }).kind, 'logarithmic');
});

test('fromSpec passes schedules through and wraps plain predicates as custom', (t) => {
  const s = linear(4);
  t.is(fromSpec(s), s);
  const c = fromSpec((step: number) => step === 3);
  t.is(c.kind, 'custom');
  t.deepEqual(trackedUpTo(c, 5), [3]);
  const named = custom((step) => step % 2 === 1, 'odd steps');
  t.is(fromSpec(named), named);
  t.is(named.describe, 'odd steps');
});

test('fromSpec rejects unknown specs and propagates option errors', (t) => {
  t.throws(() => fromSpec('sometimes' as unknown as ScheduleSpec), { instanceOf: TypeError });
  t.throws(() => fromSpec({ foo: 1 } as unknown as ScheduleSpec), { instanceOf: TypeError });
  t.throws(() => fromSpec({ every: 0 }), { instanceOf: RangeError, message: /"interval"/ });
  t.throws(() => fromSpec({ log: { start: 0, end: 2, steps: 0 } }), { instanceOf: RangeError });
});

test('every schedule in the golden cases reproduces its trackedSteps', (t) => {
  const files = readdirSync(goldenDir).filter((f) => f.endsWith('.case.json'));
  t.true(files.length > 0, `no golden cases in ${goldenDir}`);
  let checked = 0;
  for (const file of files) {
    const c = JSON.parse(readFileSync(join(goldenDir, file), 'utf8')) as {
      batches: unknown[];
      quantities: Record<string, { trackSchedule: ScheduleSpec; trackedSteps?: number[] }>;
    };
    const last = c.batches.length - 1;
    for (const [name, q] of Object.entries(c.quantities)) {
      const tracked = trackedUpTo(fromSpec(q.trackSchedule), last);
      if (q.trackSchedule === 'every step') {
        t.deepEqual(
          tracked,
          Array.from({ length: last + 1 }, (_, i) => i),
          `${file} ${name}`,
        );
      } else {
        t.deepEqual(tracked, q.trackedSteps, `${file} ${name}`);
        checked++;
      }
    }
  }
  t.true(checked >= 5, `only ${checked} non-default schedules checked`);
});
