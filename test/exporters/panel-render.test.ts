import test from 'ava';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { CockpitLog } from '../../core/record.js';
import { readLog, writeLog } from '../../exporters/json-log.js';
import { buildPanelSpec } from '../../exporters/panel/spec.js';
import { renderPanel, writePanel, formatForPath } from '../../exporters/panel/render.js';
import { SLOT_NAMES, type SlotName } from '../../exporters/panel/layout.js';
import { countNonBackground, decodePng, pngSize } from '../fixtures/png.js';
import { groupRect } from '../fixtures/spec-walk.js';
import { logFromGoldenCase, syntheticRun } from '../fixtures/synthetic-run.js';
import { HOSTILE_CASES, hostileLog } from '../fixtures/hostile-logs.js';

const execFileAsync = promisify(execFile);

const GOLDEN = ['mlp-ce-sgd', 'mlp-mse-momentum', 'mlp-ce-sgd-schedules'];
const golden = (name: string) =>
  logFromGoldenCase(JSON.parse(readFileSync(`/work/shared/golden/${name}.case.json`, 'utf8')));

/**
 * The log as cockpit-for-pytorch writes it with json_tricks (indent 4, sorted keys, numpy arrays
 * as {"__ndarray__", "dtype", "shape"}, "Corder" for 2-D), written independently of serializeLog.
 */
function referenceJson(log: CockpitLog): string {
  const nd = (a: unknown[], dtype: string) => {
    const shape = Array.isArray(a[0]) ? [a.length, (a[0] as unknown[]).length] : [a.length];
    return shape.length === 2
      ? { Corder: true, __ndarray__: a, dtype, shape }
      : { __ndarray__: a, dtype, shape };
  };
  const out: Record<string, unknown> = {};
  for (const step of Object.keys(log)
    .map(Number)
    .sort((a, b) => a - b)) {
    const v = log[step] as Record<string, any>;
    const row: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      if (k === 'GradHist1d')
        row[k] = { edges: nd(v[k].edges, 'float32'), hist: nd(v[k].hist, 'float32') };
      else if (k === 'GradHist2d')
        row[k] = {
          edges: [nd(v[k].edges[0], 'float32'), nd(v[k].edges[1], 'float32')],
          hist: nd(v[k].hist, 'int64'),
        };
      else row[k] = v[k];
    }
    out[String(step)] = row;
  }
  return JSON.stringify(out, null, 4);
}

const present = (spec: Record<string, any>): SlotName[] =>
  SLOT_NAMES.filter((s) => (spec.marks as Record<string, any>[]).some((m) => m.name === s));

function checkRegions(
  t: any,
  png: ReturnType<typeof decodePng>,
  spec: Record<string, any>,
  expected: SlotName[],
): void {
  t.deepEqual(present(spec), expected);
  for (const slot of expected) {
    const r = groupRect(spec, slot);
    const face: [number, number, number] =
      slot === 'hyperparameters' || slot === 'performance' ? [0xab, 0xab, 0xba] : [255, 255, 255];
    const inner = { x: r.x + 2, y: r.y + 2, width: r.width - 4, height: r.height - 4 };
    const drawn = countNonBackground(png, inner, face);
    t.true(drawn > 40, `${slot}: only ${drawn} drawn pixels in its plot area`);
  }
}

test('a reference-format log (json_tricks layout and our writeLog) renders every instrument it has to a 1600×900 PNG', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'panel-render-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  for (const name of GOLDEN) {
    const log = golden(name);
    const refPath = join(dir, `${name}.ref.json`);
    await writeFile(refPath, referenceJson(log));
    const ours = await writeLog(log, join(dir, `${name}.ours`));
    const [fromRef, fromOurs] = await Promise.all([readLog(refPath), readLog(ours)]);
    t.deepEqual(fromRef, fromOurs, `${name}: both files parse to the same log`);
    const png = (await renderPanel(fromRef, { format: 'png', optimizer: 'SGD' })) as Uint8Array;
    t.deepEqual(pngSize(png), { width: 1600, height: 900 });
    const spec = buildPanelSpec(fromRef, { optimizer: 'SGD' });
    const expected = present(spec);
    t.true(expected.length >= 9, `${name}: ${expected.join(',')}`);
    checkRegions(t, decodePng(png), spec, expected);
    // The empty Hyperparameters slot (no learning_rate logged) stays blank.
    const hyper = {
      x: 20,
      y: spec.marks.find((m: any) => m.name === 'performance').encode.enter.y.value,
      width: 400,
      height: 120,
    };
    t.is(countNonBackground(decodePng(png), hyper), 0, `${name}: empty slot has no marks`);
  }
});

test('a long synthetic training run renders all eleven instruments to PNG and SVG', async (t) => {
  const log = syntheticRun({ steps: 3000 });
  const spec = buildPanelSpec(log, { report: true });
  const png = decodePng((await renderPanel(log, { format: 'png', report: true })) as Uint8Array);
  t.is(png.width, 1600);
  t.is(png.height, 900);
  checkRegions(t, png, spec, [...SLOT_NAMES]);
  const svg = (await renderPanel(log, { format: 'svg' })) as string;
  t.true(svg.startsWith('<svg'));
  t.regex(svg, /width="1600" height="900"/);
  for (const title of [
    'Alpha Distribution',
    'Distance',
    'Gradient Norm',
    'Gradient Tests',
    'Max Eigenvalue',
    'Trace',
    'TIC',
    'Hyperparameters',
    'Performance Plot',
    'STEP SIZE',
  ]) {
    t.true(svg.includes(`>${title}<`), title);
  }
});

test('the picture size follows width/height and text renders with system fonts', async (t) => {
  const log = syntheticRun({ steps: 200 });
  const png = (await renderPanel(log, { format: 'png', width: 1200, height: 700 })) as Uint8Array;
  t.deepEqual(pngSize(png), { width: 1200, height: 700 });
  // The title row has dark glyph pixels only if a font was found.
  const decoded = decodePng(png);
  t.true(
    countNonBackground(decoded, { x: 400, y: 5, width: 400, height: 30 }, [255, 255, 255], 100) >
      100,
  );
});

test('writePanel picks the format from the extension and rejects unknown ones', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'panel-write-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const log = golden('mlp-ce-sgd');
  await writePanel(log, join(dir, 'p.svg'));
  t.true((await readFile(join(dir, 'p.svg'), 'utf8')).startsWith('<svg'));
  await writePanel(log, join(dir, 'sub', 'p.png'));
  t.deepEqual(pngSize(new Uint8Array(await readFile(join(dir, 'sub', 'p.png')))), {
    width: 1600,
    height: 900,
  });
  t.is(formatForPath('x.HTML'), 'html');
  t.throws(() => formatForPath('x.gif'), { message: /\.png, \.svg or \.html/ });
  await t.throwsAsync(renderPanel(log, { format: 'pdf' as 'svg' }), { message: /format "pdf"/ });
});

test('data outside fixed axis ranges or past its own steps renders (in a child process: a resvg panic would abort it)', async (t) => {
  const script = fileURLToPath(new URL('../fixtures/hostile-logs.ts', import.meta.url));
  for (const name of HOSTILE_CASES) {
    const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', script, name], {
      timeout: 60_000,
    });
    t.true(Number(stdout.trim()) > 10_000, `${name}: ${stdout}`);
    const spec = buildPanelSpec(hostileLog(name));
    t.false(JSON.stringify(spec).includes('"clip":true'), `${name}: no clipped marks`);
  }
  const svg = (await renderPanel(hostileLog('alpha-far'), { format: 'svg' })) as string;
  t.false(svg.includes('clip-path'));
});
