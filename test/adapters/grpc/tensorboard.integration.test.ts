/**
 * The real TensorBoard (pinned 2.21.0 from the tracker venv) reading a live Cockpit run through
 * our gRPC data provider: `tensorboard --grpc_data_provider=127.0.0.1:P`, checked over its HTTP
 * API (trackers.md G.2) — scalars, histograms, distributions, images, the custom-scalars layout
 * — and new steps showing up while records keep arriving. Both servers are stopped at the end,
 * also on failure.
 */
import test from 'ava';
import { join } from 'node:path';
import { grpcServer, type GrpcServerSink } from '../../../adapters/grpc/sink.js';
import { cockpitLayout } from '../../../adapters/tensorboard/layout.js';
import { gradHist2dPng } from '../../../adapters/tensorboard/images/heatmap.js';
import type { Histogram1d, Histogram2d } from '../../../core/record.js';
import {
  freePort,
  startServer,
  trackerVenv,
  waitForHttp,
  type ServerProcess,
  eventually,
} from '../../helpers/trackers.js';
import { PARAMETERS, goldenLog, recordAt, runInfo } from './fixtures.js';

const bin = await trackerVenv();
const integration = bin ? test.serial : test.skip;

type Json = any;

async function getJson(url: string): Promise<Json> {
  const res = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  if (!res.ok) throw new Error(`${url} → HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/** Strips proto3-JSON defaults so the served layout compares with `cockpitLayout`'s plain object. */
function compactLayout(layout: Json): Json {
  return layout.category.map((c: Json) => ({
    title: c.title,
    closed: Boolean(c.closed),
    chart: c.chart.map((ch: Json) =>
      ch.multiline?.tag?.length
        ? { title: ch.title, multiline: ch.multiline.tag }
        : { title: ch.title, margin: ch.margin.series },
    ),
  }));
}

integration(
  'TensorBoard shows a live Cockpit run served over gRPC, and new steps as they arrive',
  async (t) => {
    const startTime = Math.floor(Date.now() / 1000) - 1000;
    const sink: GrpcServerSink = grpcServer({ announce: false });
    // Whatever got started, stopped again at the end — also when an assertion fails.
    const running: { tb?: ServerProcess; feeding?: NodeJS.Timeout } = {};
    t.teardown(async () => {
      clearInterval(running.feeding);
      await running.tb?.stop();
      await sink.stop();
    });

    const info = runInfo('mlp', startTime);
    await sink.open(info);
    let next = 0;
    const feed = async (count: number) => {
      for (let i = 0; i < count; i++, next++) await sink.write(recordAt(next, startTime));
    };
    await feed(10);

    const port = await freePort();
    const tb = (running.tb = startServer(join(bin!, 'tensorboard'), [
      `--grpc_data_provider=${sink.server!.address}`,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ]));
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/data/runs`, 90_000, tb.proc).catch((err) => {
      throw new Error(`${(err as Error).message}\nTensorBoard output:\n${tb.output()}`);
    });

    // Runs, plugins, environment.
    t.deepEqual(await getJson(`${base}/data/runs`), ['mlp']);
    const plugins = await getJson(`${base}/data/plugins_listing`);
    for (const p of ['scalars', 'histograms', 'distributions', 'images', 'custom_scalars', 'text'])
      t.true(plugins[p]?.enabled, `plugin ${p} enabled`);
    const env = await getJson(`${base}/data/environment`);
    t.is(env.experiment_name, 'mlp');
    t.regex(env.debug.data_provider, /GrpcDataProvider/);

    // Scalars: tags with descriptions, values as float32 of the records.
    const tags = (await getJson(`${base}/data/plugin/scalars/tags`)).mlp;
    for (const tag of [
      'cockpit/Loss',
      'cockpit/Alpha',
      'cockpit/GradNorm/dense_1/kernel',
      'hyperparameters/learning_rate',
      'cockpit/Alpha/band_upper',
    ])
      t.truthy(tags[tag], tag);
    t.is(tags['cockpit/Loss'].description, '<p>Mini-batch training loss.</p>');
    const log = goldenLog();
    const loss: [number, number, number][] = await getJson(
      `${base}/data/plugin/scalars/scalars?run=mlp&tag=${encodeURIComponent('cockpit/Loss')}`,
    );
    t.deepEqual(
      loss.slice(0, 10).map(([w, s, v]) => [w, s, v]),
      [...Array(10).keys()].map((s) => [startTime + s, s, Math.fround(log[s % 5]!.Loss as number)]),
    );

    // Histograms (and the distributions view derived from them).
    t.truthy((await getJson(`${base}/data/plugin/histograms/tags`)).mlp['cockpit/GradHist1d']);
    const hists: [number, number, number[][]][] = await getJson(
      `${base}/data/plugin/histograms/histograms?run=mlp&tag=${encodeURIComponent('cockpit/GradHist1d')}`,
    );
    const h3 = log[3]!.GradHist1d as Histogram1d;
    const row3 = hists.find(([, s]) => s === 3)![2];
    t.deepEqual(
      row3,
      h3.hist.map((c, i) => [h3.edges[i]!, h3.edges[i + 1]!, c]),
    );
    const dist = await getJson(
      `${base}/data/plugin/distributions/distributions?run=mlp&tag=${encodeURIComponent('cockpit/GradHist1d')}`,
    );
    t.true(dist.length >= 1);

    // Images: GradHist2d heatmaps, byte-identical to the TensorBoard adapter's encoder.
    const imageTags = (await getJson(`${base}/data/plugin/images/tags`)).mlp;
    t.is(imageTags['cockpit/GradHist2d'].samples, 1);
    const images: { step: number; query: string }[] = await getJson(
      `${base}/data/plugin/images/images?run=mlp&tag=${encodeURIComponent('cockpit/GradHist2d')}&sample=0`,
    );
    t.true(images.length >= 1 && images.length <= 10);
    const img = images.at(-1)!;
    const res = await fetch(`${base}/data/plugin/images/individualImage?${img.query}`);
    t.is(res.headers.get('content-type'), 'image/png');
    t.true(
      Buffer.from(await res.arrayBuffer()).equals(
        Buffer.from(gradHist2dPng(log[img.step % 5]!.GradHist2d as Histogram2d)),
      ),
    );

    // Custom scalars: the same layout the event-file sink writes, and its regex route.
    const layout = await getJson(`${base}/data/plugin/custom_scalars/layout`);
    const expected = cockpitLayout(
      info.quantities.map((q) => q.name),
      PARAMETERS,
    );
    t.deepEqual(
      compactLayout(layout),
      compactLayout({
        category: expected.category.map((c) => ({
          ...c,
          chart: c.chart.map((ch) => ('multiline' in ch ? ch : { ...ch, multiline: { tag: [] } })),
        })),
      }),
    );
    const alpha = await getJson(
      `${base}/data/plugin/custom_scalars/scalars?run=mlp&tag=${encodeURIComponent('^cockpit/Alpha$')}`,
    );
    t.true(alpha.regex_valid);
    t.deepEqual(Object.keys(alpha.tag_to_events), ['cockpit/Alpha']);

    // Run description as markdown (text plugin).
    const text = await getJson(
      `${base}/data/plugin/text/text?run=mlp&tag=${encodeURIComponent('cockpit/run')}`,
    );
    t.regex(text[0].text, /Cockpit run mlp/);

    // The default "Time Series" dashboard: its tag listing and batched series requests.
    const tsBase = `${base}/experiment/defaultExperimentId/data/plugin/timeseries`;
    const tsTags = await getJson(`${tsBase}/tags`);
    t.true(tsTags.scalars.runTagInfo.mlp.includes('cockpit/Loss'));
    t.deepEqual(tsTags.histograms.runTagInfo.mlp, ['cockpit/GradHist1d']);
    t.true(tsTags.images.tagRunSampledInfo['cockpit/GradHist2d'].mlp.maxSamplesPerStep === 1);
    const series = await (
      await fetch(`${tsBase}/timeSeries`, {
        method: 'POST',
        body: new URLSearchParams({
          requests: JSON.stringify([
            { plugin: 'scalars', tag: 'cockpit/Loss' },
            { plugin: 'histograms', tag: 'cockpit/GradHist1d', run: 'mlp' },
            { plugin: 'images', tag: 'cockpit/GradHist2d', run: 'mlp', sample: 0 },
          ]),
        }),
      })
    ).json();
    t.is(series[0].runToSeries.mlp[4].value, Math.fround(log[4]!.Loss as number));
    t.is(series[1].runToSeries.mlp[3].bins.length, h3.hist.length);
    const imageId = series[2].runToSeries.mlp.at(-1).imageId;
    const tsImage = await fetch(`${tsBase}/imageData?imageId=${encodeURIComponent(imageId)}`);
    t.is(tsImage.headers.get('content-type'), 'image/png');

    // Unknown tag → our NOT_FOUND → TensorBoard's 404.
    t.is(
      (await fetch(`${base}/data/plugin/scalars/scalars?run=mlp&tag=cockpit%2FNope`)).status,
      404,
    );

    // Live: records keep arriving; TensorBoard shows the new steps without restarting anything.
    running.feeding = setInterval(() => void feed(2), 100);
    const latest = await eventually('new steps in TensorBoard', async () => {
      const pts: [number, number, number][] = await getJson(
        `${base}/data/plugin/scalars/scalars?run=mlp&tag=${encodeURIComponent('cockpit/Loss')}`,
      );
      const last = pts.at(-1)![1];
      return last >= 40 ? last : undefined;
    });
    t.true(latest >= 40);
    const newImages: { step: number }[] = await getJson(
      `${base}/data/plugin/images/images?run=mlp&tag=${encodeURIComponent('cockpit/GradHist2d')}&sample=0`,
    );
    t.true(newImages.at(-1)!.step >= 40);
    t.log(`TensorBoard followed the live run to step ${latest}`);
  },
);
