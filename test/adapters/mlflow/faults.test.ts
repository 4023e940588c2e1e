/**
 * Outages and refusals against a real MLflow server (one per file, serial): the server comes up
 * only after logging began, it crashes mid-run and restarts on the same port and store, a proxy
 * answers 429/503 or loses answers, and a proxy that demands credentials refuses bad ones.
 * Every scenario that can deliver ends with every metric point on the server, none twice.
 */
import test from 'ava';
import { inspect } from 'node:util';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MlflowClient,
  MlflowError,
  mlflow,
  type MlflowSinkOptions,
} from '../../../adapters/mlflow/index.js';
import { scalarPoints } from '../../../adapters/scalar-tags.js';
import { cockpitRun } from './records.js';
import { assertRunMetrics } from './readback.js';
import { faultProxy } from './proxy.js';
import { mlflowServer, type MlflowServer } from './server.js';

let server: MlflowServer | undefined;
let client: MlflowClient;
let spoolDir: string;

test.before(async () => {
  server = await mlflowServer({ started: false });
  if (server) client = new MlflowClient({ trackingUri: server.uri, retry: false });
  spoolDir = await mkdtemp(join(tmpdir(), 'cockpit-spool-'));
});

test.after.always(async () => {
  client?.close();
  await server?.dispose();
  await rm(spoolDir, { recursive: true, force: true });
});

/** Fast-reacting options: short flush timer, few quick retries, probes at most 1 s apart. */
const fast = (extra: MlflowSinkOptions): MlflowSinkOptions => ({
  experiment: 'cockpit-faults',
  flushIntervalMs: 100,
  retry: { maxRetries: 2, backoffFactorMs: 50, jitterMs: 50 },
  maxProbeIntervalMs: 1000,
  closeTimeoutMs: 60_000,
  spoolDir,
  onError: () => undefined,
  onNotice: () => undefined,
  ...extra,
});

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const pointsOf = (
  records: ReturnType<typeof cockpitRun>['records'],
  parameters: ReturnType<typeof cockpitRun>['run']['parameters'],
) => records.reduce((n, r) => n + scalarPoints(r.values, parameters).length, 0);

test.serial(
  'logging starts before the server exists: records are spooled, then all arrive once it is up',
  async (t) => {
    if (!server) return void t.pass();
    const { run, records } = cockpitRun(80);
    const sink = mlflow(fast({ trackingUri: server.uri, runName: 'late-server' }));
    await sink.open(run); // must not throw: the server is simply not there yet
    t.is(sink.runId, undefined);
    for (const r of records) sink.write(r);
    await until(
      () => sink.summary().spooled === pointsOf(records, run.parameters),
      10_000,
      'all points spooled',
    );
    t.true(
      (await readdir(spoolDir)).some((f) => f.endsWith('.jsonl')),
      'spool file on disk',
    );
    const startup = await server.start();
    t.log(`server started after logging began (startup ${startup} ms)`);
    const summary = await sink.finish({ status: 'finished' });
    t.is(summary.dropped, 0);
    t.is(summary.pending, 0);
    t.true(summary.statusSet);
    t.is(summary.spoolFile, undefined, 'spool file removed once replayed');
    t.deepEqual(await readdir(spoolDir), []);
    const n = await assertRunMetrics(t, client, sink.runId!, records, run.parameters);
    t.is(summary.sent, n);
    t.is(summary.spooled, n);
    t.is((await client.getRun(sink.runId!)).info.status, 'FINISHED');
  },
);

test.serial(
  'the server crashes mid-run and restarts on the same port and store: nothing is lost',
  async (t) => {
    if (!server) return void t.pass();
    await server.ensureStarted();
    const { run, records } = cockpitRun(120);
    const firstHalf = records.filter((r) => r.step < 60);
    const secondHalf = records.filter((r) => r.step >= 60);
    const sink = mlflow(fast({ trackingUri: server.uri, runName: 'crash-restart' }));
    await sink.open(run);
    t.truthy(sink.runId);
    for (const r of firstHalf) sink.write(r);
    await until(
      () => sink.summary().sent === pointsOf(firstHalf, run.parameters),
      20_000,
      'first half delivered',
    );
    await server.kill();
    for (const r of secondHalf) sink.write(r);
    await until(() => sink.summary().spooled > 0, 20_000, 'spooling during the outage');
    const restart = await server.start();
    t.log(`restarted in ${restart} ms`);
    const summary = await sink.finish({ status: 'finished' });
    t.is(summary.dropped, 0);
    t.is(summary.pending, 0);
    t.true(summary.statusSet);
    await assertRunMetrics(t, client, sink.runId!, records, run.parameters);
    t.log(`sent ${summary.sent}, spooled ${summary.spooled}, retried ${summary.retried}`);
  },
);

test.serial(
  'a proxy answering 429/503 to a share of requests and losing some answers: all points, none twice',
  async (t) => {
    if (!server) return void t.pass();
    await server.ensureStarted();
    // Deterministic share: of every 10 requests, 2 get 503, 1 gets 429 (Retry-After 0), and one
    // log-batch is carried out by the server but its answer replaced by 502 (the retry must not duplicate).
    const proxy = await faultProxy(server.uri, (req, n) => {
      if (n % 10 === 3 || n % 10 === 7)
        return {
          kind: 'answer',
          status: 503,
          body: '{"error_code":"TEMPORARILY_UNAVAILABLE","message":"busy"}',
        };
      if (n % 10 === 5)
        return {
          kind: 'answer',
          status: 429,
          body: '{"error_code":"REQUEST_LIMIT_EXCEEDED","message":"slow down"}',
          headers: { 'retry-after': '0' },
        };
      if (n % 10 === 9 && req.url?.includes('log-batch'))
        return { kind: 'forward-then-fail', status: 502 };
      return { kind: 'forward' };
    });
    t.teardown(() => proxy.close());
    const { run, records } = cockpitRun(200);
    const sink = mlflow(
      fast({
        trackingUri: proxy.uri,
        runName: 'flaky',
        retry: { maxRetries: 5, backoffFactorMs: 20, jitterMs: 20 },
      }),
    );
    await sink.open(run);
    for (const r of records) sink.write(r);
    const t0 = Date.now();
    const summary = await sink.finish({ status: 'finished' });
    t.log(`close took ${Date.now() - t0} ms`);
    t.log(
      `proxy: ${JSON.stringify(proxy.counts)}; sink: sent ${summary.sent}, retried ${summary.retried}, spooled ${summary.spooled}`,
    );
    t.true(
      proxy.counts.answer > 0 && proxy.counts['forward-then-fail'] > 0,
      'faults were injected',
    );
    t.true(summary.retried >= proxy.counts.answer + proxy.counts['forward-then-fail'] - 1);
    t.is(summary.dropped, 0);
    t.is(summary.pending, 0);
    t.true(summary.statusSet);
    await assertRunMetrics(t, client, sink.runId!, records, run.parameters);
  },
);

test.serial(
  'bad credentials: a clear error naming the tracking URI, never the token or password',
  async (t) => {
    if (!server) return void t.pass();
    await server.ensureStarted();
    // MLflow 3.17.2's basic-auth app needs Flask-WTF, which the pinned venv lacks, so a proxy plays
    // an auth-enabled server: 401 without the right bearer token, 403 for a known-but-unpermitted user.
    const good = 'Bearer good-token';
    const forbidden = `Basic ${Buffer.from('mallory:letmein').toString('base64')}`;
    const proxy = await faultProxy(server.uri, (req) => {
      if (req.url === '/health') return { kind: 'forward' };
      if (req.headers.authorization === good) return { kind: 'forward' };
      if (req.headers.authorization === forbidden) {
        return {
          kind: 'answer',
          status: 403,
          body: '{"error_code":"PERMISSION_DENIED","message":"Permission denied"}',
        };
      }
      return {
        kind: 'answer',
        status: 401,
        body: '{"error_code":"UNAUTHENTICATED","message":"You are not authenticated."}',
        headers: { 'www-authenticate': 'Basic realm="mlflow"' },
      };
    });
    t.teardown(() => proxy.close());
    const { run, records } = cockpitRun(10);

    const secret = 'bad-secret-token-0123456789';
    const bad = mlflow(fast({ trackingUri: proxy.uri, token: secret, runName: 'denied' }));
    const err = await t.throwsAsync(bad.open(run), { instanceOf: MlflowError });
    t.is(err!.status, 401);
    t.is(err!.errorCode, 'UNAUTHENTICATED');
    t.true(err!.unauthorized);
    t.true(err!.message.includes(proxy.uri), err!.message);
    t.regex(err!.message, /MLFLOW_TRACKING_TOKEN/);
    for (const text of [
      err!.message,
      err!.stack ?? '',
      inspect(err, { depth: 10 }),
      JSON.stringify(err),
    ]) {
      t.false(text.includes(secret), 'token must not leak');
    }
    t.true(proxy.authorizations.has(`Bearer ${secret}`), 'the token was sent as a bearer header');
    t.false(
      inspect(bad, { depth: 20, showHidden: true }).includes(secret),
      'inspecting the sink shows no token',
    );
    for (const r of records) bad.write(r);
    const badSummary = await bad.finish({ status: 'finished' });
    t.false(badSummary.statusSet);
    t.is(badSummary.runId, undefined);
    t.true(badSummary.errors.some((e) => e.includes('HTTP 401')));
    t.false(JSON.stringify(badSummary).includes(secret));

    const userUri = proxy.uri.replace('http://', 'http://mallory:letmein@');
    const forbiddenSink = mlflow(fast({ trackingUri: userUri, runName: 'forbidden' }));
    const err403 = await t.throwsAsync(forbiddenSink.open(run), { instanceOf: MlflowError });
    t.is(err403!.status, 403);
    t.is(err403!.errorCode, 'PERMISSION_DENIED');
    t.true(err403!.message.includes(`${proxy.uri} failed: HTTP 403`), err403!.message);
    t.false(inspect(err403, { depth: 10 }).includes('letmein'));
    await forbiddenSink.close({ status: 'failed' });

    const ok = mlflow(fast({ trackingUri: proxy.uri, token: 'good-token', runName: 'allowed' }));
    await ok.open(run);
    for (const r of records) ok.write(r);
    const summary = await ok.finish({ status: 'finished' });
    t.is(summary.dropped, 0);
    await assertRunMetrics(t, client, ok.runId!, records, run.parameters);
  },
);

test.serial(
  'a server that accepts connections but never answers: open() gives up in time, close() keeps the points on disk, the CLI replays them',
  async (t) => {
    const proxy = await faultProxy('http://127.0.0.1:9', () => ({ kind: 'hang' }));
    t.teardown(() => proxy.close());
    const { run, records } = cockpitRun(20);
    const sink = mlflow(
      fast({ trackingUri: proxy.uri, runName: 'hung', openTimeoutMs: 500, closeTimeoutMs: 1500 }),
    );
    const t0 = Date.now();
    await sink.open(run);
    t.true(Date.now() - t0 < 2000, `open() returned after ${Date.now() - t0} ms`);
    const w0 = process.hrtime.bigint();
    for (const r of records) sink.write(r);
    t.true(
      Number(process.hrtime.bigint() - w0) / 1e6 < 100,
      'write() does not wait for the hung server',
    );
    const c0 = Date.now();
    const summary = await sink.finish({ status: 'finished' });
    t.true(Date.now() - c0 < 4000, `close() took ${Date.now() - c0} ms`);
    t.is(summary.dropped, 0);
    t.is(summary.pending, pointsOf(records, run.parameters));
    t.truthy(summary.spoolFile);
    const lines = (await readFile(summary.spoolFile!, 'utf8')).trim().split('\n');
    const spooled = lines.flatMap((l) => (JSON.parse(l) as { metrics: unknown[] }).metrics);
    t.is(spooled.length, summary.pending, 'every undelivered point is in the spool file');
    if (!server) return void (await rm(summary.spoolFile!));

    // Nothing lost even then: the CLI delivers the leftover spool into a new run.
    await server.ensureStarted();
    const { run: upload } = await import('../../../cli/upload.js');
    const out: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => out.push(args.join(' '));
    let code: number;
    try {
      code = await upload([
        '--spool',
        summary.spoolFile!,
        '--experiment',
        'cockpit-faults',
        '--tracking-uri',
        server.uri,
      ]);
    } finally {
      console.log = log;
    }
    t.is(code, 0, out.join('\n'));
    const runId = /run id: ([0-9a-f]{32})/.exec(out.join('\n'))![1];
    await assertRunMetrics(t, client, runId, records, run.parameters);
    const params = (await client.getRun(runId)).data.params ?? [];
    t.is(
      params.find((p) => p.key === 'cockpit.configuration')?.value,
      'full',
      'params queued before the outage came along',
    );
    await t.throwsAsync(readFile(summary.spoolFile!), { code: 'ENOENT' }, 'replayed spool removed');
  },
);
