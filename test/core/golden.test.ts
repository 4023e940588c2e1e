/**
 * Every golden case in GOLDEN_DIR (default ../shared/golden) replayed on the cpu and wasm
 * backends must match the reference's values under the case's own tolerance rules.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replayCase, type GoldenCase } from '../../core/replay.js';
import { compareWithGolden } from '../helpers/golden.js';

tf.enableProdMode();
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dir = resolve(root, process.env.GOLDEN_DIR ?? '../shared/golden');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.case.json'))
  .sort();

test('the golden directory holds cases', (t) => {
  t.true(files.length > 0, `no *.case.json in ${dir}`);
});

for (const backend of ['cpu', 'wasm']) {
  for (const file of files) {
    test.serial(`[${backend}] golden case ${file} reproduces the reference`, async (t) => {
      t.true(await tf.setBackend(backend));
      const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldenCase;
      const before = tf.memory().numTensors;
      const out = await replayCase(c);
      const problems = compareWithGolden(c, out);
      t.deepEqual(problems, [], problems.slice(0, 30).join('\n'));
      t.true(
        tf.memory().numTensors <= before + 40,
        `tensors: ${before} → ${tf.memory().numTensors}`,
      );
    });
  }
}

test.serial(
  'the comparison fails for a perturbed value, a missing step and an extra step',
  async (t) => {
    t.true(await tf.setBackend('cpu'));
    const c = JSON.parse(readFileSync(join(dir, files[0]), 'utf8')) as GoldenCase;
    const out = await replayCase(c);
    t.deepEqual(compareWithGolden(c, out), []);
    const perturbed = structuredClone(out);
    const loss = perturbed.Loss as Record<string, number>;
    const first = Object.keys(loss)[0];
    loss[first] *= 1.01;
    t.true(compareWithGolden(c, perturbed).some((p) => p.startsWith(`Loss@${first}`)));
    const extra = structuredClone(out);
    (extra.GradNorm as Record<string, unknown>)['999'] = [1];
    t.true(compareWithGolden(c, extra).some((p) => p.startsWith('GradNorm: steps')));
    const missing = structuredClone(out);
    delete (missing.NormTest as Record<string, unknown>)[first];
    t.true(compareWithGolden(c, missing).some((p) => p.startsWith('NormTest: steps')));
  },
);
