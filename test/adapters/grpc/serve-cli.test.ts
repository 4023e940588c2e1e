/**
 * `tfjs-cockpit serve --logdir DIR`: a real process serving a directory of runs, following new
 * steps; and the real TensorBoard reading it through `--grpc_data_provider`.
 */
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, parseSamplesPerPlugin } from '../../../cli/serve.js';
import { DataProviderClient, type Message } from '../../../adapters/grpc/client.js';
import { writeLog } from '../../../exporters/json-log.js';
import type { CockpitLog } from '../../../core/record.js';
import {
  freePort,
  startServer,
  trackerVenv,
  waitForHttp,
  type ServerProcess,
  eventually,
} from '../../helpers/trackers.js';
import { recordAt } from './fixtures.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const T0 = 1_700_000_000;
// Decided before any test is declared (ava requires synchronous declarations after this).
const bin = await trackerVenv();

function jsonLog(n: number): CockpitLog {
  const log: CockpitLog = {};
  for (let s = 0; s < n; s++) log[s] = { ...recordAt(s, T0).values, Time: T0 + s };
  return log;
}

/** Starts `tfjs-cockpit serve` on a fresh logdir; returns the process and its gRPC address. */
async function startServe(
  t: import('ava').ExecutionContext,
  logdir: string,
): Promise<{ proc: ServerProcess; address: string }> {
  const proc = startServer(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repoRoot, 'cli', 'main.ts'),
      'serve',
      '--logdir',
      logdir,
      '--port',
      '0',
      '--reload',
      '0.2',
    ],
    {},
  );
  t.teardown(() => proc.stop());
  const address = await eventually('the serve address line', async () => {
    if (proc.proc.exitCode !== null)
      throw new Error(`serve exited ${proc.proc.exitCode}: ${proc.output()}`);
    return /at (127\.0\.0\.1:\d+)/.exec(proc.output())?.[1];
  });
  return { proc, address };
}

test('serve rejects bad arguments with exit code 2, a busy port with 1', async (t) => {
  const emptyDir = mkdtempSync(join(tmpdir(), 'grpc-serve-empty-'));
  t.teardown(() => rmSync(emptyDir, { recursive: true, force: true }));
  const errors: string[] = [];
  const original = console.error;
  console.error = (m: string) => errors.push(String(m));
  try {
    t.is(await run([]), 2);
    t.is(await run(['--logdir', '/nonexistent/dir/for/sure']), 2);
    t.is(await run(['--logdir', '.', '--port', '70000']), 2);
    t.is(await run(['--bogus']), 2);
    t.is(await run(['--logdir', '.', '--samples_per_plugin', 'scalars=x']), 2);
    // A port that is taken: exit code 1 with advice, and no poller left running.
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const busyPort = (taken.address() as { port: number }).port;
    try {
      t.is(await run(['--logdir', emptyDir, '--port', String(busyPort), '--reload', '0.05']), 1);
    } finally {
      taken.close();
    }
  } finally {
    console.error = original;
  }
  t.regex(errors.join('\n'), /--logdir is required/);
  t.regex(errors.join('\n'), /not a directory/);
  t.regex(errors.join('\n'), /try --port 0/);
  t.deepEqual(parseSamplesPerPlugin('scalars=0,images=all,histograms=50'), {
    scalars: 0,
    images: 0,
    histograms: 50,
  });
  t.throws(() => parseSamplesPerPlugin('scalars=-1'), { message: /plugin=N/ });
});

test('serve follows a logdir: runs and new steps of a growing JSON log appear, SIGTERM stops it cleanly', async (t) => {
  const logdir = mkdtempSync(join(tmpdir(), 'grpc-serve-'));
  t.teardown(() => rmSync(logdir, { recursive: true, force: true }));
  await writeLog(jsonLog(3), join(logdir, 'mlp', 'cockpit.json'));
  const { proc, address } = await startServe(t, logdir);
  t.regex(address, /^127\.0\.0\.1:/); // loopback by default
  const client = new DataProviderClient(address);
  t.teardown(() => client.close());
  const read = async (run: string) =>
    (
      await client.call('ReadScalars', {
        plugin_filter: { plugin_name: 'scalars' },
        run_tag_filter: { runs: { names: [run] }, tags: { names: ['cockpit/Loss'] } },
        downsample: { num_points: 1000 },
      })
    ).runs[0].tags[0].data.step as number[];
  t.deepEqual(await read('mlp'), [0, 1, 2]);
  await writeLog(jsonLog(8), join(logdir, 'mlp', 'cockpit.json'));
  await writeLog(jsonLog(2), join(logdir, 'second', 'cockpit.json'));
  t.deepEqual(
    await eventually('new steps', async () =>
      (await read('mlp')).length === 8 ? read('mlp') : undefined,
    ),
    [0, 1, 2, 3, 4, 5, 6, 7],
  );
  const runs = await eventually('the new run', async () => {
    const r = (await client.call('ListRuns')).runs.map((x: Message) => x.name);
    return r.length === 2 ? r : undefined;
  });
  t.deepEqual(runs.sort(), ['mlp', 'second']);
  await proc.stop();
  t.is(proc.proc.exitCode, 0, proc.output());
});

(bin ? test : test.skip)('TensorBoard reads a logdir served by tfjs-cockpit serve', async (t) => {
  const logdir = mkdtempSync(join(tmpdir(), 'grpc-serve-tb-'));
  t.teardown(() => rmSync(logdir, { recursive: true, force: true }));
  await writeLog(jsonLog(5), join(logdir, 'mlp', 'cockpit.json'));
  const { address } = await startServe(t, logdir);
  const port = await freePort();
  const tb = startServer(join(bin!, 'tensorboard'), [
    `--grpc_data_provider=${address}`,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
  ]);
  t.teardown(() => tb.stop());
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/data/runs`, 90_000, tb.proc);
  t.deepEqual(await (await fetch(`${base}/data/runs`)).json(), ['mlp']);
  const env = (await (await fetch(`${base}/data/environment`)).json()) as { data_location: string };
  t.is(env.data_location, logdir);
  const loss = async () =>
    (await (
      await fetch(`${base}/data/plugin/scalars/scalars?run=mlp&tag=cockpit%2FLoss`)
    ).json()) as [number, number, number][];
  t.deepEqual(
    (await loss()).map(([w, s]) => [w, s]),
    [0, 1, 2, 3, 4].map((s) => [T0 + s, s]),
  );
  const layout = (await (await fetch(`${base}/data/plugin/custom_scalars/layout`)).json()) as {
    category: { title: string }[];
  };
  t.true(layout.category.some((c) => c.title === 'STEP SIZE'));
  await writeLog(jsonLog(9), join(logdir, 'mlp', 'cockpit.json'));
  const last = await eventually('new steps in TensorBoard', async () => {
    const s = (await loss()).at(-1)![1];
    return s === 8 ? s : undefined;
  });
  t.is(last, 8);
});
