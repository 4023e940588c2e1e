/**
 * The TensorBoard sink against the real TensorBoard 2.21 (both loaders): everything recorded is
 * served back over the HTTP API (trackers.md G.2).
 */
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackerVenv } from '../../helpers/trackers.js';
import { tensorBoard, TENSORBOARD_TAGS } from '../../../adapters/tensorboard/sink.js';
import { bandPoints, cockpitLayout } from '../../../adapters/tensorboard/layout.js';
import { gradHist2dPng } from '../../../adapters/tensorboard/images/heatmap.js';
import { encodePng, pngSize, PNG_SIGNATURE } from '../../../adapters/tensorboard/images/png.js';
import { scalarPoints } from '../../../adapters/scalar-tags.js';
import type { Histogram1d, Histogram2d, StepRecord } from '../../../core/record.js';
import { cockpitRun } from './fixtures.js';
import { q, startTensorBoard } from './tb-server.js';

const bin = await trackerVenv();
const maybe = bin ? test.serial : test.serial.skip;

const RUN = 'cockpit-mlp';
const { run, records: golden } = cockpitRun();
// A diverging evaluation at the end: non-finite values must survive as TensorBoard's "NaN"/"Infinity".
const records: StepRecord[] = [
  ...golden,
  {
    step: 9,
    wallTime: 1_700_000_010,
    values: { test_loss: NaN, test_accuracy: Infinity, valid_loss: -Infinity },
  },
];
// Stand-in for the rendered panel: any PNG; TensorBoard must hand back exactly these bytes.
const panel = encodePng({ width: 30, height: 15, rgba: new Uint8Array(30 * 15 * 4).fill(200) });
const report = '# Cockpit report\n\n| quantity | status |\n|---|---|\n| Alpha | ok |';

const logdir = mkdtempSync(join(tmpdir(), 'tb-sink-'));
test.after.always(() => rmSync(logdir, { recursive: true, force: true }));

const sink = tensorBoard(logdir, { run: RUN });
sink.open(run);
for (const r of records) sink.write(r);
sink.artifact!({
  kind: 'panel',
  step: 9,
  fileName: 'panel.png',
  contentType: 'image/png',
  data: panel,
});
sink.artifact!({
  kind: 'report',
  step: 9,
  fileName: 'report.md',
  contentType: 'text/markdown',
  data: new TextEncoder().encode(report),
});
sink.close({ status: 'finished' });

/** Expected scalar series: tag → [[step, value]] with values rounded to float32 as on the wire. */
const expectedScalars = new Map<string, [number, number][]>();
for (const r of records) {
  for (const p of [...scalarPoints(r.values, run.parameters), ...bandPoints(r.values)]) {
    if (!expectedScalars.has(p.tag)) expectedScalars.set(p.tag, []);
    expectedScalars.get(p.tag)!.push([r.step, Math.fround(p.value)]);
  }
}
const asJson = (v: number): number | string =>
  Number.isNaN(v) ? 'NaN' : v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : v;
const hist1 = records
  .filter((r) => r.values.GradHist1d)
  .map((r) => [r.step, r.values.GradHist1d as Histogram1d] as const);
const hist2 = records
  .filter((r) => r.values.GradHist2d)
  .map((r) => [r.step, r.values.GradHist2d as Histogram2d] as const);

/** proto3 JSON with default fields, as the layout route returns it. */
function withDefaults(layout: ReturnType<typeof cockpitLayout>) {
  return {
    version: 0,
    category: layout.category.map((c) => ({
      title: c.title,
      chart: c.chart.map((ch) =>
        'multiline' in ch
          ? { title: ch.title, multiline: ch.multiline }
          : { title: ch.title, margin: ch.margin },
      ),
      closed: c.closed ?? false,
    })),
  };
}

for (const loadFast of [false, true]) {
  maybe(
    `TensorBoard (--load_fast=${loadFast}) serves every scalar, histogram, image, text and the layout we wrote`,
    async (t) => {
      const tb = await startTensorBoard(bin!, logdir, loadFast);
      t.teardown(() => tb.server.stop());
      await tb.until(async () => {
        const tags = await tb.json(`/data/plugin/scalars/tags`);
        return Object.keys(tags[RUN] ?? {}).length === expectedScalars.size;
      }, 'all scalar tags');

      t.deepEqual(await tb.json('/data/runs'), [RUN]);
      const plugins = await tb.json('/data/plugins_listing');
      for (const p of [
        'scalars',
        'histograms',
        'distributions',
        'images',
        'text',
        'custom_scalars',
      ]) {
        t.true(plugins[p]?.enabled, `plugin ${p} enabled`);
      }

      // Scalars: every tag, every step, every value (float32) — including NaN/±Infinity.
      const tags = (await tb.json(`/data/plugin/scalars/tags`))[RUN];
      t.deepEqual(Object.keys(tags).sort(), [...expectedScalars.keys()].sort());
      t.is(
        tags['cockpit/Alpha'].description,
        '<p>Normalized local step length on a noise-aware 1-D quadratic fit: −1 no progress, 0 the minimum, &gt;1 the loss goes up (learning rate too large).</p>',
      );
      for (const [tag, points] of expectedScalars) {
        const served: [number, number, number | string][] = await tb.json(
          `/data/plugin/scalars/scalars${q({ run: RUN, tag })}`,
        );
        t.deepEqual(
          served.map(([, step, value]) => [step, value]),
          points.map(([step, value]) => [step, asJson(value)]),
          tag,
        );
      }
      const gradNormKernel = expectedScalars.get('cockpit/GradNorm/dense_1/kernel');
      t.is(gradNormKernel?.length, 9, 'per-parameter series present at every step');

      // Histograms: the Cockpit's own bins, rows (left, right, count) for each tracked step.
      t.deepEqual(Object.keys((await tb.json('/data/plugin/histograms/tags'))[RUN]), [
        TENSORBOARD_TAGS.gradHist1d,
      ]);
      const hs: [number, number, number[][]][] = await tb.json(
        `/data/plugin/histograms/histograms${q({ run: RUN, tag: TENSORBOARD_TAGS.gradHist1d })}`,
      );
      t.deepEqual(
        hs.map(([, step, rows]) => [step, rows]),
        hist1.map(([step, h]) => [step, h.hist.map((c, i) => [h.edges[i], h.edges[i + 1], c])]),
      );
      t.deepEqual(
        hist1.map(([s]) => s),
        [0, 1, 2, 4],
      );

      // Images: GradHist2d heatmaps per step and the panel, byte-identical PNGs.
      const imageTags = (await tb.json('/data/plugin/images/tags'))[RUN];
      t.deepEqual(
        Object.keys(imageTags).sort(),
        [TENSORBOARD_TAGS.gradHist2d, TENSORBOARD_TAGS.panel].sort(),
      );
      const heatmaps: { step: number; query: string }[] = await tb.json(
        `/data/plugin/images/images${q({ run: RUN, tag: TENSORBOARD_TAGS.gradHist2d, sample: '0' })}`,
      );
      t.deepEqual(
        heatmaps.map((h) => h.step),
        hist2.map(([s]) => s),
      );
      for (const [i, h] of heatmaps.entries()) {
        const img = await tb.bytes(`/data/plugin/images/individualImage?${h.query}`);
        t.is(img.type, 'image/png');
        t.deepEqual(img.body.subarray(0, 8), PNG_SIGNATURE);
        const hist = hist2[i]![1];
        t.deepEqual(pngSize(img.body), {
          width: hist.hist[0]!.length * 8,
          height: hist.hist.length * 8,
        });
        t.deepEqual(img.body, new Uint8Array(gradHist2dPng(hist)));
      }
      const panels: { step: number; query: string }[] = await tb.json(
        `/data/plugin/images/images${q({ run: RUN, tag: TENSORBOARD_TAGS.panel, sample: '0' })}`,
      );
      t.deepEqual(
        panels.map((p) => p.step),
        [9],
      );
      const served = await tb.bytes(`/data/plugin/images/individualImage?${panels[0]!.query}`);
      t.is(served.type, 'image/png');
      t.deepEqual(served.body, new Uint8Array(panel));
      t.deepEqual(pngSize(served.body), { width: 30, height: 15 });

      // Custom scalars: our layout, and its regexes select the intended series.
      const layout = cockpitLayout(
        run.quantities.map((x) => x.name),
        run.parameters,
      );
      t.deepEqual(await tb.json('/data/plugin/custom_scalars/layout'), withDefaults(layout));
      const titles = layout.category.map((c) => c.title);
      t.deepEqual(titles, [
        'STEP SIZE',
        'GRADIENTS',
        'CURVATURE',
        'PERFORMANCE',
        'HYPERPARAMETERS',
        'AUXILIARY',
        'LAYERWISE',
      ]);
      const testsChart = layout.category[1]!.chart[0]!;
      const regex =
        'multiline' in testsChart ? testsChart.multiline.tag.map((r) => `(${r})`).join('|') : '';
      const matched = await tb.json(
        `/data/plugin/custom_scalars/scalars${q({ run: RUN, tag: regex })}`,
      );
      t.true(matched.regex_valid);
      t.deepEqual(Object.keys(matched.tag_to_events).sort(), [
        'cockpit/InnerTest',
        'cockpit/NormTest',
        'cockpit/OrthoTest',
      ]);
      const layerwise = await tb.json(
        `/data/plugin/custom_scalars/scalars${q({ run: RUN, tag: '^cockpit/GradNorm/' })}`,
      );
      t.deepEqual(
        Object.keys(layerwise.tag_to_events).sort(),
        run.parameters.map((p) => `cockpit/GradNorm/${p.name}`).sort(),
      );

      // Text: run description tables and the report, rendered from markdown.
      const textTags: Record<string, string[]> = await tb.json('/data/plugin/text/tags');
      t.deepEqual(
        textTags[RUN]!.slice().sort(),
        Object.values({ ...TENSORBOARD_TAGS })
          .filter(
            (x) =>
              ![
                TENSORBOARD_TAGS.gradHist1d,
                TENSORBOARD_TAGS.gradHist2d,
                TENSORBOARD_TAGS.panel,
              ].includes(x as never),
          )
          .sort(),
      );
      const reportText = await tb.json(
        `/data/plugin/text/text${q({ run: RUN, tag: TENSORBOARD_TAGS.report })}`,
      );
      t.is(reportText[0].step, 9);
      t.regex(reportText[0].text, /<h1>Cockpit report<\/h1>/);
      t.regex(reportText[0].text, /<table>[\s\S]*<td>Alpha<\/td>[\s\S]*<td>ok<\/td>/);
      const model = await tb.json(
        `/data/plugin/text/text${q({ run: RUN, tag: TENSORBOARD_TAGS.model })}`,
      );
      t.regex(model[0].text, /<td>dense_1\/kernel<\/td>/);
      const end = await tb.json(
        `/data/plugin/text/text${q({ run: RUN, tag: TENSORBOARD_TAGS.end })}`,
      );
      t.regex(end[0].text, /Run finished/);
    },
  );
}
