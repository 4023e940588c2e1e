/**
 * Patched kernels against the stock cpu kernels (first order), MaxPool gradients on wasm,
 * idempotent installs, backend switches and leaks.
 *
 * Tolerance: patched and stock kernels compute the same float32 sums in a different order. With
 * unit roundoff u = 2^-24 ≈ 6e-8 and at most K ≈ 200 terms per output (N·OH·OW for filter
 * gradients), each result may differ by ≈ K·u ≈ 1.2e-5 relative in the worst case (√K·u ≈ 1e-6
 * typical). TOL = 2e-5 on the 2-norm relative difference. Routing kernels (MaxPool gradients)
 * only move dy values around and must match EXACTLY.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import type { NamedAttrMap, Tensor, Tensor4D } from '@tensorflow/tfjs';
import {
  installTfjsPatches,
  uninstallTfjsPatches,
  patchStatus,
  hvp,
} from '../../core/patches/index.js';
import { selectBackend } from '../../core/backend.js';

const TOL = 2e-5;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);
/** Uniform values in [-1, 1) as a plain array (no tfjs backend involved). */
function values(shape: number[], seed: number): Float32Array {
  const r = rng(seed);
  return Float32Array.from({ length: size(shape) }, () => 2 * r() - 1);
}
function relErr(got: ArrayLike<number>, want: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < want.length; i++) {
    num += (got[i] - want[i]) ** 2;
    den += want[i] ** 2;
  }
  return Math.sqrt(num) / Math.max(Math.sqrt(den), 1e-30);
}
const numDataIds = () => tf.engine().backend.numDataIds();

async function useBackend(name: 'cpu' | 'wasm', patched = true): Promise<void> {
  if (tf.getBackend() !== name) {
    const chosen = await selectBackend(name);
    if (chosen.backend !== name) throw new Error(`could not activate ${name}: ${chosen.reason}`);
  }
  if (patched) installTfjsPatches();
  else uninstallTfjsPatches();
}

/** Runs one kernel on tensors made from `inputs` and returns its values. */
function runKernel(
  name: string,
  inputs: Record<string, [Float32Array, number[]]>,
  attrs: NamedAttrMap,
): Float32Array {
  return tf.tidy(() => {
    const ts: Record<string, Tensor> = {};
    for (const [k, [v, shape]] of Object.entries(inputs)) ts[k] = tf.tensor(v, shape);
    return (tf.engine().runKernel(name, ts, attrs) as Tensor).dataSync() as Float32Array;
  });
}

/** Stock cpu result (patches removed), computed once per case. */
async function stockCpu(compute: () => Float32Array): Promise<Float32Array> {
  await useBackend('cpu', false);
  try {
    return compute();
  } finally {
    installTfjsPatches();
  }
}

// ---------- Conv2DBackpropFilter ----------
type Pad =
  'same' | 'valid' | [[number, number], [number, number], [number, number], [number, number]];
const filterCases: { k: [number, number]; s: [number, number]; pad: Pad }[] = [
  { k: [3, 3], s: [1, 1], pad: 'same' },
  { k: [3, 3], s: [2, 2], pad: 'same' },
  { k: [5, 5], s: [1, 1], pad: 'valid' },
  { k: [3, 2], s: [2, 1], pad: 'valid' },
  {
    k: [3, 3],
    s: [2, 2],
    pad: [
      [0, 0],
      [1, 2],
      [2, 0],
      [0, 0],
    ],
  },
];

function filterGrad(c: (typeof filterCases)[number]): () => Float32Array {
  const xShape = [2, 9, 9, 3];
  const filterShape = [c.k[0], c.k[1], 3, 4];
  const out = tf.backend_util.computeConv2DInfo(
    xShape as [number, number, number, number],
    filterShape as [number, number, number, number],
    c.s,
    1,
    c.pad as 'same',
  ).outShape;
  return () =>
    runKernel(
      'Conv2DBackpropFilter',
      { x: [values(xShape, 1), xShape], dy: [values(out, 2), out] },
      { strides: c.s, pad: c.pad, dataFormat: 'NHWC', filterShape },
    );
}

for (const backend of ['cpu', 'wasm'] as const) {
  test.serial(
    `${backend}: patched Conv2DBackpropFilter matches the stock cpu kernel`,
    async (t) => {
      for (const c of filterCases) {
        const want = await stockCpu(filterGrad(c));
        await useBackend(backend);
        const err = relErr(filterGrad(c)(), want);
        t.log(
          `${c.k.join('x')} strides ${c.s} pad ${JSON.stringify(c.pad)}: ${err.toExponential(2)}`,
        );
        t.true(err <= TOL, `${JSON.stringify(c)} error ${err}`);
      }
    },
  );
}

test.serial('wasm: stock wasm has no Conv2DBackpropFilter, the patch adds it', async (t) => {
  await useBackend('wasm', false);
  t.is(tf.getKernel('Conv2DBackpropFilter', 'wasm') as unknown, undefined);
  t.throws(filterGrad(filterCases[0]), { message: /not registered for backend 'wasm'/ });
  await useBackend('wasm');
  t.truthy(tf.getKernel('Conv2DBackpropFilter', 'wasm'));
});

// ---------- BatchMatMul / _FusedMatMul with transposes (wasm) ----------
test.serial(
  'wasm: matMul with every transpose combination matches stock cpu (rank 2 and batched)',
  async (t) => {
    for (const batch of [[], [3]]) {
      for (const tA of [false, true]) {
        for (const tB of [false, true]) {
          const [m, k, n] = [5, 7, 4];
          const aShape = [...batch, ...(tA ? [k, m] : [m, k])];
          const bShape = [...batch, ...(tB ? [n, k] : [k, n])];
          const compute = () =>
            runKernel(
              'BatchMatMul',
              { a: [values(aShape, 3), aShape], b: [values(bShape, 4), bShape] },
              { transposeA: tA, transposeB: tB },
            );
          const want = await stockCpu(compute);
          await useBackend('wasm');
          const err = relErr(compute(), want);
          t.true(err <= TOL, `batch ${batch} tA ${tA} tB ${tB}: ${err}`);
        }
      }
    }
  },
);

test.serial('wasm: fused matMul (bias + relu) with transposes matches stock cpu', async (t) => {
  for (const [tA, tB] of [
    [true, false],
    [false, true],
    [true, true],
  ] as const) {
    const aShape = tA ? [6, 5] : [5, 6];
    const bShape = tB ? [4, 6] : [6, 4];
    const compute = () =>
      tf.tidy(
        () =>
          tf.fused
            .matMul({
              a: tf.tensor(values(aShape, 5), aShape),
              b: tf.tensor(values(bShape, 6), bShape),
              transposeA: tA,
              transposeB: tB,
              bias: tf.tensor(values([4], 7), [4]),
              activation: 'relu',
            })
            .dataSync() as Float32Array,
      );
    const want = await stockCpu(compute);
    await useBackend('wasm');
    t.true(relErr(compute(), want) <= TOL);
  }
});

// ---------- Conv2DBackpropInput stride 1 (wasm) ----------
test.serial(
  'wasm: patched Conv2DBackpropInput matches stock cpu (stride 1 rewrite and stride 2 fallback)',
  async (t) => {
    const cases: { k: [number, number]; s: [number, number]; pad: Pad }[] = [
      { k: [3, 3], s: [1, 1], pad: 'same' },
      { k: [5, 5], s: [1, 1], pad: 'valid' },
      { k: [3, 2], s: [1, 1], pad: 'same' },
      {
        k: [3, 3],
        s: [1, 1],
        pad: [
          [0, 0],
          [2, 0],
          [1, 1],
          [0, 0],
        ],
      },
      { k: [3, 3], s: [2, 2], pad: 'same' },
    ];
    for (const c of cases) {
      const inputShape = [2, 8, 8, 3];
      const filterShape = [c.k[0], c.k[1], 3, 4];
      const out = tf.backend_util.computeConv2DInfo(
        inputShape as [number, number, number, number],
        filterShape as [number, number, number, number],
        c.s,
        1,
        c.pad as 'same',
      ).outShape;
      const compute = () =>
        runKernel(
          'Conv2DBackpropInput',
          { dy: [values(out, 8), out], filter: [values(filterShape, 9), filterShape] },
          { strides: c.s, pad: c.pad, dataFormat: 'NHWC', inputShape },
        );
      const want = await stockCpu(compute);
      await useBackend('wasm');
      const err = relErr(compute(), want);
      t.log(
        `${c.k.join('x')} strides ${c.s} pad ${JSON.stringify(c.pad)}: ${err.toExponential(2)}`,
      );
      t.true(err <= TOL, `${JSON.stringify(c)} error ${err}`);
    }
  },
);

// ---------- MaxPool gradients (wasm routes through ops) ----------
const poolCases: { k: [number, number]; s: [number, number]; pad: 'same' | 'valid'; h: number }[] =
  [
    { k: [2, 2], s: [2, 2], pad: 'valid', h: 8 },
    { k: [2, 2], s: [2, 2], pad: 'same', h: 7 },
    { k: [3, 3], s: [2, 2], pad: 'valid', h: 7 },
    { k: [3, 3], s: [1, 1], pad: 'same', h: 6 },
  ];

/** x with ties (relu zeros and repeated values) and all-negative windows, dy = 1..n. */
function poolInput(shape: number[], shift: number): Float32Array {
  return values(shape, 11).map((v, i) => (i % 5 === 0 ? 0 : Math.round(v * 4) / 4) + shift);
}
function poolGrad(c: (typeof poolCases)[number], shift: number): () => Float32Array {
  const shape = [2, c.h, c.h, 3];
  return () =>
    tf.tidy(() => {
      const x = tf.tensor4d(poolInput(shape, shift), shape as [number, number, number, number]);
      const f = (a: Tensor) => {
        const y = tf.maxPool(a as Tensor4D, c.k, c.s, c.pad);
        return tf.sum(tf.mul(y, tf.reshape(tf.range(1, size(y.shape) + 1), y.shape)));
      };
      return tf.grad(f)(x).dataSync() as Float32Array;
    });
}

test.serial(
  'wasm: MaxPool gradient equals the stock cpu gradient exactly, with ties and all-negative windows',
  async (t) => {
    for (const c of poolCases) {
      for (const shift of [0, -3]) {
        const want = await stockCpu(poolGrad(c, shift));
        await useBackend('wasm');
        t.deepEqual(
          Array.from(poolGrad(c, shift)()),
          Array.from(want),
          `${JSON.stringify(c)} shift ${shift}`,
        );
      }
    }
  },
);

test.serial(
  'wasm: stock MaxPool gradient is wrong for all-negative windows (why wasm never uses MaxPoolGrad)',
  async (t) => {
    const c = poolCases[0];
    const want = await stockCpu(poolGrad(c, -3));
    await useBackend('wasm', false);
    const stock = poolGrad(c, -3)();
    await useBackend('wasm');
    t.true(
      relErr(stock, want) > 0.5,
      'stock wasm MaxPoolGrad loses the gradient of all-negative windows',
    );
  },
);

// ---------- idempotency, backend switches, options ----------
const WASM_KERNELS = ['Conv2DBackpropFilter', 'BatchMatMul', '_FusedMatMul', 'Conv2DBackpropInput'];

test.serial(
  'installing three times changes nothing: same registry entries, identical results',
  async (t) => {
    await useBackend('wasm');
    const entries = () => WASM_KERNELS.map((k) => tf.getKernel(k, 'wasm'));
    const grads = () =>
      ['Exp', 'MaxPool', 'Conv2DBackpropFilter', 'Equal'].map((k) => tf.getGradient(k));
    const firstKernels = entries();
    const firstGrads = grads();
    const first = filterGrad(filterCases[1])();
    for (let i = 0; i < 3; i++) installTfjsPatches();
    t.deepEqual(entries(), firstKernels);
    t.true(
      entries().every((e, i) => e === firstKernels[i]),
      'kernel configs are the very same objects (not re-wrapped)',
    );
    t.true(
      grads().every((g, i) => g === firstGrads[i]),
      'gradient configs are the very same objects',
    );
    t.deepEqual(Array.from(filterGrad(filterCases[1])()), Array.from(first));
    t.deepEqual(patchStatus().kernels.wasm, WASM_KERNELS);
  },
);

test.serial('uninstall restores the stock registry entries; reinstall patches again', async (t) => {
  await useBackend('wasm');
  uninstallTfjsPatches();
  const stockMatMul = tf.getKernel('BatchMatMul', 'wasm');
  const stockExp = tf.getGradient('Exp');
  t.is(tf.getKernel('Conv2DBackpropFilter', 'wasm') as unknown, undefined);
  t.deepEqual(stockExp.outputsToSave, [true], 'stock Exp gradient uses the saved output');
  t.deepEqual(patchStatus().gradients, []);
  installTfjsPatches();
  t.not(tf.getKernel('BatchMatMul', 'wasm'), stockMatMul);
  uninstallTfjsPatches();
  t.is(tf.getKernel('BatchMatMul', 'wasm'), stockMatMul, 'the original config object is back');
  t.is(tf.getGradient('Exp'), stockExp);
  installTfjsPatches();
});

test.serial(
  'kernel patches follow the active backend; switching and reinstalling patches both',
  async (t) => {
    uninstallTfjsPatches();
    await useBackend('cpu');
    t.deepEqual(patchStatus().kernels, { cpu: ['Conv2DBackpropFilter'] });
    await useBackend('wasm');
    t.deepEqual(patchStatus().kernels, { cpu: ['Conv2DBackpropFilter'], wasm: WASM_KERNELS });
    t.is(patchStatus().backend, 'wasm');
  },
);

test.serial(
  'options: kernels:false installs only gradients, gradients:false only kernels',
  async (t) => {
    await useBackend('wasm');
    uninstallTfjsPatches();
    const onlyGrads = installTfjsPatches({ kernels: false });
    t.deepEqual(onlyGrads.kernels, {});
    t.true(onlyGrads.gradients.includes('Sigmoid'));
    uninstallTfjsPatches();
    const onlyKernels = installTfjsPatches({ gradients: false });
    t.deepEqual(onlyKernels.kernels, { wasm: WASM_KERNELS });
    t.deepEqual(onlyKernels.gradients, []);
    installTfjsPatches();
  },
);

// ---------- leaks ----------
for (const backend of ['cpu', 'wasm'] as const) {
  test.serial(
    `${backend}: 20 repeated patched-kernel calls, CNN gradients and HVPs leak no tensors or dataIds`,
    async (t) => {
      await useBackend(backend);
      const x = tf.tensor4d(values([2, 8, 8, 3], 12), [2, 8, 8, 3]);
      const w1 = tf.variable(tf.tensor4d(values([3, 3, 3, 4], 13), [3, 3, 3, 4]));
      const w2 = tf.variable(tf.tensor2d(values([64, 5], 14), [64, 5]));
      const loss = () =>
        tf.tidy(() => {
          const a = tf.maxPool(tf.tanh(tf.conv2d(x, w1, 1, 'same')), 2, 2, 'valid');
          const a3 = tf.maxPool(tf.relu(tf.conv2d(x, w1, 2, 'same')), 3, 2, 'same');
          return tf.add(
            tf.logSumExp(tf.matMul(tf.reshape(a, [2, 64]), w2)).sum(),
            tf.sum(a3),
          ) as tf.Scalar;
        });
      const step = () => {
        const { grads, value } = tf.variableGrads(loss);
        value.dispose();
        tf.dispose(grads);
        tf.dispose(hvp(loss, [w1, w2], [w1, w2]));
        const c = filterGrad(filterCases[4])();
        t.is(c.length, 3 * 3 * 3 * 4);
      };
      step(); // warm-up: lazily created kernel state is not a leak
      const before = { tensors: tf.memory().numTensors, ids: numDataIds() };
      for (let i = 0; i < 20; i++) step();
      t.is(tf.memory().numTensors, before.tensors);
      t.is(numDataIds(), before.ids);
      tf.dispose([x, w1, w2]);
    },
  );
}
