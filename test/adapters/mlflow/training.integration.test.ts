/**
 * A real training run (MNIST MLP, model.fit, full configuration) with the MLflow sink attached,
 * read back over REST from a real MLflow server: every step of every metric equals the Cockpit's
 * JSON log; params, tags, status and artifacts are there.
 */
import test from 'ava';
import { MlflowClient, mlflow, type MlflowSummary } from '../../../adapters/mlflow/index.js';
import { assertRunMetrics } from './readback.js';
import { mlflowServer, type MlflowServer } from './server.js';
import { realTrainingRun } from '../../helpers/training-run.js';
import { serializeLog } from '../../../exporters/json-log.js';

let server: MlflowServer | undefined;
let client: MlflowClient;

test.before(async () => {
  server = await mlflowServer();
  if (server) client = new MlflowClient({ trackingUri: server.uri, retry: false });
});

test.after.always(async () => {
  client?.close();
  await server?.dispose();
});

test.serial(
  'a real training run with the MLflow sink: metrics equal the JSON log, params, tags, status and artifacts',
  async (t) => {
    if (!server) {
      t.log('SKIPPED: tracker venv unavailable');
      return t.pass();
    }
    let summary: MlflowSummary | undefined;
    const sink = mlflow({
      trackingUri: server.uri,
      experiment: 'real-training',
      flushIntervalMs: 200,
      onSummary: (s) => (summary = s),
      onError: () => undefined,
      onNotice: () => undefined,
    });
    const { run, records, log, steps } = await realTrainingRun([sink]);
    t.is(steps, 12);
    t.truthy(summary);
    t.is(summary!.dropped, 0);
    t.deepEqual(summary!.errors, []);
    // The records the sink received are the Cockpit's log: compare the server with both.
    const merged: Record<number, Record<string, unknown>> = {};
    for (const r of records) merged[r.step] = { ...merged[r.step], ...r.values };
    t.is(serializeLog(merged as never), serializeLog(log), 'sinks received exactly the JSON log');
    const points = await assertRunMetrics(t, client, sink.runId!, records, run.parameters);
    t.true(points > 200, `${points} metric points compared`);
    const got = await client.getRun(sink.runId!);
    t.is(got.info.status, 'FINISHED');
    t.is(got.info.run_name, 'mnist-mlp-real');
    const params = Object.fromEntries((got.data.params ?? []).map((p) => [p.key, p.value]));
    t.is(params['cockpit.configuration'], 'full');
    t.is(params['tfjs.backend'], 'wasm');
    const metricKeys = (got.data.metrics ?? []).map((m) => m.key);
    for (const key of [
      'cockpit/Loss',
      'cockpit/Alpha',
      'cockpit/HessMaxEV',
      'cockpit/GradNorm',
      'epoch/valid_accuracy',
    ]) {
      t.true(metricKeys.includes(key), `metric ${key} present`);
    }
    const artifacts = await client.listArtifacts(sink.runId!, 'cockpit');
    const names = JSON.stringify(artifacts);
    for (const file of ['cockpit.json', 'panel.png'])
      t.true(names.includes(file), `artifact ${file}`);
  },
);
