/** `tfjs-cockpit replay CASE.json --backend wasm --out FILE` writes the case's expected layout and passes its rules. */
import test from 'ava';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { GoldenCase } from '../../core/replay.js';
import { compareWithGolden } from '../helpers/golden.js';

const run = promisify(execFile);
const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dir = resolve(root, process.env.GOLDEN_DIR ?? '../shared/golden');
const file = readdirSync(dir)
  .filter((f) => f.endsWith('.case.json'))
  .sort()[0];

test('replay CLI output matches the golden case; bad arguments exit 2 with usage', async (t) => {
  const out = join(await mkdtemp(join(tmpdir(), 'replay-')), 'out.json');
  await run(
    'node',
    [
      '--import',
      'tsx',
      join(root, 'cli/main.ts'),
      'replay',
      join(dir, file),
      '--backend',
      'wasm',
      '--out',
      out,
    ],
    { cwd: root },
  );
  const c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldenCase;
  const got = JSON.parse(await readFile(out, 'utf8'));
  t.deepEqual(compareWithGolden(c, got), []);
  const bad = await run(
    'node',
    ['--import', 'tsx', join(root, 'cli/main.ts'), 'replay', join(dir, file), '--backend', 'webgl'],
    { cwd: root },
  ).catch((e) => e);
  t.is(bad.code, 2);
  t.regex(bad.stderr, /--backend must be wasm or cpu/);
});
