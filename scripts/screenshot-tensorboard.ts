/**
 * Rerunnable: writes a Cockpit run with the TensorBoard sink, starts the real TensorBoard on it
 * (127.0.0.1, tracker venv), opens the Custom Scalars dashboard in headless Chromium and saves
 * docs/tensorboard-custom-scalars.png (plus docs/tensorboard-images.png).
 *
 * The run is a real training (the demo's MLP on MNIST, configuration 'full', 200 steps, ~40 s on
 * 2 cores); `--synthetic` uses a deterministic stand-in instead (no training, instant).
 *
 * Usage: node --import tsx scripts/screenshot-tensorboard.ts [--synthetic] [--steps N] [--chromium /usr/bin/chromium]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { tensorBoard } from '../adapters/tensorboard/sink.js';
import type { ParameterInfo, RunInfo, StepRecord } from '../core/record.js';
import { freePort, startServer, trackerVenv, waitForHttp } from '../test/helpers/trackers.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const argIndex = process.argv.indexOf('--chromium');
const executablePath = argIndex > 0 ? process.argv[argIndex + 1]! : '/usr/bin/chromium';
const synthetic = process.argv.includes('--synthetic');
const stepsIndex = process.argv.indexOf('--steps');
const steps = stepsIndex > 0 ? Number(process.argv[stepsIndex + 1]) : 200;
if (!Number.isInteger(steps) || steps < 2)
  throw new Error(`--steps must be an integer ≥ 2, got ${process.argv[stepsIndex + 1]}`);

/**
 * The run to show: a deterministic stand-in with the dynamics of a small MLP trained by SGD
 * (decaying noisy loss, growing distance, shrinking updates, Alpha drifting positive). Swap
 * for a real Cockpit training run once core/cockpit.ts exists.
 */
function screenshotRun(steps = 300): { run: RunInfo; records: StepRecord[] } {
  const parameters: ParameterInfo[] = [
    { name: 'dense_1/kernel', layer: 'dense_1', param: 'kernel', shape: [784, 64] },
    { name: 'dense_1/bias', layer: 'dense_1', param: 'bias', shape: [64] },
    { name: 'dense_2/kernel', layer: 'dense_2', param: 'kernel', shape: [64, 10] },
    { name: 'dense_2/bias', layer: 'dense_2', param: 'bias', shape: [10] },
  ];
  const quantities = [
    'Loss',
    'Alpha',
    'Distance',
    'UpdateSize',
    'GradNorm',
    'GradHist1d',
    'GradHist2d',
    'NormTest',
    'InnerTest',
    'OrthoTest',
    'HessMaxEV',
    'HessTrace',
    'TICDiag',
    'TICTrace',
  ] as const;
  const run: RunInfo = {
    runName: 'mnist-mlp-sgd',
    configuration: 'full',
    quantities: quantities.map((name) => ({ name, schedule: 'every step', options: {} })),
    parameters,
    layers: [
      { name: 'dense_1', className: 'Dense', outputShape: '[null,64]', parameterCount: 50240 },
      { name: 'dense_2', className: 'Dense', outputShape: '[null,10]', parameterCount: 650 },
    ],
    optimizer: { className: 'SGDOptimizer', config: { learningRate: 0.05 } },
    backend: 'wasm',
    startTime: 1_700_000_000,
  };
  let seed = 42;
  const noise = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32 - 0.5) * 2;
  const records: StepRecord[] = [];
  let distance = [0, 0, 0, 0];
  for (let step = 0; step < steps; step++) {
    const progress = step / steps;
    const loss = 2.3 * Math.exp(-4 * progress) + 0.25 + 0.08 * noise();
    const gradNorm = parameters.map(
      (_, i) => (1.2 * Math.exp(-2 * progress) + 0.2) * (i % 2 ? 0.3 : 1) * (1 + 0.15 * noise()),
    );
    const update = gradNorm.map((g) => 0.05 * g);
    distance = distance.map((d, i) => Math.sqrt(d * d + update[i]! ** 2 * 3));
    const hist = Array.from({ length: 100 }, (_, k) =>
      Math.round(5000 * Math.exp(-(((k - 50) / (4 + 8 * Math.exp(-3 * progress))) ** 2))),
    );
    const hist2 = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: 50 }, (_, j) =>
        Math.round(800 * Math.exp(-(((i - 20) / 3) ** 2) - ((j - 25) / (6 + 4 * progress)) ** 2)),
      ),
    );
    records.push({
      step,
      wallTime: run.startTime + step * 0.2,
      values: {
        Loss: loss,
        Alpha: step < steps - 1 ? -0.6 + 1.1 * progress + 0.35 * noise() : undefined,
        Distance: distance,
        UpdateSize: step < steps - 1 ? update : undefined,
        GradNorm: gradNorm,
        NormTest: 1.5 + 2.5 * progress + 0.3 * noise(),
        InnerTest: 0.6 + 1.2 * progress + 0.1 * noise(),
        OrthoTest: 1.2 + 2.2 * progress + 0.2 * noise(),
        HessMaxEV: 8 + 14 * (1 - Math.exp(-5 * progress)) + noise(),
        HessTrace: parameters.map(
          (_, i) => (30 + 40 * progress) * (i % 2 ? 0.1 : 1) * (1 + 0.1 * noise()),
        ),
        TICDiag: 40 - 20 * progress + 2 * noise(),
        TICTrace: 1 - 0.4 * progress + 0.05 * noise(),
        GradHist1d: { hist, edges: Array.from({ length: 101 }, (_, k) => -2 + k * 0.04) },
        GradHist2d: {
          hist: hist2,
          edges: [
            Array.from({ length: 41 }, (_, k) => -1 + k * 0.05),
            Array.from({ length: 51 }, (_, k) => -2 + k * 0.08),
          ],
        },
      },
    });
    if (step % 50 === 49) {
      records.push({
        step,
        wallTime: run.startTime + step * 0.2 + 0.1,
        values: {
          epoch_count: (step + 1) / 50,
          train_loss: loss,
          valid_loss: loss * 1.08 + 0.02,
          train_accuracy: 0.95 - 0.8 * Math.exp(-5 * progress),
          valid_accuracy: 0.93 - 0.8 * Math.exp(-5 * progress),
          learning_rate: 0.05,
        },
      });
    }
  }
  return { run, records };
}

async function main(): Promise<void> {
  const bin = await trackerVenv();
  if (!bin)
    throw new Error('the tracker venv (TensorBoard) is not available; run scripts/setup-python.sh');
  const logdir = mkdtempSync(join(tmpdir(), 'tb-shot-'));
  const profile = mkdtempSync(join(tmpdir(), 'tb-shot-chromium-'));
  let runName: string;
  if (synthetic) {
    const { run, records } = screenshotRun(steps);
    runName = run.runName;
    const sink = tensorBoard(logdir, { run: runName });
    sink.open(run);
    for (const r of records) sink.write(r);
    sink.close({ status: 'finished' });
  } else {
    const { runDemo } = await import('../examples/demo.js');
    runName = 'mnist-mlp-full';
    console.log(`training ${runName} for ${steps} steps with the Cockpit…`);
    await runDemo({
      config: 'full',
      steps,
      out: join(logdir, runName),
      model: 'mlp',
      lr: 0.1,
      batch: 64,
      backend: 'auto',
      quiet: true,
      runName,
    });
  }

  const port = await freePort();
  const server = startServer(join(bin, 'tensorboard'), [
    '--logdir',
    logdir,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--reload_interval',
    '0',
  ]);
  const base = `http://127.0.0.1:${port}`;
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    await waitForHttp(`${base}/data/runs`, 90_000, server.proc);
    // Wait until the first load is done: the run's scalars are listed.
    for (let i = 0; ; i++) {
      const tags = (await (await fetch(`${base}/data/plugin/scalars/tags`)).json()) as Record<
        string,
        object
      >;
      if (Object.keys(tags[runName] ?? {}).length > 0) break;
      if (i > 120) throw new Error('TensorBoard did not load the run');
      await new Promise((r) => setTimeout(r, 500));
    }
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1600, height: 2300 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/?darkMode=false#custom_scalars`, { waitUntil: 'networkidle' });
    await page.getByText('STEP SIZE').first().waitFor({ timeout: 60_000 });
    // Charts draw asynchronously after their data requests.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(4000);
    const out = join(repoRoot, 'docs', 'tensorboard-custom-scalars.png');
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
    await page.setViewportSize({ width: 1200, height: 700 });
    await page.goto(`${base}/#images`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(4000);
    const images = join(repoRoot, 'docs', 'tensorboard-images.png');
    await page.screenshot({ path: images });
    console.log(`wrote ${images}`);
  } finally {
    await context?.close();
    await server.stop();
    rmSync(logdir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
