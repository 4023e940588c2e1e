/**
 * End to end: a real training run with the Cockpit (golden case model and batches) writes through
 * the TensorBoard sink, and the real TensorBoard serves back exactly what the Cockpit recorded —
 * every scalar, the GradHist1d bins, the GradHist2d heatmaps, the rendered panel and the report.
 */
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackerVenv } from '../../helpers/trackers.js';
import { tensorBoard, TENSORBOARD_TAGS } from '../../../adapters/tensorboard/sink.js';
import { bandPoints, cockpitLayout } from '../../../adapters/tensorboard/layout.js';
import { gradHist2dPng } from '../../../adapters/tensorboard/images/heatmap.js';
import { pngSize } from '../../../adapters/tensorboard/images/png.js';
import { scalarPoints } from '../../../adapters/scalar-tags.js';
import type { Histogram1d, Histogram2d } from '../../../core/record.js';
import { liveCockpitRun } from './fixtures.js';
import { q, startTensorBoard } from './tb-server.js';

const bin = await trackerVenv();
const maybe = bin ? test.serial : test.serial.skip;

const RUN = 'live';
const logdir = mkdtempSync(join(tmpdir(), 'tb-live-'));
test.after.always(() => rmSync(logdir, { recursive: true, force: true }));

const asJson = (v: number): number | string =>
  Number.isNaN(v) ? 'NaN' : v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : v;

maybe(
  'a real Cockpit training run is served back by TensorBoard exactly as recorded',
  async (t) => {
    const sink = tensorBoard(logdir, { run: RUN });
    const { run, records, artifacts } = await liveCockpitRun([sink]);
    t.true(records.length >= 9, `${records.length} records`);
    const panel = artifacts.find((a) => a.kind === 'panel');
    const report = artifacts.find((a) => a.kind === 'report');
    t.truthy(panel, 'the Cockpit rendered a panel');
    t.is(sink.stats().dropped, 0);

    const expected = new Map<string, [number, number | string][]>();
    for (const r of records) {
      for (const p of [...scalarPoints(r.values, run.parameters), ...bandPoints(r.values)]) {
        if (!expected.has(p.tag)) expected.set(p.tag, []);
        expected.get(p.tag)!.push([r.step, asJson(Math.fround(p.value))]);
      }
    }
    t.true(
      expected.has('cockpit/Alpha') &&
        expected.has('cockpit/HessMaxEV') &&
        expected.has('cockpit/GradNorm'),
    );

    const tb = await startTensorBoard(bin!, logdir, true);
    t.teardown(() => tb.server.stop());
    await tb.until(
      async () =>
        Object.keys((await tb.json('/data/plugin/scalars/tags'))[RUN] ?? {}).length ===
        expected.size,
      'all scalar tags of the live run',
    );
    for (const [tag, points] of expected) {
      const served: [number, number, number | string][] = await tb.json(
        `/data/plugin/scalars/scalars${q({ run: RUN, tag })}`,
      );
      t.deepEqual(
        served.map(([, s, v]) => [s, v]),
        points,
        tag,
      );
    }

    const h1 = records
      .filter((r) => r.values.GradHist1d)
      .map((r) => [r.step, r.values.GradHist1d as Histogram1d] as const);
    const hs: [number, number, number[][]][] = await tb.json(
      `/data/plugin/histograms/histograms${q({ run: RUN, tag: TENSORBOARD_TAGS.gradHist1d })}`,
    );
    t.deepEqual(
      hs.map(([, s, rows]) => [s, rows]),
      h1.map(([s, h]) => [s, h.hist.map((c, i) => [h.edges[i], h.edges[i + 1], c])]),
    );

    const h2 = records
      .filter((r) => r.values.GradHist2d)
      .map((r) => r.values.GradHist2d as Histogram2d);
    const heatmaps: { query: string }[] = await tb.json(
      `/data/plugin/images/images${q({ run: RUN, tag: TENSORBOARD_TAGS.gradHist2d, sample: '0' })}`,
    );
    t.is(heatmaps.length, Math.min(10, h2.length)); // images keep 10 samples per series (B.6)
    const last = await tb.bytes(`/data/plugin/images/individualImage?${heatmaps.at(-1)!.query}`);
    t.deepEqual(last.body, new Uint8Array(gradHist2dPng(h2.at(-1)!)));

    const panels: { query: string }[] = await tb.json(
      `/data/plugin/images/images${q({ run: RUN, tag: TENSORBOARD_TAGS.panel, sample: '0' })}`,
    );
    const servedPanel = await tb.bytes(`/data/plugin/images/individualImage?${panels[0]!.query}`);
    t.is(servedPanel.type, 'image/png');
    t.deepEqual(servedPanel.body, new Uint8Array(panel!.data));
    t.deepEqual(pngSize(servedPanel.body), pngSize(panel!.data));

    t.deepEqual(
      (await tb.json('/data/plugin/custom_scalars/layout')).category.map(
        (c: { title: string }) => c.title,
      ),
      cockpitLayout(
        run.quantities.map((x) => x.name),
        run.parameters,
      ).category.map((c) => c.title),
    );
    if (report) {
      const text = await tb.json(
        `/data/plugin/text/text${q({ run: RUN, tag: TENSORBOARD_TAGS.report })}`,
      );
      t.is(text.length, 1);
      t.true(text[0].text.length > 0);
    }
  },
);
