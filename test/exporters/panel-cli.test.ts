import test from 'ava';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, parsePlotArgs, parseSteps } from '../../cli/plot.js';
import { writeLog } from '../../exporters/json-log.js';
import { pngSize } from '../fixtures/png.js';
import { syntheticRun } from '../fixtures/synthetic-run.js';

test('plot writes PNG, SVG and HTML chosen by --out', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'panel-cli-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const log = await writeLog(syntheticRun({ steps: 300 }), join(dir, 'run'));
  const quiet = console.log;
  console.log = () => {};
  try {
    t.is(
      await run([
        log,
        '--out',
        join(dir, 'p.png'),
        '--steps',
        '50:250',
        '--title',
        'T',
        '--width',
        '1200',
        '--height',
        '700',
      ]),
      0,
    );
    t.is(await run([log, '--out', join(dir, 'p.svg'), '--no-report']), 0);
    t.is(await run([log, '--out', join(dir, 'p.html'), '--optimizer', 'Adam']), 0);
  } finally {
    console.log = quiet;
  }
  t.deepEqual(pngSize(new Uint8Array(await readFile(join(dir, 'p.png')))), {
    width: 1200,
    height: 700,
  });
  const svg = await readFile(join(dir, 'p.svg'), 'utf8');
  t.true(svg.includes('>Cockpit<'));
  t.false(svg.includes('Status report'), '--no-report leaves the header without the report');
  const html = await readFile(join(dir, 'p.html'), 'utf8');
  t.true(html.includes('<title>Cockpit for Adam</title>'));
  t.true((await stat(join(dir, 'p.html'))).size > 500_000, 'vega is inlined');
});

test('plot arguments: steps ranges, usage errors name the problem', async (t) => {
  t.deepEqual(parseSteps('10:20'), [10, 20]);
  t.deepEqual(parseSteps('10:'), [10, Infinity]);
  t.deepEqual(parseSteps(':20'), [-Infinity, 20]);
  t.throws(() => parseSteps('20:10'), { message: /must not exceed/ });
  t.throws(() => parseSteps('abc'), { message: /expects A:B/ });
  t.throws(() => parsePlotArgs(['log.json']), { message: /missing --out/ });
  t.throws(() => parsePlotArgs(['log.json', '--out', 'x.gif']), {
    message: /\.png, \.svg or \.html/,
  });
  t.throws(() => parsePlotArgs(['log.json', '--out', 'x.png', '--width', 'wide']), {
    message: /--width expects a number/,
  });
  t.throws(() => parsePlotArgs(['log.json', '--out', 'x.png', '--bogus']), {
    message: /unknown option --bogus/,
  });
  const err = console.error;
  console.error = () => {};
  try {
    t.is(await run(['--out', 'x.png']), 2);
  } finally {
    console.error = err;
  }
});
