import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  absMaxRange,
  histc,
  histogram2d,
  histogramEdges,
  histogramEdges64,
} from '../../core/math/histogram.js';
import { linspaceSpec32, linspaceTorch } from '../../core/math/linspace.js';

tf.enableProdMode();

const BACKENDS = ['cpu', 'wasm'] as const;
type Backend = (typeof BACKENDS)[number];

async function use(backend: Backend): Promise<void> {
  if (tf.getBackend() !== backend && !(await tf.setBackend(backend))) {
    throw new Error(`tfjs backend ${backend} failed to initialise`);
  }
}

const f = Math.fround;

/** Seeded uniform [0, 1) generator (mulberry32), so failures are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Float32 values: mostly uniform over a widened range, plus exact edges, neighbours and specials. */
function sampleValues(n: number, lo: number, hi: number, bins: number, seed: number): Float32Array {
  const next = rng(seed);
  const out = new Float32Array(n);
  const span = hi - lo;
  for (let i = 0; i < n; i++) {
    const r = next();
    const edge = lo + Math.floor(next() * (bins + 1)) * (span / bins);
    if (r < 0.1)
      out[i] = edge; // exactly on a (float32-rounded) edge
    else if (r < 0.15)
      out[i] = edge + (next() - 0.5) * 1e-6 * span; // within rounding of an edge
    else if (r < 0.16) out[i] = [Number.NaN, Infinity, -Infinity, 0, -0][i % 5]!;
    else out[i] = lo - 0.2 * span + next() * 1.4 * span;
  }
  return out;
}

/** JS replay of torch's histc rule in float32 (clamp first, NaN skipped). */
function histcRef32(values: Float32Array, bins: number, lo: number, hi: number): number[] {
  const lo32 = f(lo);
  const hi32 = f(hi);
  const width = f(hi32 - lo32);
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    const c = Math.min(Math.max(v, lo32), hi32);
    const k = Math.trunc(f(f(f(c - lo32) * bins) / width));
    counts[Math.min(k, bins - 1)]!++;
  }
  return counts;
}

/** The same rule in float64 (what the mathematics says, without float32 rounding). */
function histcBin64(v: number, bins: number, lo: number, hi: number): number {
  const c = Math.min(Math.max(v, lo), hi);
  return Math.min(Math.trunc(((c - lo) * bins) / (hi - lo)), bins - 1);
}

/** JS replay of GradHist2d's rule: clamp to the outer bin centres, trunc((v − lo)/w) in float32. */
function axisBinRef(v: number, bins: number, lo: number, hi: number): number {
  const w = (hi - lo) / bins;
  const c = Math.min(Math.max(v, f(lo + w / 2)), f(hi - w / 2));
  return Math.trunc(f(f(c - f(lo)) / f(w)));
}

function hist2dRef(
  x: Float32Array,
  y: Float32Array,
  n: number,
  binsX: number,
  binsY: number,
  rx: [number, number],
  ry: [number, number],
): number[][] {
  const d = y.length;
  const counts = Array.from({ length: binsX }, () => new Array<number>(binsY).fill(0));
  for (let s = 0; s < n; s++) {
    for (let j = 0; j < d; j++) {
      const xv = x[s * d + j]!;
      const yv = y[j]!;
      if (Number.isNaN(xv) || Number.isNaN(yv)) continue;
      counts[axisBinRef(xv, binsX, rx[0], rx[1])]![axisBinRef(yv, binsY, ry[0], ry[1])]!++;
    }
  }
  return counts;
}

async function values1d(t: tf.Tensor): Promise<number[]> {
  const data = Array.from(await t.data());
  t.dispose();
  return data;
}

for (const backend of BACKENDS) {
  test.serial(`[${backend}] histc reproduces the §7.2 GradHist1d example`, async (t) => {
    await use(backend);
    // Per-sample gradients of §7.2 (rows n, all parameter entries).
    const g = tf.tensor2d([
      [1.0, 2.0, 0.5],
      [3.0, 0.0, -0.5],
      [-1.0, 1.0, 1.0],
    ]);
    const h = histc(g, 4, -2, 2);
    t.is(h.dtype, 'float32');
    t.deepEqual(h.shape, [4]);
    t.deepEqual(await values1d(h), [0, 2, 2, 5]);
    t.deepEqual(Array.from(histogramEdges(-2, 2, 4)), [-2, -1, 0, 1, 2]);
    g.dispose();
  });

  test.serial(
    `[${backend}] histc: edges are left-closed, the last bin closed, beyond-range values clamp to the borders`,
    async (t) => {
      await use(backend);
      const v = tf.tensor1d([
        -2,
        -1,
        0,
        1,
        2,
        f(-1 - 1e-6),
        f(1 - 1e-6),
        -7,
        9,
        -Infinity,
        Infinity,
      ]);
      // bins: -2→0, -1→1, 0→2, 1→3, 2→3 (closed), just below -1 → 0, just below 1 → 2, -7/-inf → 0, 9/+inf → 3
      t.deepEqual(await values1d(histc(v, 4, -2, 2)), [4, 1, 2, 4]);
      v.dispose();
    },
  );

  test.serial(`[${backend}] histc skips NaN`, async (t) => {
    await use(backend);
    const v = tf.tensor1d([Number.NaN, 0.5, Number.NaN, -0.5, 3]);
    const counts = await values1d(histc(v, 2, -1, 1));
    t.deepEqual(counts, [1, 2]);
    t.is(
      counts.reduce((a, b) => a + b, 0),
      3,
    );
    v.dispose();
  });

  test.serial(
    `[${backend}] histc of 10k random values equals the float32 rule exactly and the float64 rule except near edges`,
    async (t) => {
      await use(backend);
      for (const [bins, lo, hi, seed] of [
        [100, -2, 2, 1],
        [15, -0.75, 0.75, 2],
        [7, -0.3, 1.1, 3],
        [20, -1.25, 1.25, 4],
      ] as const) {
        const values = sampleValues(10_000, lo, hi, bins, seed);
        const x = tf.tensor1d(values);
        const counts = await values1d(histc(x, bins, lo, hi));
        x.dispose();
        t.deepEqual(counts, histcRef32(values, bins, lo, hi), `float32 rule, bins=${bins}`);

        // Against float64 arithmetic: only values within rounding distance of an edge may move.
        const counts64 = new Array<number>(bins).fill(0);
        let moved = 0;
        const width = (hi - lo) / bins;
        for (const v of values) {
          if (Number.isNaN(v)) continue;
          const k64 = histcBin64(v, bins, lo, hi);
          counts64[k64]!++;
          const k32 = histcRef32(Float32Array.of(v), bins, lo, hi).indexOf(1);
          if (k32 !== k64) {
            moved++;
            // Only to the neighbouring bin, and only for values within rounding of that edge.
            t.is(Math.abs(k32 - k64), 1, `value ${v}`);
            const edge = lo + Math.max(k32, k64) * width;
            const c = Math.min(Math.max(v, lo), hi);
            t.true(
              Math.abs(c - edge) <= 1e-6 * (hi - lo),
              `value ${v} moved from bin ${k64} to ${k32}`,
            );
          }
        }
        const l1 = counts.reduce((s, c, i) => s + Math.abs(c - counts64[i]!), 0);
        t.true(l1 <= 2 * moved, `L1 ${l1} vs ${moved} moved values`);
        // 15 % of the samples sit on or within 1e-6 of an edge by construction; nothing else moves.
        t.true(moved < 0.15 * values.length, `${moved} values moved (bins=${bins})`);
      }
    },
  );

  test.serial(
    `[${backend}] histc counts in chunks exactly as in one pass, and accepts int32 input`,
    async (t) => {
      await use(backend);
      const values = sampleValues(10_000, -1, 1, 10, 7);
      const x = tf.tensor2d(values, [100, 100]);
      const whole = await values1d(histc(x, 10, -1, 1));
      t.deepEqual(await values1d(histc(x, 10, -1, 1, { chunkSize: 999 })), whole);
      t.deepEqual(await values1d(histc(x, 10, -1, 1, { chunkSize: 1 << 14 })), whole);
      x.dispose();
      const ints = tf.tensor1d([0, 1, 2, 3, 4], 'int32');
      t.deepEqual(await values1d(histc(ints, 4, 0, 4)), [1, 1, 1, 2]);
      ints.dispose();
    },
  );

  test.serial(`[${backend}] histc of a million values sums to the count`, async (t) => {
    await use(backend);
    const x = tf.randomNormal([1000, 1000], 0, 1, 'float32', 42);
    const counts = await values1d(histc(x, 100, -2, 2, { chunkSize: 300_000 }));
    x.dispose();
    t.is(
      counts.reduce((a, b) => a + b, 0),
      1_000_000,
    );
    // Clamping piles the tails (|v| > 2, about 4.6 %) into the border bins.
    t.true(counts[0]! > 20_000 && counts[99]! > 20_000);
  });

  test.serial(`[${backend}] histogram2d follows the GradHist2d rules`, async (t) => {
    await use(backend);
    // x: 2 samples × 3 entries; y: the 3 parameter values, each paired with both samples.
    const x = tf.tensor2d([
      [0.1, -5, 0.0],
      [0.9, 0.0, 0.3],
    ]);
    const y = tf.tensor1d([1, -1, 0.5]);
    const h = histogram2d(x, y, 4, 2, [-1, 1], [-2, 2]);
    t.is(h.dtype, 'int32');
    t.deepEqual(h.shape, [4, 2]);
    // x bins (w = 0.5, clamp [−0.75, 0.75]): 0.1→2, −5→0, 0→2, 0.9→3, 0→2, 0.3→2;
    // y bins (w = 2, clamp [−1, 1]): 1→1, −1→0, 0.5→1.
    t.deepEqual(h.arraySync(), [
      [1, 0],
      [0, 0],
      [1, 3],
      [0, 1],
    ]);
    h.dispose();
    x.dispose();
    y.dispose();
  });

  test.serial(
    `[${backend}] histogram2d: a zero on an edge lands in the upper bin (float64 width, float32 division)`,
    async (t) => {
      await use(backend);
      // Default GradHist2d x axis: 40 bins over [−1, 1], w = 0.05 (0.0500000007 in float32).
      // (0 − (−1)) / w is exactly 20 in float32, so exact zeros (dead ReLUs) go to bin 20 as in
      // the golden cases. Other edges follow float32 rounding: 0.05 → 20.999998 → bin 20 and
      // −0.05 → bin 19 (float64 arithmetic would give 21 and 18).
      const x = tf.tensor2d([[0, 0.05, -0.05]]);
      const y = tf.tensor1d([0, 0, 0]);
      const h = histogram2d(x, y, 40, 50, [-1, 1], [-2, 2]);
      const counts = h.arraySync();
      t.is(counts[20]![25], 2);
      t.is(counts[19]![25], 1);
      t.is(counts[21]![25], 0);
      h.dispose();
      x.dispose();
      y.dispose();
    },
  );

  test.serial(
    `[${backend}] histogram2d of random values equals the JS replay, in chunks too`,
    async (t) => {
      await use(backend);
      for (const [bx, by, rx, ry, n, d, seed] of [
        [8, 5, [-0.01, 0.01], [-0.02, 0.02], 16, 257, 11],
        [40, 50, [-1, 1], [-2, 2], 32, 300, 12],
        [9, 11, [-0.75, 0.75], [-1.5, 1.5], 10, 97, 13],
      ] as const) {
        const xs = sampleValues(n * d, rx[0], rx[1], bx, seed);
        const ys = sampleValues(d, ry[0], ry[1], by, seed + 100);
        const x = tf.tensor2d(xs, [n, d]);
        const y = tf.tensor1d(ys);
        const expected = hist2dRef(xs, ys, n, bx, by, [rx[0], rx[1]], [ry[0], ry[1]]);
        const h = histogram2d(x, y, bx, by, rx, ry);
        t.deepEqual(h.arraySync(), expected, `bins ${bx}x${by}`);
        h.dispose();
        const hc = histogram2d(x, y, bx, by, rx, ry, { chunkSize: 500 });
        t.deepEqual(hc.arraySync(), expected, `chunked, bins ${bx}x${by}`);
        hc.dispose();
        // y given with the full shape of x pairs entry by entry: same result.
        const yFull = tf.tile(tf.reshape(y, [1, d]), [n, 1]);
        const hf = histogram2d(x, yFull, bx, by, rx, ry, { chunkSize: 777 });
        t.deepEqual(hf.arraySync(), expected, `full-shape y, bins ${bx}x${by}`);
        hf.dispose();
        yFull.dispose();
        const total = expected.flat().reduce((a, b) => a + b, 0);
        const nanPairs = Array.from({ length: n * d }, (_, i) => i).filter(
          (i) => Number.isNaN(xs[i]!) || Number.isNaN(ys[i % d]!),
        ).length;
        t.is(total, n * d - nanPairs);
        x.dispose();
        y.dispose();
      }
    },
  );

  test.serial(`[${backend}] histogram2d accepts multi-dimensional parameters`, async (t) => {
    await use(backend);
    const x = tf.tensor3d([
      [
        [0.1, 0.2],
        [0.3, 0.4],
      ],
      [
        [-0.1, -0.2],
        [-0.3, -0.4],
      ],
      [
        [0, 0],
        [0, 0],
      ],
    ]);
    const y = tf.tensor2d([
      [1, 1],
      [-1, -1],
    ]);
    const counts = histogram2d(x, y, 2, 2, [-1, 1], [-2, 2]);
    t.deepEqual(counts.arraySync(), [
      [2, 2],
      [4, 4],
    ]);
    counts.dispose();
    x.dispose();
    y.dispose();
  });

  test.serial(`[${backend}] histogram functions leave no tensors behind`, async (t) => {
    await use(backend);
    const x = tf.randomUniform([8, 50], -3, 3, 'float32', 5);
    const y = tf.randomUniform([50], -3, 3, 'float32', 6);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      histc(x, 10, -2, 2, { chunkSize: 64 }).dispose();
      histogram2d(x, y, 4, 5, [-1, 1], [-2, 2], { chunkSize: 64 }).dispose();
    }
    t.is(tf.memory().numTensors, before);
    t.throws(() => histc(x, 0, -1, 1));
    t.is(tf.memory().numTensors, before);
    x.dispose();
    y.dispose();
  });
}

test.serial('cpu and wasm give identical counts', async (t) => {
  const xs = sampleValues(20_000, -1, 1, 40, 99);
  const ys = sampleValues(500, -2, 2, 50, 98);
  const results: Record<string, [number[], number[][]]> = {};
  for (const backend of BACKENDS) {
    await use(backend);
    const x = tf.tensor2d(xs, [40, 500]);
    const y = tf.tensor1d(ys);
    const h2 = histogram2d(x, y, 40, 50, [-1, 1], [-2, 2]);
    results[backend] = [await values1d(histc(x, 100, -2, 2)), h2.arraySync()];
    h2.dispose();
    x.dispose();
    y.dispose();
  }
  t.deepEqual(results.cpu, results.wasm);
});

test('invalid bins and ranges are rejected with a RangeError naming the option', (t) => {
  const x = tf.tensor1d([0]);
  t.throws(() => histc(x, 0, -1, 1), { instanceOf: RangeError, message: /"bins".*got 0/ });
  t.throws(() => histc(x, 2.5, -1, 1), { instanceOf: RangeError, message: /"bins"/ });
  t.throws(() => histc(x, 4, 1, 1), { instanceOf: RangeError, message: /"range"/ });
  t.throws(() => histc(x, 4, 2, -2), { instanceOf: RangeError, message: /"range"/ });
  t.throws(() => histc(x, 4, -1, 1, { chunkSize: 0 }), {
    instanceOf: RangeError,
    message: /"chunkSize"/,
  });
  t.throws(() => histogram2d(x, x, 0, 2, [-1, 1], [-1, 1]), {
    instanceOf: RangeError,
    message: /"binsX"/,
  });
  t.throws(() => histogram2d(x, x, 2, 2, [-1, 1], [1, -1]), {
    instanceOf: RangeError,
    message: /"rangeY"/,
  });
  const y = tf.tensor1d([1, 2]);
  t.throws(() => histogram2d(tf.zeros([3, 3]), y, 2, 2, [-1, 1], [-1, 1]), {
    instanceOf: RangeError,
    message: /yValues shape/,
  });
  x.dispose();
  y.dispose();
});

test('absMaxRange pads the absolute maximum and keeps a minimum size', (t) => {
  t.deepEqual(absMaxRange(0.5), [-0.5, 0.5]);
  t.deepEqual(absMaxRange(0.5, 0.1), [-(1.1 * 0.5), 1.1 * 0.5]);
  t.deepEqual(absMaxRange(0), [-5e-7, 5e-7]);
  t.deepEqual(absMaxRange(1e-9, 0, 1e-3), [-5e-4, 5e-4]);
  // Python's max(min_size / 2, nan) keeps min_size / 2.
  t.deepEqual(absMaxRange(Number.NaN), [-5e-7, 5e-7]);
  t.deepEqual(absMaxRange(Infinity), [-Infinity, Infinity]);
});

test('histogramEdges: 101 default edges from −2 to 2 in steps of 0.04', (t) => {
  const e = histogramEdges(-2, 2, 100);
  t.is(e.length, 101);
  t.is(e[0], -2);
  t.is(e[100], 2);
  t.is(e[1], f(-1.96));
  for (let i = 0; i < 100; i++) t.true(Math.abs(e[i + 1]! - e[i]! - 0.04) < 1e-6);
  // Two-sided formula: the second half is measured back from hi.
  t.deepEqual(Array.from(linspaceSpec32(0, 1, 5)), [0, 0.25, 0.5, 0.75, 1]);
  t.deepEqual(Array.from(linspaceTorch(0, 1, 1)), [0]);
  t.is(linspaceTorch(0, 1, 0).length, 0);
});

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldenDir = resolve(repoRoot, process.env.GOLDEN_DIR ?? '../shared/golden');

interface GoldenCase {
  quantities: {
    GradHist1d?: { bins: number; range: [number, number] };
    GradHist2d?: { bins: [number, number]; range: [[number, number], [number, number]] };
  };
  expected: {
    GradHist1d?: Record<string, { edges: number[] }>;
    GradHist2d?: Record<string, { edges: [number[], number[]] }>;
  };
}

function goldenEdgeCases(): {
  label: string;
  lo: number;
  hi: number;
  bins: number;
  edges: number[];
}[] {
  const out = [];
  for (const file of readdirSync(goldenDir).filter((n) => n.endsWith('.case.json'))) {
    const c = JSON.parse(readFileSync(join(goldenDir, file), 'utf8')) as GoldenCase;
    const q1 = c.quantities.GradHist1d;
    for (const [step, v] of Object.entries(c.expected.GradHist1d ?? {})) {
      if (q1)
        out.push({
          label: `${file} 1d step ${step}`,
          lo: q1.range[0],
          hi: q1.range[1],
          bins: q1.bins,
          edges: v.edges,
        });
    }
    const q2 = c.quantities.GradHist2d;
    for (const [step, v] of Object.entries(c.expected.GradHist2d ?? {})) {
      for (const axis of [0, 1] as const) {
        if (q2) {
          out.push({
            label: `${file} 2d axis ${axis} step ${step}`,
            lo: q2.range[axis][0],
            hi: q2.range[axis][1],
            bins: q2.bins[axis],
            edges: v.edges[axis],
          });
        }
      }
    }
  }
  return out;
}

test('histogramEdges64 reproduces every golden edge bit for bit; histogramEdges equals them as float32', (t) => {
  const cases = goldenEdgeCases();
  t.true(cases.length >= 6, `only ${cases.length} edge arrays found in ${goldenDir}`);
  for (const { label, lo, hi, bins, edges } of cases) {
    t.deepEqual(Array.from(histogramEdges64(lo, hi, bins)), edges, label);
    t.deepEqual(histogramEdges(lo, hi, bins), Float32Array.from(edges), label);
  }
  // Default GradHist1d edges (mlp-ce-sgd): the plain spec formula differs by an ulp in places.
  const plain = linspaceSpec32(-2, 2, 101);
  const golden = Float32Array.from(cases.find((c) => c.bins === 100)!.edges);
  const differing = plain.filter((v, i) => v !== golden[i]).length;
  t.true(differing > 0 && differing < 50, `${differing} plain-formula edges differ`);
  for (let i = 0; i < 101; i++) t.true(Math.abs(plain[i]! - golden[i]!) <= 2.5e-7, `edge ${i}`);
});
