import test from 'ava';
import { readFileSync } from 'node:fs';
import type { CockpitLog } from '../../core/record.js';
import { ema } from '../../exporters/panel/ema.js';
import { buildPanelSpec, presentInstruments } from '../../exporters/panel/spec.js';
import { buildTable, lastTenPercent, sliceTable } from '../../exporters/panel/table.js';
import { thinIndices, paddedDomain } from '../../exporters/panel/series.js';
import { formatLearningRate } from '../../exporters/panel/instruments/classic.js';
import { density } from '../../exporters/panel/density.js';
import { logFromRecords } from '../../exporters/panel/records.js';
import { panelArtifact } from '../../exporters/panel/render.js';
import { dataValues, findMark, findScale, texts } from '../fixtures/spec-walk.js';
import { logFromGoldenCase, syntheticRun } from '../fixtures/synthetic-run.js';

const golden = logFromGoldenCase(
  JSON.parse(readFileSync('/work/shared/golden/mlp-ce-sgd.case.json', 'utf8')),
);

test('EMA follows pandas ewm(alpha=0.2, adjust=False) including NaN rows', (t) => {
  const out = ema([1, NaN, NaN, 4, 2]);
  t.is(out[0], 1);
  t.is(out[1], 1, 'a NaN row repeats the previous average');
  t.is(out[2], 1);
  // After m = 2 NaN rows: (0.8^3·1 + 0.2·4) / (0.8^3 + 0.2).
  const e3 = (0.512 * 1 + 0.2 * 4) / (0.512 + 0.2);
  t.true(Math.abs(out[3] - e3) < 1e-12, `${out[3]} vs ${e3}`);
  t.true(Math.abs(out[4] - (0.8 * e3 + 0.2 * 2)) < 1e-12);
  const lead = ema([NaN, 2, 3]);
  t.true(Number.isNaN(lead[0]), 'no average before the first observation');
  t.deepEqual(lead.slice(1), [2, 0.8 * 2 + 0.2 * 3]);
  t.deepEqual(ema([5, 5, 5]), [5, 5, 5]);
});

test('the last 10 % are the last floor(rows/10) present values, rows counting every table row', (t) => {
  const values = Array.from({ length: 25 }, (_, i) => (i % 5 === 4 ? NaN : i));
  t.deepEqual(lastTenPercent(values), [22, 23], '25 rows → the last 2 present values');
  t.deepEqual(lastTenPercent([1, 2, 3, 4, 5, 6, 7, 8, 9]), [], 'fewer than 10 rows → empty');
  t.deepEqual(lastTenPercent([1, NaN, 3], 30), [1, 3], 'k = 3 but only 2 present');
});

test('the golden case shows every instrument whose quantities it has, and no Hyperparameters without learning_rate', (t) => {
  t.deepEqual(presentInstruments(golden), [
    'alpha',
    'distance',
    'gradnorm',
    'gradtests',
    'hist1d',
    'hist2d',
    'maxev',
    'trace',
    'tic',
    'performance',
  ]);
});

test('instruments need all their quantities (Alpha at least two values)', (t) => {
  const only = (values: CockpitLog[number][]): CockpitLog =>
    Object.fromEntries(values.map((v, i) => [i, v]));
  t.deepEqual(presentInstruments(only([{ Loss: 1 }, { Loss: 0.5 }])), ['performance']);
  t.deepEqual(
    presentInstruments(only([{ Distance: [1, 2] }, { Distance: [2, 2] }])),
    [],
    'Distance without UpdateSize',
  );
  t.deepEqual(
    presentInstruments(only([{ Alpha: 0.5 }, { Loss: 1 }])),
    ['performance'],
    'one α is not enough',
  );
  t.deepEqual(presentInstruments(only([{ Alpha: 0.5 }, { Alpha: -1 }])), ['alpha']);
  t.deepEqual(presentInstruments(only([{ NormTest: 1, InnerTest: 1 }])), [], 'OrthoTest missing');
  t.deepEqual(presentInstruments(only([{ TICTrace: 1 }])), [], 'TIC needs TICDiag');
  t.deepEqual(presentInstruments(only([{ learning_rate: 0.1 }])), ['hyperparameters']);
  t.deepEqual(
    presentInstruments(only([{ Loss: NaN }])),
    [],
    'a NaN loss counts as missing, like pandas',
  );
});

test('axis scales: log for Max Eigenvalue and the 1-D histogram, symlog for the test centre, [0,1] accuracy', (t) => {
  const spec = buildPanelSpec(syntheticRun({ steps: 300 }));
  t.is(findScale(spec, 'maxev_yl')?.type, 'log');
  t.is(findScale(spec, 'trace_yl')?.type, 'linear');
  t.is(findScale(spec, 'hist1d_y')?.type, 'log');
  t.is(findScale(spec, 'tests_cx')?.type, 'symlog');
  t.deepEqual(findScale(spec, 'tests_cx')?.domain, [-2, 2]);
  t.is(findScale(spec, 'tests_norm_y')?.type, 'log');
  t.true(findScale(spec, 'tests_inner_y')?.reverse, 'Inner runs downwards');
  t.deepEqual(findScale(spec, 'perf_acc')?.domain, [0, 1]);
  t.deepEqual(findScale(spec, 'alpha_x')?.domain, [-1.5, 1.5]);
  t.deepEqual(findScale(spec, 'alpha_y')?.domain, [0, 1.75]);
  t.truthy(findScale(spec, 'tic_yr'), 'TICTrace gets its twin axis');
  t.truthy(findScale(spec, 'distance_yr'), 'UpdateSize gets its twin axis');
  t.deepEqual(findScale(spec, 'gradnorm_x')?.domain, [0, 299], 'x tight to the data');
  t.deepEqual(findScale(spec, 'gradnorm_x')?.range, [
    0,
    findMark(spec, 'gradnorm')!.encode.enter.width.value,
  ]);
});

test('Max Eigenvalue on its log axis leaves out non-positive values', (t) => {
  const log: CockpitLog = {
    0: { HessMaxEV: 2 },
    1: { HessMaxEV: -0.5 },
    2: { HessMaxEV: 0 },
    3: { HessMaxEV: 4 },
  };
  const spec = buildPanelSpec(log);
  t.deepEqual(
    dataValues(spec, 'maxev_l_points').map((p) => p.step),
    [0, 3],
  );
});

test('the EMA drawn is computed over all table rows, NaN rows included', (t) => {
  const log: CockpitLog = {
    0: { GradNorm: [3, 4] },
    1: { Loss: 1 },
    2: { Loss: 1 },
    3: { GradNorm: [0, 10] },
  };
  const spec = buildPanelSpec(log);
  const rows = dataValues(spec, 'gradnorm_l_ema');
  const byStep = new Map(rows.map((r) => [r.step, r.value]));
  t.is(byStep.get(0), 5, 'total ‖g‖ = sqrt(3² + 4²)');
  t.is(byStep.get(1), 5);
  t.true(Math.abs(byStep.get(3) - (0.512 * 5 + 0.2 * 10) / 0.712) < 1e-12);
});

test('title: optimizer, explicit title, default', (t) => {
  t.true(texts(buildPanelSpec(golden, { optimizer: 'SGD' })).includes('Cockpit for SGD'));
  t.true(texts(buildPanelSpec(golden, { optimizer: 'SGD', title: 'Run 7' })).includes('Run 7'));
  t.true(texts(buildPanelSpec(golden)).includes('Cockpit'));
  const cols = texts(buildPanelSpec(golden));
  for (const c of ['STEP SIZE', 'GRADIENTS', 'CURVATURE']) t.true(cols.includes(c), c);
});

test('the alpha legend shows the means of all values and of the last 10 %', (t) => {
  const log: CockpitLog = Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [i, { Alpha: i < 18 ? 0 : 1 }]),
  );
  const all = texts(buildPanelSpec(log));
  t.true(all.includes('all (μ=0.10)'), all.join('|'));
  t.true(all.includes('last 10 % (μ=1.00)'));
});

test('a step range keeps only its rows and shows the latest histogram inside it', (t) => {
  const log = syntheticRun({ steps: 400 });
  const spec = buildPanelSpec(log, { steps: [100, 250] });
  const steps = dataValues(spec, 'perf_loss_points').map((p) => p.step);
  t.is(Math.min(...steps), 100);
  t.is(Math.max(...steps), 250);
  t.true(texts(spec).includes('Gradient Element Histogram (step 250)'));
  t.true(texts(spec).some((s) => s === 'Gradient/Parameter Element Histogram (step 250)'));
  const sliced = sliceTable(buildTable(log), [100, 250]);
  t.is(sliced.steps.length, 151);
});

test('long series are thinned to about maxPoints and keep their extremes', (t) => {
  const values = Array.from({ length: 10000 }, (_, i) => Math.sin(i / 50) + (i === 7777 ? 50 : 0));
  const idx = thinIndices(values, 1000);
  t.true(idx.length <= 1001, `${idx.length}`);
  t.true(idx.includes(7777), 'the spike survives');
  t.true(idx.includes(9999), 'the last point is kept');
  t.deepEqual(thinIndices([1, 2, 3], 1000), [0, 1, 2]);
});

test('padded domains: 5 % margins, log space for log scales, constant series widened', (t) => {
  t.deepEqual(paddedDomain([0, 10]), [-0.5, 10.5]);
  const [lo, hi] = paddedDomain([1, 100], 'log')!;
  t.true(Math.abs(Math.log10(lo) + 0.1) < 1e-12 && Math.abs(Math.log10(hi) - 2.1) < 1e-12);
  t.deepEqual(paddedDomain([2, 2]), [1.8, 2.2]);
  t.is(paddedDomain([NaN, Infinity]), undefined);
  t.is(paddedDomain([-1, 0], 'log'), undefined);
});

test('alpha density: probabilities sum to 1 and the mean is the sample mean', (t) => {
  const d = density([0, 0.1, 0.2, 0.3, 1, -1]);
  t.true(Math.abs(d.bars.reduce((a, b) => a + b.p, 0) - 1) < 1e-12);
  t.true(Math.abs(d.mean - 0.6 / 6) < 1e-12);
  t.true(d.curve.length > 0);
});

test('learning rate legend uses the reference format', (t) => {
  t.is(formatLearningRate(0.015), '1.5E-02');
  t.is(formatLearningRate(3), '3.0E+00');
});

test('invalid options name the option at fault', (t) => {
  t.throws(() => buildPanelSpec(golden, { width: 10 }), { message: /width=10/ });
  t.throws(() => buildPanelSpec(golden, { steps: [5, 1] }), { message: /steps=\[5, 1\]/ });
  t.throws(() => buildPanelSpec(golden, { maxPoints: 1 }), { message: /maxPoints=1/ });
});

test('the report option puts the findings in the header', (t) => {
  const log = syntheticRun({ steps: 200 });
  log[150] = { ...log[150], Loss: NaN };
  const lines = texts(buildPanelSpec(log, { report: true }));
  t.true(
    lines.some((l) => l.includes('Loss is not finite from step 150')),
    lines.slice(0, 5).join('|'),
  );
  const clean = texts(buildPanelSpec(syntheticRun({ steps: 200 }), { report: true }));
  t.true(clean.some((l) => l.includes('no problems found')));
});

test('logIterations switches iteration axes to symlog with decade ticks', (t) => {
  const spec = buildPanelSpec(syntheticRun({ steps: 500 }), { logIterations: true });
  t.is(findScale(spec, 'gradnorm_x')?.type, 'symlog');
  t.is(findScale(spec, 'perf_x')?.type, 'symlog');
  const axis = findMark(spec, 'gradnorm')!.axes.find((a: any) => a.scale === 'gradnorm_x');
  t.deepEqual(axis.values, [0, 1, 10, 100]);
  t.is(findScale(buildPanelSpec(syntheticRun({ steps: 50 })), 'gradnorm_x')?.type, 'linear');
});

test('live records merge into the log the panel reads', (t) => {
  const log = logFromRecords([
    { step: 0, wallTime: 1, values: { Loss: 2, GradNorm: [1, 1] } },
    { step: 1, wallTime: 2, values: { Loss: 1.5 } },
    { step: 1, wallTime: 2, values: { learning_rate: 0.1 } },
  ]);
  t.deepEqual(log, { 0: { Loss: 2, GradNorm: [1, 1] }, 1: { Loss: 1.5, learning_rate: 0.1 } });
  t.deepEqual(presentInstruments(log), ['gradnorm', 'hyperparameters', 'performance']);
  t.throws(() => logFromRecords([{ step: 0.5, wallTime: 0, values: {} }]), { message: /step 0.5/ });
});

test('gradient tests centre: latest values as symmetric bands and a disk on symlog axes', (t) => {
  const log: CockpitLog = {
    0: { NormTest: 5, InnerTest: 5, OrthoTest: 5 },
    1: { NormTest: 1, InnerTest: 0.1, OrthoTest: 1 },
  };
  const spec = buildPanelSpec(log);
  const centre = findMark(spec, 'tests_centre_frame')!;
  const W = centre.encode.enter.width.value;
  const H = centre.encode.enter.height.value;
  const rects = centre.marks.filter((m: any) => m.type === 'rect').map((m: any) => m.encode.enter);
  const symlog = (v: number) => Math.sign(v) * Math.log1p(Math.abs(v) / 0.1);
  const px = (v: number, size: number) => ((symlog(v) + symlog(2)) / (2 * symlog(2))) * size;
  const ortho = rects.find((r: any) => r.x2 && r.x.value > 0);
  t.true(
    Math.abs(ortho.x.value - px(-1, W)) < 1e-9 && Math.abs(ortho.x2.value - px(1, W)) < 1e-9,
    'ortho band |x| ≤ 1',
  );
  const inner = rects.find((r: any) => r.y2 && r.y.value > 0);
  t.true(
    Math.abs(H - inner.y2.value - px(-0.1, H)) < 1e-9,
    'inner band |y| ≤ 0.1 (y runs downwards)',
  );
  t.true(Math.abs(inner.y.value + inner.y2.value - H) < 1e-9, 'symmetric about the origin');
  const disk = centre.marks.find((m: any) => m.type === 'path').encode.enter.path.value as string;
  const first = disk.slice(1).split('L')[0].split(',').map(Number);
  t.true(
    Math.abs(first[0] - px(1, W)) < 0.01 && Math.abs(first[1] - H / 2) < 0.01,
    'disk radius = NormTest',
  );
  t.true(texts(spec).includes('norm 1.00  inner 0.100  ortho 1.00'));
});

test('panelArtifact hands sinks a PNG of the panel', async (t) => {
  const a = await panelArtifact(syntheticRun({ steps: 100 }), 99, { report: true });
  t.is(a.kind, 'panel');
  t.is(a.fileName, 'panel.png');
  t.is(a.contentType, 'image/png');
  t.is(a.step, 99);
  t.deepEqual([...a.data.slice(1, 4)], [80, 78, 71], 'PNG signature');
});
