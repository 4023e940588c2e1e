/**
 * The batching logger, spool and retry policy in isolation: an in-process target that records
 * what arrives and can fail on demand stands in for the network (the real-server behaviour is
 * covered by sink.test.ts and faults.test.ts).
 */
import test from 'ava';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BatchLogger,
  MlflowError,
  Spool,
  backoffDelay,
  resolveRetry,
  withRetry,
  type BatchTarget,
  type LogBatch,
  type MetricEntry,
} from '../../../adapters/mlflow/index.js';

const outage = () =>
  new MlflowError({
    endpoint: 'runs/log-batch',
    trackingUri: 'http://t',
    errorCode: 'ECONNREFUSED',
  });

/** A target that stores batches in arrival order; `down` makes it refuse connections. */
function recorder() {
  const batches: LogBatch[] = [];
  const state = {
    down: false,
    reject: (_b: LogBatch): MlflowError | undefined => undefined,
  };
  const target: BatchTarget = {
    async ready() {
      if (state.down) throw outage();
    },
    async send(batch) {
      if (state.down) throw outage();
      const err = state.reject(batch);
      if (err) throw err;
      batches.push(structuredClone(batch));
    },
    async upload() {
      if (state.down) throw outage();
    },
  };
  return { target, batches, state, metrics: () => batches.flatMap((b) => b.metrics ?? []) };
}

const metric = (i: number): MetricEntry => ({
  key: `cockpit/m${i % 7}`,
  value: i,
  timestamp: 1000 + i,
  step: i,
});
const fastRetry = { maxRetries: 1, backoffFactorMs: 1, jitterMs: 1 };

let dir: string;
test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cockpit-batcher-'));
});
test.after.always(() => rm(dir, { recursive: true, force: true }));

test('batches respect the per-request limits and keep queue order', async (t) => {
  const r = recorder();
  const logger = new BatchLogger(r.target, {
    flushIntervalMs: 10_000,
    retry: fastRetry,
    spool: { dir },
    onError: () => undefined,
  });
  logger.logParams(Array.from({ length: 150 }, (_, i) => ({ key: `p${i}`, value: String(i) })));
  logger.logMetrics(Array.from({ length: 2500 }, (_, i) => metric(i)));
  logger.setTags(Array.from({ length: 120 }, (_, i) => ({ key: `t${i}`, value: 'v' })));
  t.true(await logger.flush(5000));
  await logger.close();
  for (const b of r.batches) {
    t.true(b.metrics!.length <= 1000 && b.params!.length <= 100 && b.tags!.length <= 100);
    t.true(b.metrics!.length + b.params!.length + b.tags!.length <= 1000);
    t.true(JSON.stringify(b).length < 1_000_000);
  }
  t.deepEqual(
    r.metrics().map((m) => m.step),
    [...Array(2500).keys()],
  );
  t.is(r.batches.flatMap((b) => b.params!).length, 150);
  t.is(r.batches.flatMap((b) => b.tags!).length, 120);
  t.is(logger.summary().sent, 2500);
});

test('a param key twice in one request is split into two requests', async (t) => {
  const r = recorder();
  const logger = new BatchLogger(r.target, { retry: fastRetry, spool: { dir } });
  logger.logParams([
    { key: 'a', value: '1' },
    { key: 'b', value: '2' },
    { key: 'a', value: '1' },
  ]);
  await logger.close(5000);
  t.deepEqual(
    r.batches.map((b) => b.params!.map((p) => p.key)),
    [['a', 'b'], ['a']],
  );
});

test('large values are split by the request size limit', async (t) => {
  const r = recorder();
  const logger = new BatchLogger(r.target, { retry: fastRetry, spool: { dir } });
  logger.setTags(
    Array.from({ length: 40 }, (_, i) => ({ key: `big${i}`, value: 'x'.repeat(50_000) })),
  );
  await logger.close(5000);
  t.true(r.batches.length >= 3);
  for (const b of r.batches) t.true(JSON.stringify(b).length < 1_000_000);
  t.is(r.batches.flatMap((b) => b.tags!).length, 40);
});

test('the request size limit counts bytes, not characters (multi-byte tag values)', async (t) => {
  const r = recorder();
  const logger = new BatchLogger(r.target, { retry: fastRetry, spool: { dir } });
  // 100 tags of 8000 three-byte characters: 2.4 MB in one request if characters were counted.
  logger.setTags(
    Array.from({ length: 100 }, (_, i) => ({ key: `cjk${i}`, value: '界'.repeat(8000) })),
  );
  await logger.close(5000);
  for (const b of r.batches) t.true(Buffer.byteLength(JSON.stringify(b)) < 1_000_000);
  t.is(r.batches.flatMap((b) => b.tags!).length, 100);
});

test('during an outage entries go to the spool on disk and are replayed in order afterwards', async (t) => {
  const r = recorder();
  const notices: string[] = [];
  const logger = new BatchLogger(r.target, {
    flushIntervalMs: 20,
    retry: fastRetry,
    maxProbeIntervalMs: 100,
    spool: { dir },
    onNotice: (m) => notices.push(m),
  });
  logger.logMetrics(Array.from({ length: 300 }, (_, i) => metric(i)));
  t.true(await logger.flush(2000));
  r.state.down = true;
  logger.logMetrics(Array.from({ length: 1700 }, (_, i) => metric(300 + i)));
  const deadline = Date.now() + 3000;
  while (logger.summary().spooled < 1700 && Date.now() < deadline)
    await new Promise((res) => setTimeout(res, 10));
  t.is(logger.summary().spooled, 1700);
  t.true(logger.isOffline);
  const onDisk = (await readFile(logger.spoolFile, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as LogBatch);
  t.deepEqual(
    onDisk.flatMap((b) => b.metrics!).map((m) => m.step),
    Array.from({ length: 1700 }, (_, i) => 300 + i),
  );
  logger.logMetrics([metric(2000)]);
  r.state.down = false;
  t.true(await logger.flush(5000));
  const { spoolFile } = await logger.close();
  t.is(spoolFile, undefined);
  t.deepEqual(
    r.metrics().map((m) => m.step),
    [...Array(2001).keys()],
    'in order, none twice, none lost',
  );
  const s = logger.summary();
  t.is(s.sent, 2001);
  t.is(s.dropped, 0);
  t.is(s.pending, 0);
  t.true(
    notices.some((n) => /unreachable/.test(n)) && notices.some((n) => /reachable again/.test(n)),
  );
});

test('close while the server stays down keeps everything in the spool file and says where', async (t) => {
  const r = recorder();
  r.state.down = true;
  const logger = new BatchLogger(r.target, {
    retry: fastRetry,
    maxProbeIntervalMs: 50,
    spool: { dir },
    onNotice: () => undefined,
  });
  logger.logMetrics(Array.from({ length: 1200 }, (_, i) => metric(i)));
  const { delivered, spoolFile } = await logger.close(300);
  t.false(delivered);
  t.truthy(spoolFile);
  const onDisk = (await readFile(spoolFile!, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as LogBatch);
  t.is(onDisk.flatMap((b) => b.metrics!).length, 1200);
  const s = logger.summary();
  t.is(s.pending, 1200);
  t.is(s.dropped, 0);
  await rm(spoolFile!);
});

test('entries the server rejects are isolated by bisection; the rest of the batch arrives', async (t) => {
  const r = recorder();
  const errors: Error[] = [];
  r.state.reject = (b) =>
    b.metrics!.some((m) => m.key === 'bad')
      ? new MlflowError({
          endpoint: 'runs/log-batch',
          trackingUri: 'http://t',
          status: 400,
          errorCode: 'INVALID_PARAMETER_VALUE',
        })
      : undefined;
  const logger = new BatchLogger(r.target, {
    retry: fastRetry,
    spool: { dir },
    onError: (e) => errors.push(e),
  });
  const ms = Array.from({ length: 64 }, (_, i) => metric(i));
  ms[41] = { ...ms[41], key: 'bad' };
  logger.logMetrics(ms);
  await logger.close(5000);
  t.deepEqual(
    r.metrics().map((m) => m.step),
    [...Array(64).keys()].filter((i) => i !== 41),
  );
  t.is(logger.summary().dropped, 1);
  t.is(errors.length, 1);
  t.true(
    r.batches.length <= 2 * Math.ceil(Math.log2(64)) + 1,
    `bisection used ${r.batches.length} successful requests`,
  );
});

test('a 401 stops delivery, counts what cannot be sent as dropped and reports once', async (t) => {
  const r = recorder();
  const errors: Error[] = [];
  r.state.reject = () =>
    new MlflowError({
      endpoint: 'runs/log-batch',
      trackingUri: 'http://t',
      status: 401,
      errorCode: 'UNAUTHENTICATED',
    });
  const logger = new BatchLogger(r.target, {
    retry: fastRetry,
    spool: { dir },
    onError: (e) => errors.push(e),
  });
  logger.logMetrics(Array.from({ length: 10 }, (_, i) => metric(i)));
  t.false(await logger.flush(2000));
  logger.logMetrics([metric(10)]);
  await logger.close(100);
  t.is(logger.summary().dropped, 11);
  t.is(errors.length, 1);
  t.true(logger.fatalError instanceof MlflowError);
});

test('beyond maxQueuedMetrics the oldest queued entries move to the spool, order kept', async (t) => {
  const r = recorder();
  let release!: () => void;
  const gate = new Promise<void>((res) => (release = res));
  const slow: BatchTarget = {
    ...r.target,
    send: async (b, s) => (await gate, r.target.send(b, s)),
  };
  const logger = new BatchLogger(slow, {
    retry: fastRetry,
    spool: { dir },
    maxQueuedMetrics: 2000,
  });
  for (let i = 0; i < 5000; i += 100)
    logger.logMetrics(Array.from({ length: 100 }, (_, j) => metric(i + j)));
  const deadline = Date.now() + 5000;
  while (logger.summary().spooled === 0 && Date.now() < deadline)
    await new Promise((res) => setTimeout(res, 10));
  t.true(
    logger.summary().spooled >= 2000,
    'at least the excess went to disk while the send was stuck',
  );
  release();
  await logger.close(5000);
  t.deepEqual(
    r.metrics().map((m) => m.step),
    [...Array(5000).keys()],
  );
  t.is(logger.summary().pending, 0);
});

test('a full spool refuses appends; a closed spool keeps only the undelivered lines', async (t) => {
  const spool = new Spool<{ n: number }>({ dir, maxBytes: 20 });
  t.true(await spool.append({ n: 1 }));
  t.true(await spool.append({ n: 2 }));
  t.false(await spool.append({ n: 3 }), 'over maxBytes');
  t.deepEqual(await spool.peek(), { n: 1 });
  await spool.shift();
  t.true(await spool.append({ n: 4 }));
  const kept = await spool.close();
  t.deepEqual(
    (await readFile(kept!, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
    [{ n: 2 }, { n: 4 }],
    'only undelivered lines stay',
  );
  await rm(kept!);
});

test('retry: backs off exponentially on outages, never retries other 4xx, honours Retry-After', async (t) => {
  const policy = resolveRetry({ maxRetries: 3, backoffFactorMs: 100, jitterMs: 0 }, {});
  t.deepEqual(
    [1, 2, 3].map((n) => backoffDelay(n, policy)),
    [100, 200, 400],
  );
  const after = new MlflowError({
    endpoint: 'x',
    trackingUri: 'u',
    status: 429,
    retryAfterSeconds: 2,
  });
  t.is(backoffDelay(1, policy, after), 2000);
  t.deepEqual(
    resolveRetry(
      {},
      { MLFLOW_HTTP_REQUEST_MAX_RETRIES: '20', MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR: '0.5' },
    ).maxRetries,
    10,
  );
  t.is(resolveRetry({}, { MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR: '0.5' }).backoffFactorMs, 500);

  let calls = 0;
  const retries: number[] = [];
  const v = await withRetry(
    async () => {
      if (++calls < 3) throw new MlflowError({ endpoint: 'x', trackingUri: 'u', status: 503 });
      return 'ok';
    },
    { maxRetries: 5, backoffFactorMs: 1, jitterMs: 0, onRetry: (_e, n) => retries.push(n) },
  );
  t.is(v, 'ok');
  t.deepEqual(retries, [1, 2]);
  calls = 0;
  await t.throwsAsync(
    withRetry(
      async () => {
        calls++;
        throw new MlflowError({ endpoint: 'x', trackingUri: 'u', status: 400 });
      },
      { maxRetries: 5, backoffFactorMs: 1 },
    ),
    { instanceOf: MlflowError },
  );
  t.is(calls, 1);
  calls = 0;
  await t.throwsAsync(
    withRetry(async () => (calls++, Promise.reject(outage())), {
      maxRetries: 2,
      backoffFactorMs: 1,
      jitterMs: 0,
    }),
  );
  t.is(calls, 3);
});

test('when the spool is full the logger counts the refused points as dropped and says so', async (t) => {
  const r = recorder();
  r.state.down = true;
  const errors: Error[] = [];
  const logger = new BatchLogger(r.target, {
    retry: fastRetry,
    maxProbeIntervalMs: 50,
    spool: { dir, maxBytes: 60_000 },
    onError: (e) => errors.push(e),
    onNotice: () => undefined,
  });
  logger.logMetrics(Array.from({ length: 3000 }, (_, i) => metric(i)));
  const { spoolFile } = await logger.close(300);
  const s = logger.summary();
  t.true(s.dropped > 0);
  t.is(s.dropped + s.pending, 3000, 'every point is either kept on disk or counted as dropped');
  t.regex(errors[0].message, /spool .* is full \(maxBytes 60000\)/);
  if (spoolFile) await rm(spoolFile);
});
