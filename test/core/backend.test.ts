/**
 * selectBackend / describeBackend in this environment: tfjs-node is not installed, wasm works.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import { selectBackend, describeBackend } from '../../core/backend.js';
import { installTfjsPatches } from '../../core/patches/index.js';

test.serial(
  "'cpu' activates cpu without printing the Node.js banner and without IS_TEST/PROD",
  async (t) => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const choice = await selectBackend('cpu');
      tf.tensor([1, 2, 3]).dispose(); // the banner would print on this first write
      t.is(choice.backend, 'cpu');
      t.is(tf.getBackend(), 'cpu');
      t.regex(choice.reason, /cpu requested/);
    } finally {
      console.warn = warn;
    }
    t.deepEqual(warnings, []);
    t.false(tf.env().getBool('IS_TEST'));
    t.false(tf.env().getBool('PROD'));
  },
);

test.serial("'auto' skips the missing native packages and picks wasm, saying why", async (t) => {
  const choice = await selectBackend('auto');
  t.is(choice.backend, 'wasm');
  t.is(tf.getBackend(), 'wasm');
  t.regex(choice.reason, /@tensorflow\/tfjs-node-gpu not installed/);
  t.regex(choice.reason, /@tensorflow\/tfjs-node not installed/);
  t.regex(choice.reason, /using wasm \(SIMD on/);
});

test.serial(
  "'tensorflow' falls back to wasm when tfjs-node is absent, and the reason says so",
  async (t) => {
    await selectBackend('cpu');
    const choice = await selectBackend('tensorflow');
    t.is(choice.backend, 'wasm');
    t.regex(choice.reason, /tfjs-node not installed.*using wasm/);
  },
);

test.serial("'wasm' activates wasm directly", async (t) => {
  await selectBackend('cpu');
  const choice = await selectBackend('wasm');
  t.deepEqual(choice.backend, 'wasm');
  t.notRegex(choice.reason, /tfjs-node/);
});

test.serial('describeBackend reports wasm SIMD, no threads, and the patched kernels', async (t) => {
  await selectBackend('wasm');
  installTfjsPatches();
  const d = describeBackend();
  t.is(d.backend, 'wasm');
  t.false(d.native);
  t.true(d.simd);
  t.false(d.multithread);
  t.deepEqual(d.patchedKernels, [
    'Conv2DBackpropFilter',
    'BatchMatMul',
    '_FusedMatMul',
    'Conv2DBackpropInput',
  ]);
  t.is(d.tfjsVersion, tf.version_core);
  await selectBackend('cpu');
  installTfjsPatches();
  t.deepEqual(describeBackend(), {
    backend: 'cpu',
    native: false,
    patchedKernels: ['Conv2DBackpropFilter'],
    tfjsVersion: tf.version_core,
  });
});
