/**
 * The interactive HTML panel in headless Chromium: renders offline without console errors, shows
 * every instrument, shows a point's value on hover, and re-renders for a new step range.
 * Skips loudly without /usr/bin/chromium, unless REQUIRE_TRACKERS=1 (CI), where it fails.
 */
import test from 'ava';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLog, serializeLog } from '../../exporters/json-log.js';
import { renderPanel } from '../../exporters/panel/render.js';
import { INSTRUMENT_TITLES } from '../../exporters/panel/spec.js';
import { LOSS_POINT_SCRIPT } from '../../scripts/screenshot-panel.js';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../fixtures/chromium.js';
import { logFromGoldenCase, syntheticRun } from '../fixtures/synthetic-run.js';

const required = process.env.REQUIRE_TRACKERS === '1';
const available = chromiumAvailable();
if (!available) {
  console.warn(
    `\n*** panel HTML browser test ${required ? 'FAILS' : 'SKIPPED'}: no Chromium at ${CHROMIUM} (apt-get install chromium) ***\n`,
  );
}
const browserTest = available || required ? test.serial : test.serial.skip;

browserTest(
  'the HTML panel renders offline, shows every instrument, hover values and step ranges',
  async (t) => {
    t.true(available, `Chromium missing at ${CHROMIUM}`);
    const dir = await mkdtemp(join(tmpdir(), 'panel-html-'));
    const { browser, close } = await launchChromium();
    t.teardown(async () => {
      await close();
      await rm(dir, { recursive: true, force: true });
    });
    const log = syntheticRun({ steps: 1500 });
    log[900] = { ...log[900], Loss: NaN };
    const file = join(dir, 'panel.html');
    await writeFile(
      file,
      await renderPanel(log, { format: 'html', optimizer: 'SGD', report: true }),
    );

    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);
    await page.waitForSelector('body[data-rendered="0:1499"]', { timeout: 30_000 });

    const texts = await page.$$eval('#panel svg text', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    for (const title of Object.values(INSTRUMENT_TITLES)) {
      t.true(
        texts.some((x) => x.startsWith(title)),
        `instrument "${title}" is drawn`,
      );
    }
    t.true(
      texts.some((x) => x.includes('Loss is not finite from step 900')),
      'the report is in the header',
    );
    t.true(texts.includes('Cockpit for SGD'));

    const point = (await page.evaluate(LOSS_POINT_SCRIPT)) as {
      x: number;
      y: number;
      step: number;
      value: number;
    } | null;
    t.truthy(point, 'found a Loss point in the scenegraph');
    await page.mouse.move(point!.x, point!.y);
    await page.waitForSelector('#cockpit-tooltip', { state: 'visible', timeout: 5000 });
    const tip = await page.textContent('#cockpit-tooltip');
    t.true(tip!.includes('Loss'), tip!);
    t.true(
      tip!.includes(String(Number(point!.value.toPrecision(4)))),
      `tooltip "${tip}" shows ${point!.value}`,
    );
    t.true(tip!.includes(`step${point!.step}`), tip!);

    await page.fill('#step-from', '200');
    await page.fill('#step-to', '600');
    await page.dispatchEvent('#step-to', 'change');
    await page.waitForSelector('body[data-rendered="200:600"]', { timeout: 30_000 });
    const steps = (await page.evaluate(
      `window.cockpitPanel.spec.data.find((d) => d.name === 'perf_loss_points').values.map((v) => v.step)`,
    )) as number[];
    t.is(Math.min(...steps), 200);
    t.is(Math.max(...steps), 600);
    const after = await page.$$eval('#panel svg text', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    t.true(
      after.some((x) => x === 'Gradient Element Histogram (step 600)'),
      'latest histogram within the range',
    );
    t.false(
      after.some((x) => x.includes('Loss is not finite')),
      'the report follows the range',
    );
    t.is(await page.textContent('#status'), 'steps 200–600 (401 rows)');

    t.deepEqual(errors, []);
    t.deepEqual(
      requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')),
      [],
      'no network requests',
    );
  },
);

browserTest(
  'the HTML page of a short reference-format log shows the instruments it has, without errors',
  async (t) => {
    t.true(available, `Chromium missing at ${CHROMIUM}`);
    const dir = await mkdtemp(join(tmpdir(), 'panel-html-golden-'));
    const { browser, close } = await launchChromium();
    t.teardown(async () => {
      await close();
      await rm(dir, { recursive: true, force: true });
    });
    const log = parseLog(
      serializeLog(
        logFromGoldenCase(
          JSON.parse(await readFile('/work/shared/golden/mlp-mse-momentum.case.json', 'utf8')),
        ),
      ),
    );
    const file = join(dir, 'golden.html');
    await writeFile(file, await renderPanel(log, { format: 'html', steps: [1, 3] }));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    await page.waitForSelector('body[data-rendered="1:3"]', { timeout: 30_000 });
    const texts = await page.$$eval('#panel svg text', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    for (const title of ['Gradient Norm', 'Gradient Tests', 'Performance Plot', 'Max Eigenvalue']) {
      t.true(texts.includes(title), title);
    }
    t.false(texts.includes('Hyperparameters'), 'no learning_rate logged: empty slot');
    t.is(await page.inputValue('#step-from'), '1');
    await page.click('#reset');
    await page.waitForSelector('body[data-rendered="0:4"]', { timeout: 30_000 });
    t.deepEqual(errors, []);
  },
);
