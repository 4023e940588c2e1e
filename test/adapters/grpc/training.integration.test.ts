/**
 * A real Cockpit training run (MNIST MLP, model.fit, 'full' configuration) with the grpcServer()
 * sink, watched by the real TensorBoard while it trains: every recorded step, the histograms,
 * the heatmaps and the panel picture arrive over gRPC. Both servers are stopped at the end.
 */
import test from 'ava';
import { join } from 'node:path';
import { grpcServer } from '../../../adapters/grpc/sink.js';
import { freePort, startServer, trackerVenv, waitForHttp } from '../../helpers/trackers.js';
import { realTrainingRun } from '../../helpers/training-run.js';

const bin = await trackerVenv();
const integration = bin ? test : test.skip;

type Json = any;

async function getJson(url: string): Promise<Json> {
  const res = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  if (!res.ok) throw new Error(`${url} → HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

integration(
  'TensorBoard follows a real Cockpit training run served by the gRPC sink',
  async (t) => {
    const grpcPort = await freePort();
    // keepServing: the run closes at the end of training, TensorBoard still reads it afterwards.
    const sink = grpcServer({ port: grpcPort, keepServing: true, announce: false });
    // Serve before training starts, so TensorBoard can be launched first: a gRPC channel that
    // found no server backs off for up to minutes.
    await sink.start();
    const tbPort = await freePort();
    const tb = startServer(join(bin!, 'tensorboard'), [
      `--grpc_data_provider=127.0.0.1:${grpcPort}`,
      '--host',
      '127.0.0.1',
      '--port',
      String(tbPort),
    ]);
    let polling = true;
    t.teardown(async () => {
      polling = false;
      await tb.stop();
      await sink.stop();
    });
    const base = `http://127.0.0.1:${tbPort}`;
    await waitForHttp(`${base}/data/runs`, 90_000, tb.proc);
    t.deepEqual(await getJson(`${base}/data/runs`), []); // nothing trained yet

    // Watch TensorBoard while the model trains: the step counts it reports along the way.
    const seen: number[] = [];
    const watcher = (async () => {
      while (polling) {
        try {
          const pts = await getJson(
            `${base}/data/plugin/scalars/scalars?run=mnist-mlp-real&tag=cockpit%2FLoss`,
          );
          if (seen.at(-1) !== pts.length) seen.push(pts.length);
        } catch {
          /* the run is not there yet */
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const training = await realTrainingRun([sink], { stepsPerEpoch: 6 });
    polling = false;
    await watcher;

    t.deepEqual(await getJson(`${base}/data/runs`), ['mnist-mlp-real']);
    const loss: [number, number, number][] = await getJson(
      `${base}/data/plugin/scalars/scalars?run=mnist-mlp-real&tag=cockpit%2FLoss`,
    );
    const recorded = training.records.filter((r) => typeof r.values.Loss === 'number');
    t.true(recorded.length >= 12);
    t.deepEqual(
      loss.map(([w, s, v]) => [w, s, v]),
      recorded.map((r) => [r.wallTime, r.step, Math.fround(r.values.Loss as number)]),
    );
    // Per-parameter series named by the model's layers.
    const tags = (await getJson(`${base}/data/plugin/scalars/tags`))['mnist-mlp-real'];
    t.truthy(tags[`cockpit/GradNorm/${training.run.parameters[0]!.name}`]);
    t.truthy(tags['epoch/train_loss'] ?? tags['epoch/valid_loss']);
    const hist = await getJson(
      `${base}/data/plugin/histograms/histograms?run=mnist-mlp-real&tag=cockpit%2FGradHist1d`,
    );
    t.true(hist.length >= 1);
    // The panel rendered at close arrives as an image.
    const panels = training.artifacts.filter((a) => a.kind === 'panel');
    if (panels.length > 0) {
      const images = await getJson(
        `${base}/data/plugin/images/images?run=mnist-mlp-real&tag=cockpit%2Fpanel&sample=0`,
      );
      const res = await fetch(`${base}/data/plugin/images/individualImage?${images.at(-1).query}`);
      t.true(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(panels.at(-1)!.data)));
    }
    const layout = await getJson(`${base}/data/plugin/custom_scalars/layout`);
    t.true(layout.category.some((c: Json) => c.title === 'LAYERWISE'));
    t.log(`TensorBoard saw ${seen.join(' → ')} Loss points while ${training.steps} steps trained`);
  },
);
