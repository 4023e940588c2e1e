import test from 'ava';
import type { CockpitLog } from '../../core/record.js';
import {
  noiseRatio,
  formatReport,
  reportArtifact,
  statusReport,
  type Finding,
} from '../../exporters/status-report.js';
import { mapKey, syntheticRun } from '../fixtures/synthetic-run.js';

const STEPS = 500;
const base = (): CockpitLog => syntheticRun({ steps: STEPS, seed: 7 });
const ids = (f: Finding[]) => f.map((x) => x.id);
const flatLoss = (log: CockpitLog) => mapKey(log, 'Loss', (s) => 1 + 0.001 * Math.sin(s));
const scaled = (v: unknown, k: number) => (v as number[]).map((x) => x * k);

test('a healthy run has no findings and the Markdown says so', (t) => {
  const f = statusReport(base());
  t.deepEqual(ids(f), []);
  t.regex(formatReport(f), /No problems found by the rules/);
});

test('non-finite loss: critical, names the first bad step', (t) => {
  const log = mapKey(base(), 'Loss', (s, v) =>
    s === 310 ? NaN : s === 400 ? Infinity : (v as number),
  );
  const f = statusReport(log);
  t.is(f[0].id, 'loss-non-finite');
  t.is(f[0].severity, 'critical');
  t.is(f[0].step, 310);
  t.regex(f[0].detail, /2 step\(s\)/);
  t.false(
    ids(
      statusReport(mapKey(base(), 'Loss', (s, v) => (s === 310 ? undefined : (v as number)))),
    ).includes('loss-non-finite'),
    'a missing loss is not a NaN loss',
  );
});

test('alpha overshoot: most of the last 10 % above 1 → lower the learning rate by (1+0.5)/(1+median α)', (t) => {
  const over = statusReport(
    mapKey(base(), 'Alpha', (s, v) =>
      v === undefined ? undefined : s >= 440 ? 1.5 : (v as number),
    ),
  );
  const f = over.find((x) => x.id === 'alpha-overshoot');
  t.truthy(f);
  t.regex(f!.suggestion, /×0\.6 /);
  // 19 of the last 49 values (39 %) above 1 is not "mostly".
  const some = statusReport(
    mapKey(base(), 'Alpha', (s, v) =>
      v === undefined ? undefined : s >= 480 ? 1.5 : (v as number),
    ),
  );
  t.false(ids(some).includes('alpha-overshoot'));
});

test('alpha near −1: steps too small', (t) => {
  const small = statusReport(
    mapKey(base(), 'Alpha', (s, v) =>
      v === undefined ? undefined : s >= 400 ? -0.97 : (v as number),
    ),
  );
  t.true(ids(small).includes('alpha-too-small'));
  const notSmall = statusReport(
    mapKey(base(), 'Alpha', (s, v) =>
      v === undefined ? undefined : s >= 400 ? -0.8 : (v as number),
    ),
  );
  t.false(ids(notSmall).includes('alpha-too-small'));
});

test('norm test persistently ≈ 1 (noise ≫ signal) → batch too small, with a batch size when N is known', (t) => {
  // θ = 0.995 ↔ r = θ²/(1 − θ²) ≈ 99.3: noise about 100× the signal.
  const noisy = mapKey(base(), 'NormTest', () => 0.995);
  const f = statusReport(noisy, { batchSize: 32 }).find((x) => x.id === 'gradient-noise');
  t.truthy(f);
  t.regex(f!.suggestion, /from 32 to about 3200 /);
  t.regex(statusReport(noisy).find((x) => x.id === 'gradient-noise')!.suggestion, /×100 /);
  t.regex(f!.detail, /about 99\.\d× its signal/);
  // A healthy batch reads θ ≈ 0.9 (r ≈ 4): no finding.
  t.false(ids(statusReport(mapKey(base(), 'NormTest', () => 0.9))).includes('gradient-noise'));
  // Noisy at only 70 % of the window is not persistent.
  const flaky = statusReport(mapKey(base(), 'NormTest', (s) => (s % 10 < 7 ? 0.995 : 0.5)));
  t.false(ids(flaky).includes('gradient-noise'));
  t.throws(() => statusReport(noisy, { batchSize: 0 }), { message: /batchSize=0/ });
  t.is(noiseRatio(0.5), 1 / 3);
  t.is(noiseRatio(1.2), Infinity);
});

test('sharpening: λ_max growing while the loss stalls; not while the loss still drops', (t) => {
  const growing = (log: CockpitLog) =>
    mapKey(log, 'HessMaxEV', (s, v) => (v === undefined ? undefined : 4 + (16 * s) / STEPS));
  t.true(ids(statusReport(flatLoss(growing(base())))).includes('sharpening'));
  t.false(ids(statusReport(growing(base()))).includes('sharpening'));
  t.false(
    ids(statusReport(flatLoss(base()))).includes('sharpening'),
    'a stalled loss alone is not sharpening',
  );
});

test('learning rate above 2/λ_max', (t) => {
  const hot = statusReport(
    mapKey(base(), 'learning_rate', (_, v) => (v === undefined ? undefined : 0.5)),
  );
  const f = hot.find((x) => x.id === 'unstable-learning-rate');
  t.truthy(f);
  t.regex(f!.detail, /2\/λ_max = 0\.2/);
  t.false(ids(statusReport(base())).includes('unstable-learning-rate'));
});

test('gradient norm exploding, non-finite, vanishing', (t) => {
  const explode = mapKey(base(), 'GradNorm', (s, v) =>
    scaled(v, Math.exp((s / STEPS) * Math.log(1000))),
  );
  t.true(ids(statusReport(explode)).includes('grad-norm-exploding'));
  const nan = mapKey(base(), 'GradNorm', (s, v) => (s === 200 ? [NaN, 1, 1, 1] : (v as number[])));
  const f = statusReport(nan).find((x) => x.id === 'grad-norm-non-finite');
  t.is(f?.step, 200);
  t.is(f?.severity, 'critical');
  const vanish = mapKey(base(), 'GradNorm', (s, v) =>
    scaled(v, Math.exp(-(s / STEPS) * Math.log(1e5))),
  );
  t.true(ids(statusReport(flatLoss(vanish))).includes('grad-norm-vanishing'));
  t.false(
    ids(statusReport(vanish)).includes('grad-norm-vanishing'),
    'small gradients with a loss that dropped are convergence',
  );
  t.false(ids(statusReport(base())).some((id) => id.startsWith('grad-norm')));
});

test('distance from initialisation: never moved (critical) and stopped growing with a stalled loss', (t) => {
  const frozen = statusReport(mapKey(base(), 'Distance', () => [0, 0, 0, 0]));
  t.is(frozen[0].id, 'distance-zero');
  t.is(frozen[0].severity, 'critical');
  const plateau = mapKey(base(), 'Distance', (s, v) =>
    s > STEPS / 2 ? [1, 1, 1, 1] : (v as number[]).map((x) => Math.min(x, 1)),
  );
  t.true(ids(statusReport(flatLoss(plateau))).includes('distance-not-growing'));
  t.false(
    ids(statusReport(plateau)).includes('distance-not-growing'),
    'a flat distance while the loss still improves is fine',
  );
  t.false(
    ids(statusReport(flatLoss(base()))).includes('distance-not-growing'),
    'a growing distance is fine',
  );
});

test('findings are ranked: critical first, then by step; Markdown and artifact carry them', (t) => {
  let log = mapKey(base(), 'NormTest', () => 4);
  log = mapKey(log, 'Loss', (s, v) => (s === 450 ? NaN : (v as number)));
  const f = statusReport(log);
  t.deepEqual(ids(f), ['loss-non-finite', 'gradient-noise']);
  const md = formatReport(f);
  t.regex(md, /^# Cockpit status report/);
  t.regex(md, /- \*\*CRITICAL: Loss is not finite from step 450\*\*\n/);
  t.regex(md, /\*Suggestion:\* increase the batch size/);
  const a = reportArtifact(f, 499);
  t.is(a.kind, 'report');
  t.is(a.fileName, 'report.md');
  t.is(new TextDecoder().decode(a.data), md);
});
