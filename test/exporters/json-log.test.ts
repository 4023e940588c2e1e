import test from 'ava';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLog, readLog, serializeLog, writeLog } from '../../exporters/json-log.js';
import type { CockpitLog } from '../../core/record.js';

const log: CockpitLog = {
  10: { Loss: 2.25, GradNorm: [0.5, 0.25] },
  2: {
    Alpha: -1,
    GradHist1d: { hist: [1, 2], edges: [-1, 0, 1] },
    GradHist2d: {
      hist: [
        [1, 0],
        [0, 3],
      ],
      edges: [
        [-1, 0, 1],
        [-2, 0, 2],
      ],
    },
    NormTest: NaN,
    InnerTest: Infinity,
  },
};

test('serializes steps in numeric order with sorted keys and json_tricks ndarrays', (t) => {
  const text = serializeLog(log);
  const raw = JSON.parse(text);
  t.deepEqual(Object.keys(raw), ['2', '10']);
  t.deepEqual(Object.keys(raw['2']), [
    'Alpha',
    'GradHist1d',
    'GradHist2d',
    'InnerTest',
    'NormTest',
  ]);
  t.deepEqual(raw['2'].GradHist1d.hist, { __ndarray__: [1, 2], dtype: 'float32', shape: [2] });
  t.deepEqual(Object.keys(raw['2'].GradHist2d.hist), ['Corder', '__ndarray__', 'dtype', 'shape']);
  t.is(raw['2'].GradHist2d.hist.dtype, 'int64');
  t.deepEqual(raw['2'].GradHist2d.edges[1].shape, [3]);
  t.is(raw['2'].NormTest, 'NaN');
  t.is(raw['2'].InnerTest, 'Infinity');
  t.true(text.includes('\n    "2": {'), 'indent of four spaces like json_tricks');
});

test('round-trips through a file, restoring arrays and non-finite numbers', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'cockpit-log-'));
  const file = await writeLog(log, join(dir, 'sub', 'cockpit'));
  t.true(file.endsWith('cockpit.json'));
  const back = await readLog(file);
  t.deepEqual(back[10], log[10]);
  t.deepEqual(back[2].GradHist2d, log[2].GradHist2d);
  t.true(Number.isNaN(back[2].NormTest as number));
  t.is(back[2].InnerTest, Infinity);
  t.truthy(await readFile(file, 'utf8'));
});

test('rejects text that is not a Cockpit log with a clear message', (t) => {
  t.throws(() => parseLog('[1,2]'), { message: /not a Cockpit log/ });
  t.throws(() => parseLog('{"x": {}}'), { message: /"x" is not a step number/ });
});
