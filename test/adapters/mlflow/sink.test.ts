/**
 * The MLflow sink against a real MLflow 3.17.2 server (one per file): a whole run read back over
 * REST, failed runs, resumed runs, validation errors and the upload CLI.
 */
import test from 'ava';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MlflowClient,
  MlflowError,
  mlflow,
  runInfoParams,
  type MlflowSummary,
} from '../../../adapters/mlflow/index.js';
import { parseLog, serializeLog, writeLog } from '../../../exporters/json-log.js';
import type { RunArtifact } from '../../../core/record.js';
import { cockpitRun } from './records.js';
import { assertRunMetrics } from './readback.js';
import { mlflowServer, type MlflowServer } from './server.js';

let server: MlflowServer | undefined;
let client: MlflowClient;
const quiet = { onError: () => undefined, onNotice: () => undefined };

test.before(async (t) => {
  const t0 = Date.now();
  server = await mlflowServer();
  if (server) {
    client = new MlflowClient({ trackingUri: server.uri, retry: false });
    t.log(`mlflow server ready in ${Date.now() - t0} ms`);
  }
});

test.after.always(async () => {
  client?.close();
  await server?.dispose();
});

const skipless = (t: { log: (s: string) => void; pass: () => void }) => {
  t.log('SKIPPED: tracker venv unavailable');
  t.pass();
};

test.serial(
  'a whole run arrives: every step of every metric, params, system tags, status and artifacts',
  async (t) => {
    if (!server) return skipless(t);
    const { run, records } = cockpitRun(60);
    let summary: MlflowSummary | undefined;
    const sink = mlflow({
      trackingUri: server.uri,
      experiment: 'cockpit-roundtrip',
      tags: { team: 'diagnostics' },
      artifactInterval: 25,
      flushIntervalMs: 200,
      sourceName: 'train.ts',
      user: 'tester',
      onSummary: (s) => (summary = s),
      ...quiet,
    });
    await sink.open(run);
    const t0 = process.hrtime.bigint();
    for (const r of records) sink.write(r);
    const writeMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const report: RunArtifact = {
      kind: 'report',
      step: 59,
      fileName: 'report.md',
      contentType: 'text/markdown',
      data: Buffer.from('# Cockpit status\n' + 'loss is decreasing. '.repeat(600)),
    };
    sink.artifact(report);
    const panel: RunArtifact = {
      kind: 'panel',
      step: 59,
      fileName: 'panel.png',
      contentType: 'image/png',
      data: Uint8Array.from([137, 80, 78, 71, 1, 2, 3]),
    };
    sink.artifact(panel);
    await sink.close({ status: 'finished' });
    t.log(`${records.length} write() calls took ${writeMs.toFixed(2)} ms in total`);

    t.truthy(summary);
    t.is(summary!.dropped, 0);
    t.is(summary!.pending, 0);
    t.true(summary!.statusSet);
    t.deepEqual(summary!.errors, []);
    const runId = sink.runId!;
    t.regex(runId, /^[0-9a-f]{32}$/);
    t.is(sink.runUrl, `${server.uri}/#/experiments/${sink.experimentId}/runs/${runId}`);

    const points = await assertRunMetrics(t, client, runId, records, run.parameters);
    t.is(summary!.sent, points, 'summary.sent counts the points the server holds');
    t.log(`${points} metric points compared`);

    const got = await client.getRun(runId);
    t.is(got.info.status, 'FINISHED');
    t.is(got.info.run_name, 'golden-mlp-ce-sgd');
    t.is(got.info.start_time, run.startTime * 1000);
    t.truthy(got.info.end_time);
    const params = Object.fromEntries((got.data.params ?? []).map((p) => [p.key, p.value]));
    t.deepEqual(params, Object.fromEntries(runInfoParams(run).map((p) => [p.key, p.value])));
    t.is(params['cockpit.configuration'], 'full');
    t.is(params['optimizer'], 'SGD');
    t.is(params['optimizer.learningRate'], '0.1');
    t.is(params['tfjs.backend'], 'cpu');
    t.is(params['model.parameter_count'], String(6 * 5 + 5 + 5 * 3 + 3));
    t.is(params['model.layer.0.dense_1'], 'Dense [null,5] params=35');
    const tags = Object.fromEntries((got.data.tags ?? []).map((x) => [x.key, x.value]));
    t.is(tags['mlflow.runName'], 'golden-mlp-ce-sgd');
    t.is(tags['mlflow.user'], 'tester');
    t.is(tags['mlflow.source.name'], 'train.ts');
    t.is(tags['mlflow.source.type'], 'LOCAL');
    t.is(tags.team, 'diagnostics');
    t.is(tags['cockpit.status'].length, 8000, 'report tag truncated to the 8000-char tag limit');
    t.true(tags['cockpit.status'].startsWith('# Cockpit status\nloss is decreasing.'));

    // Artifacts: the JSON log equals the records seen; histogram chunks cover every step once.
    const root = got.info.artifact_uri!;
    const files = (await client.listArtifacts(runId, 'cockpit')).map((f) => f.path).sort();
    t.deepEqual(files, [
      'cockpit/cockpit.json',
      'cockpit/histograms',
      'cockpit/panel.png',
      'cockpit/report.md',
    ]);
    const merged: Record<number, (typeof records)[number]['values']> = {};
    for (const r of records) merged[r.step] = { ...merged[r.step], ...r.values };
    const logText = (await client.downloadArtifact(root, 'cockpit/cockpit.json')).toString('utf8');
    t.is(logText, serializeLog(merged));
    t.deepEqual([...(await client.downloadArtifact(root, 'cockpit/panel.png'))], [...panel.data]);
    const chunks = (await client.listArtifacts(runId, 'cockpit/histograms/GradHist1d'))
      .map((f) => f.path)
      .sort();
    t.deepEqual(chunks, [
      'cockpit/histograms/GradHist1d/steps_000000-000025.json',
      'cockpit/histograms/GradHist1d/steps_000026-000050.json',
      'cockpit/histograms/GradHist1d/steps_000051-000059.json',
    ]);
    const covered: number[] = [];
    for (const q of ['GradHist1d', 'GradHist2d']) {
      for (const f of await client.listArtifacts(runId, `cockpit/histograms/${q}`)) {
        const chunk = parseLog((await client.downloadArtifact(root, f.path)).toString('utf8'));
        for (const [step, values] of Object.entries(chunk)) {
          t.deepEqual(
            values[q],
            parseLog(serializeLog({ 0: { [q]: merged[Number(step)][q] } }))[0][q],
          );
          if (q === 'GradHist1d') covered.push(Number(step));
        }
      }
    }
    t.deepEqual(
      covered.sort((a, b) => a - b),
      [...Array(60).keys()],
    );
  },
);

test.serial('a failed run is marked FAILED with its error as a tag', async (t) => {
  if (!server) return skipless(t);
  const { run, records } = cockpitRun(5);
  const sink = mlflow({
    trackingUri: server.uri,
    experiment: 'cockpit-roundtrip',
    runName: 'crashes',
    ...quiet,
  });
  await sink.open(run);
  for (const r of records) sink.write(r);
  const summary = await sink.finish({ status: 'failed', error: 'loss became NaN at step 4' });
  t.is(summary.dropped, 0);
  const got = await client.getRun(sink.runId!);
  t.is(got.info.status, 'FAILED');
  t.is(got.info.run_name, 'crashes');
  t.is(
    (got.data.tags ?? []).find((x) => x.key === 'cockpit.error')?.value,
    'loss became NaN at step 4',
  );
  await assertRunMetrics(t, client, sink.runId!, records, run.parameters);
});

test.serial(
  'resuming a run by id appends steps; a param the server refuses is isolated, the metrics still arrive',
  async (t) => {
    if (!server) return skipless(t);
    const { run, records } = cockpitRun(30);
    const first = mlflow({
      trackingUri: server.uri,
      experiment: 'cockpit-roundtrip',
      runName: 'resumed',
      ...quiet,
    });
    await first.open(run);
    for (const r of records.filter((r) => r.step < 15)) first.write(r);
    await first.close({ status: 'failed' });

    const errors: Error[] = [];
    const second = mlflow({
      trackingUri: server.uri,
      runId: first.runId,
      onError: (e) => errors.push(e),
      onNotice: () => undefined,
    });
    // Params are write-once: the resumed process changed the backend, which MLflow refuses.
    await second.open({ ...run, backend: 'wasm' });
    for (const r of records.filter((r) => r.step >= 15)) second.write(r);
    const summary = await second.finish({ status: 'finished' });
    t.is(summary.dropped, 0, 'no metric point lost');
    t.is(summary.paramsAndTagsDropped, 1, 'only the conflicting param');
    t.is(errors.length, 1);
    t.true(errors[0] instanceof MlflowError);
    const e = errors[0] as MlflowError;
    t.is(e.status, 400);
    t.is(e.errorCode, 'INVALID_PARAMETER_VALUE');
    t.regex(
      e.message,
      /runs\/log-batch at http:\/\/127\.0\.0\.1:\d+ failed: HTTP 400 INVALID_PARAMETER_VALUE/,
    );
    t.regex(e.message, /tfjs\.backend/);
    t.deepEqual(e.fault, { field: 'params', index: 0, key: 'tfjs.backend', value: 'wasm' });
    const got = await client.getRun(first.runId!);
    t.is(got.info.status, 'FINISHED');
    t.is((got.data.params ?? []).find((p) => p.key === 'tfjs.backend')?.value, 'cpu');
    await assertRunMetrics(t, client, first.runId!, records, run.parameters);
  },
);

test.serial(
  'validation errors name endpoint, tracking URI, status, error_code and the key and value at fault',
  async (t) => {
    if (!server) return skipless(t);
    const experimentId = await client.getOrCreateExperiment('cockpit-roundtrip');
    const run = await client.createRun({ experimentId, runName: 'invalid' });
    const err = await t.throwsAsync(
      client.logBatch(run.info.run_id, {
        metrics: [
          { key: 'ok', value: 1, timestamp: 1, step: 0 },
          { key: 'cockpit/bad key!', value: 2.5, timestamp: 1, step: 0 },
        ],
      }),
      { instanceOf: MlflowError },
    );
    t.is(err!.status, 400);
    t.is(err!.errorCode, 'INVALID_PARAMETER_VALUE');
    t.deepEqual(err!.fault, { field: 'metrics', index: 1, key: 'cockpit/bad key!', value: 2.5 });
    t.false(err!.retriable);
    t.true(
      err!.message.startsWith(
        `MLflow runs/log-batch at ${server.uri} failed: HTTP 400 INVALID_PARAMETER_VALUE`,
      ),
    );
    t.regex(err!.message, /\[at metrics\[1\] key="cockpit\/bad key!" value=2\.5\]/);
    const missing = await t.throwsAsync(client.getRun('0123456789abcdef0123456789abcdef'), {
      instanceOf: MlflowError,
    });
    t.is(missing!.status, 404);
    t.is(missing!.errorCode, 'RESOURCE_DOES_NOT_EXIST');
  },
);

test.serial(
  'tfjs-cockpit upload sends an existing JSON log and prints the run id and URL',
  async (t) => {
    if (!server) return skipless(t);
    const dir = await mkdtemp(join(tmpdir(), 'cockpit-upload-'));
    t.teardown(() => rm(dir, { recursive: true, force: true }));
    const { records } = cockpitRun(20);
    const merged: Record<number, (typeof records)[number]['values']> = {};
    for (const r of records) merged[r.step] = { ...merged[r.step], ...r.values };
    const file = await writeLog(merged, join(dir, 'run.json'));
    const { run: upload } = await import('../../../cli/upload.js');
    const out: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => out.push(args.join(' '));
    let code: number;
    try {
      code = await upload([
        file,
        '--experiment',
        'cockpit-uploads',
        '--tracking-uri',
        server.uri,
        '--run-name',
        'from-disk',
      ]);
    } finally {
      console.log = log;
    }
    t.is(code, 0);
    const runId = /run id: ([0-9a-f]{32})/.exec(out.join('\n'))?.[1];
    t.truthy(runId, out.join('\n'));
    t.regex(out.join('\n'), new RegExp(`${server.uri}/#/experiments/\\d+/runs/${runId}`));
    const got = await client.getRun(runId!);
    t.is(got.info.run_name, 'from-disk');
    t.is(got.info.status, 'FINISHED');
    // A log on disk has no per-parameter names nor wall times per record: compare values by step.
    const history = await client.getMetricHistory(runId!, 'cockpit/Loss');
    t.deepEqual(
      history.map((m) => [m.step, m.value]),
      Object.keys(merged).map((s) => [Number(s), merged[Number(s)].Loss]),
    );
    const lr = await client.getMetricHistory(runId!, 'hyperparameters/learning_rate');
    t.is(lr.length, 2);
    t.is(
      (await client.downloadArtifact(got.info.artifact_uri!, 'cockpit/cockpit.json')).toString(
        'utf8',
      ),
      serializeLog(parseLog(serializeLog(merged))),
    );
  },
);

test.serial(
  'parameter names MLflow refuses are sanitized; names that sanitize alike stay separate series',
  async (t) => {
    if (!server) return skipless(t);
    const { run } = cockpitRun(1);
    const names = ['enc:0/kernel', 'enc_0/kernel', 'héllo/bias', '../up/x'];
    const parameters = names.map((name) => {
      const [layer, ...rest] = name.split('/');
      return { name, layer, param: rest.join('/'), shape: [1] };
    });
    const sink = mlflow({
      trackingUri: server.uri,
      experiment: 'cockpit-roundtrip',
      runName: 'odd-names',
      jsonLog: false,
      ...quiet,
    });
    await sink.open({ ...run, parameters });
    for (let step = 0; step < 3; step++) {
      sink.write({
        step,
        wallTime: 1_700_000_100 + step,
        values: { GradNorm: [1 + step, 2 + step, 3 + step, 4 + step] },
      });
    }
    const summary = await sink.finish({ status: 'finished' });
    t.is(summary.dropped, 0);
    const keys = [
      'cockpit/GradNorm/enc_0/kernel',
      'cockpit/GradNorm/enc_0/kernel_2',
      'cockpit/GradNorm/h_llo/bias',
      'cockpit/GradNorm/__/up/x',
    ];
    for (const [i, key] of keys.entries()) {
      const history = await client.getMetricHistory(sink.runId!, key);
      t.deepEqual(
        history.map((m) => [m.step, m.value]),
        [0, 1, 2].map((s) => [s, i + 1 + s]),
        key,
      );
    }
    t.deepEqual(
      await client.listArtifacts(sink.runId!, 'cockpit'),
      [],
      'jsonLog: false uploads no log (and there are no histograms)',
    );
  },
);
