/**
 * The runnable examples end to end in reduced size: a few steps into a temporary folder, then
 * their outputs exist and parse. Serial: each run already keeps a core busy.
 */
import test from 'ava';
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { runMnistMlp } from '../../examples/mnist-mlp.js';
import { runMnistCnn } from '../../examples/mnist-cnn.js';
import { runDemo } from '../../examples/demo.js';
import { checkOutputs, tempDir } from './outputs.js';

const STEPS = 6;

test.serial('mnist-mlp: outputs exist and parse', async (t) => {
  const out = await tempDir('mlp');
  try {
    const r = await runMnistMlp({ steps: STEPS, out, config: 'economy', backend: 'auto' }, true);
    t.truthy(r.panelPath);
    const log = await checkOutputs(t, out, STEPS);
    t.is(typeof log[0].NormTest, 'number', 'the economy configuration ran');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test.serial('mnist-cnn: outputs exist and parse', async (t) => {
  const out = await tempDir('cnn');
  try {
    await runMnistCnn({ steps: STEPS, out, config: 'economy', backend: 'auto' }, true);
    await checkOutputs(t, out, STEPS);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test.serial('demo (runDemo) end to end in reduced mode', async (t) => {
  const out = await tempDir('demo');
  try {
    const r = await runDemo({
      config: 'economy',
      steps: STEPS,
      out,
      model: 'mlp',
      lr: 0.1,
      batch: 32,
      backend: 'auto',
      quiet: true,
    });
    t.is(r.out, out);
    await checkOutputs(t, out, STEPS);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

// The command line itself (flag parsing and the "started directly" check), in a child process.
test.serial('mnist-mlp command line: --steps --out --config', async (t) => {
  const out = await tempDir('mlp-cli');
  try {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'examples/mnist-mlp.ts',
        '--steps',
        '4',
        '--out',
        out,
        '--config',
        'economy',
      ],
      {
        encoding: 'utf8',
      },
    );
    t.is(r.status, 0, r.stderr);
    t.regex(r.stdout, /Cockpit status report/);
    await checkOutputs(t, out, 4);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test.serial('command lines reject bad flags with status 2', (t) => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8' });
  const badConfig = run('examples/mnist-cnn.ts', '--config', 'first-class');
  t.is(badConfig.status, 2);
  t.regex(badConfig.stderr, /--config must be economy, business or full/);
  const badMode = run('examples/failure-modes.ts', '--mode', 'too-fast');
  t.is(badMode.status, 2);
  t.regex(badMode.stderr, /--mode must be one of too-large, too-small, tiny-batch/);
  const badSteps = run('examples/failure-modes.ts', '--mode', 'too-small', '--steps', '1');
  t.is(badSteps.status, 2);
});
