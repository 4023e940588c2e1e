/**
 * Renders the panel of the synthetic training run (test/fixtures/synthetic-run.ts) to
 * docs/panel.png, docs/panel.svg-free PNG of the reference-format golden log to
 * docs/panel-golden.png, and screenshots the interactive HTML page in headless Chromium
 * (with a tooltip showing) to docs/panel-html.png. Rerunnable:
 *
 *   node --import tsx scripts/screenshot-panel.ts
 */
import { readFile, writeFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPanel } from '../exporters/panel/render.js';
import { parseLog, serializeLog } from '../exporters/json-log.js';
import { launchChromium, chromiumAvailable, CHROMIUM } from '../test/fixtures/chromium.js';
import { logFromGoldenCase, syntheticRun } from '../test/fixtures/synthetic-run.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = join(root, 'docs');

/** Page coordinates of the first Loss point of the Performance plot (for hovering). */
export const LOSS_POINT_SCRIPT = `(() => {
  const view = window.cockpitPanel.view;
  const root = view.scenegraph().root;
  let found = null;
  const visit = (node, ox, oy) => {
    if (found || !node) return;
    const items = node.items || [];
    for (const item of items) {
      if (found) return;
      if (node.marktype === 'symbol' && node.name === 'perf_loss_points_mark') { found = { x: ox + item.x, y: oy + item.y, datum: item.datum }; return; }
      if (node.marktype === 'group') visit({ items: item.items }, ox + (item.x || 0), oy + (item.y || 0));
      else if (item.items) visit(item, ox, oy);
    }
  };
  for (const item of root.items) visit({ items: item.items }, item.x || 0, item.y || 0);
  const box = document.querySelector('#panel svg').getBoundingClientRect();
  const [ox, oy] = view.origin();
  return found && { x: box.left + ox + found.x, y: box.top + oy + found.y, step: found.datum.step, value: found.datum.value };
})()`;

async function main(): Promise<void> {
  await mkdir(docs, { recursive: true });
  const log = syntheticRun({ steps: 2000 });
  await writeFile(
    join(docs, 'panel.png'),
    await renderPanel(log, { format: 'png', optimizer: 'SGD', report: true }),
  );
  const golden = JSON.parse(
    await readFile('/work/shared/golden/mlp-ce-sgd.case.json', 'utf8').catch(
      () => '{"expected":{}}',
    ),
  );
  const goldenLog = parseLog(serializeLog(logFromGoldenCase(golden)));
  await writeFile(
    join(docs, 'panel-golden.png'),
    await renderPanel(goldenLog, { format: 'png', optimizer: 'SGD' }),
  );
  console.log('wrote docs/panel.png, docs/panel-golden.png');
  if (!chromiumAvailable()) {
    console.warn(`no Chromium at ${CHROMIUM}: skipping the HTML screenshot`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'cockpit-html-'));
  const file = join(dir, 'panel.html');
  await writeFile(file, await renderPanel(log, { format: 'html', optimizer: 'SGD', report: true }));
  const { browser, close } = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1640, height: 1000 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`file://${file}`);
    await page.waitForSelector('body[data-rendered]');
    const point = (await page.evaluate(LOSS_POINT_SCRIPT)) as { x: number; y: number } | null;
    if (point) await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(docs, 'panel-html.png') });
    console.log('wrote docs/panel-html.png');
  } finally {
    await close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
