/**
 * A wasm backend that fails to initialise (here: wasm binaries at a path that does not exist)
 * makes tf.setBackend return false rather than throw; selectBackend must notice and fall back.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { selectBackend } from '../../core/backend.js';

test('a wasm backend that fails to initialise falls back to cpu with the reason', async (t) => {
  setWasmPaths('/nonexistent-tfjs-cockpit-wasm-dir/');
  const errors = console.error;
  const warn = console.warn;
  console.error = () => {}; // tfjs prints the failed initialisation; expected here
  console.warn = () => {};
  try {
    const choice = await selectBackend('wasm');
    t.is(choice.backend, 'cpu');
    t.is(tf.getBackend(), 'cpu');
    t.regex(choice.reason, /wasm backend failed to initialise/);
  } finally {
    console.error = errors;
    console.warn = warn;
  }
});
