/**
 * Three deliberately broken runs that reproduce the Cockpit paper's diagnoses on MNIST:
 *
 *   node --import tsx examples/failure-modes.ts --mode too-large|too-small|tiny-batch
 *        [--steps N] [--out DIR] [--config economy|business|full]
 *
 * - `too-large`: learning rate above the stability limit 2/λ_max → α > 1 at almost every step,
 *   the loss climbs; the status report names the overshoot (and the stability limit).
 * - `too-small`: learning rate 100× below the demo's → α ≈ −1, the loss barely moves.
 * - `tiny-batch`: batch of 2 → the gradient tests sit at ≈ 1 (noise as large as the signal).
 *
 * Each writes TensorBoard events, cockpit.json and panel.png into DIR (default
 * runs/failure-<mode>), prints the status report and the measured numbers the diagnosis rests
 * on (examples/diagnostics.ts). docs/examples.md explains how to read each panel.
 */
import * as tf from '@tensorflow/tfjs';
import { runDemo, type DemoOptions } from './demo.js';
import { isMain, parseExampleArgs, runMain, UsageError, type ExampleArgs } from './example-cli.js';
import { formatDiagnostics, measure, type Diagnostics } from './diagnostics.js';
import { readLog } from '../exporters/json-log.js';
import { statusReport, type Finding } from '../exporters/status-report.js';
import type { ConfigurationName } from '../core/index.js';

export type FailureMode = 'too-large' | 'too-small' | 'tiny-batch';
export const FAILURE_MODES: readonly FailureMode[] = ['too-large', 'too-small', 'tiny-batch'];

/** One failure mode's settings (the "real" ones the docs were measured with). */
export interface FailureSettings {
  /** Which network: the demo's MLP, or the least-squares classifier. */
  network: 'mlp' | 'least-squares';
  lr: number;
  batch: number;
  steps: number;
  config: ConfigurationName;
  /** Status-report rule ids that name this diagnosis (empty: the report has no rule that fires). */
  expectedFindings: readonly string[];
  /** Why these settings (quoted in docs/examples.md). */
  why: string;
}

export const FAILURE_SETTINGS: Record<FailureMode, FailureSettings> = {
  'too-large': {
    network: 'least-squares',
    lr: 0.3,
    batch: 64,
    steps: 100,
    // full: adds the Max Eigenvalue instrument, so the panel (and report) show lr > 2/λ_max.
    config: 'full',
    expectedFindings: ['alpha-overshoot', 'unstable-learning-rate'],
    why:
      'A squared loss is exactly quadratic along every step, so overshooting reads as α > 1. ' +
      'With cross-entropy a too-large step lands in the nearly linear tail of the softmax loss and the ' +
      'fit reads α ≈ 0 instead (measured on the MLP: lr 2 → mean α of the last 10 % 0.27, lr 5 → the ' +
      'ReLUs die and α = −1).',
  },
  'too-small': {
    network: 'mlp',
    lr: 0.001,
    batch: 2048,
    steps: 40,
    config: 'economy',
    expectedFindings: ['alpha-too-small'],
    why:
      'α compares the slope at the start (from the batch’s own gradient) with the slope on the next ' +
      'batch; with gradient noise that difference looks like curvature even for vanishing steps, so ' +
      'α → −1 + θ²/(1 + θ²) (θ = NormTest), not −1. A large batch keeps θ small (measured on the ' +
      'MLP at lr 0.001: batch 64 → α ≈ −0.45, 512 → −0.81, 1024 → −0.91, 2048 → −0.95).',
  },
  'tiny-batch': {
    network: 'mlp',
    lr: 0.1,
    batch: 2,
    steps: 300,
    config: 'economy',
    // The report's gradient-noise rule judges r = θ²/(1 − θ²) (see docs/examples.md).
    expectedFindings: ['gradient-noise'],
    why:
      'Only the batch size differs from the mnist-mlp example (64 → 2): the gradient tests rise to ≈ 1, ' +
      'the noise ball reaches the origin.',
  },
};

/** The least-squares classifier: one dense layer, squared error on the one-hot labels, plain SGD. */
export function buildLeastSquares(lr: number): tf.Sequential {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [784], units: 10 })] });
  model.compile({ optimizer: tf.train.sgd(lr), loss: 'meanSquaredError', metrics: ['accuracy'] });
  return model;
}

export interface FailureRun {
  mode: FailureMode;
  out: string;
  logPath: string;
  panelPath?: string;
  diagnostics: Diagnostics;
  findings: Finding[];
}

/** Runs one failure mode; `args` (steps, out, config, backend) default to the mode's real settings. */
export async function runFailureMode(
  mode: FailureMode,
  args: Partial<ExampleArgs> = {},
  overrides: Partial<Pick<FailureSettings, 'lr' | 'batch'>> = {},
  quiet = false,
): Promise<FailureRun> {
  const s = { ...FAILURE_SETTINGS[mode], ...overrides };
  const options: DemoOptions = {
    config: args.config ?? s.config,
    steps: args.steps ?? s.steps,
    out: args.out ?? `runs/failure-${mode}`,
    backend: args.backend ?? 'auto',
    model: 'mlp',
    lr: s.lr,
    batch: s.batch,
    quiet,
    runName: `failure-${mode}`,
    build: s.network === 'least-squares' ? buildLeastSquares : undefined,
  };
  const result = await runDemo(options);
  if (!result.logPath) throw new Error('internal: the demo wrote no cockpit.json');
  const log = await readLog(result.logPath);
  return {
    mode,
    out: result.out,
    logPath: result.logPath,
    panelPath: result.panelPath,
    diagnostics: measure(log),
    findings: statusReport(log, { batchSize: s.batch }),
  };
}

if (isMain(import.meta.url)) {
  runMain(async () => {
    const { given, extra } = parseExampleArgs(process.argv.slice(2), { mode: { type: 'string' } });
    const mode = extra.mode as FailureMode;
    if (!FAILURE_MODES.includes(mode))
      throw new UsageError(
        `--mode must be one of ${FAILURE_MODES.join(', ')}, got "${extra.mode}"`,
      );
    const run = await runFailureMode(mode, given);
    console.log(`\nmeasured (${mode}):\n${formatDiagnostics(run.diagnostics)}`);
  });
}
