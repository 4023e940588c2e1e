import test from 'ava';
import { lazyHeatmap, stepValues, GRAD_HIST_2D_TAG } from '../../../adapters/grpc/record-values.js';
import { grpcServer } from '../../../adapters/grpc/sink.js';
import { LazyBlob, blobBytes } from '../../../adapters/grpc/store.js';
import { gradHist2dPng } from '../../../adapters/tensorboard/images/heatmap.js';
import { pngSize } from '../../../adapters/tensorboard/images/png.js';
import type { Histogram2d } from '../../../core/record.js';
import { goldenLog, recordAt, runInfo } from './fixtures.js';

test('the lazy GradHist2d image announces the PNG size and yields the event-file sink’s bytes', (t) => {
  const h2 = goldenLog()[2]!.GradHist2d as Histogram2d;
  const [w, h, png] = lazyHeatmap(h2)!;
  const bytes = blobBytes(png!);
  t.true(Buffer.from(bytes).equals(Buffer.from(gradHist2dPng(h2))));
  const size = pngSize(bytes);
  t.deepEqual(
    [new TextDecoder().decode(w as Uint8Array), new TextDecoder().decode(h as Uint8Array)],
    [String(size.width), String(size.height)],
  );
  t.is(lazyHeatmap({ hist: [], edges: [[], []] }), undefined);
  t.is(lazyHeatmap(3), undefined);
});

test('the live sink does not encode heatmaps on write, only when one is read', async (t) => {
  const sink = grpcServer({ announce: false });
  await sink.open(runInfo('lazy'));
  for (let s = 0; s < 30; s++) await sink.write(recordAt(s));
  const points = sink.store.getRun('lazy')!.series.get(GRAD_HIST_2D_TAG)!.reservoir.points();
  t.is(points.length, 10);
  const lazies = points.map((p) => (p.value as unknown[])[2] as LazyBlob);
  t.true(
    lazies.every(
      (b) =>
        b instanceof LazyBlob && (b as unknown as { cached?: Uint8Array }).cached === undefined,
    ),
  );
  blobBytes(lazies[0]!);
  t.truthy((lazies[0] as unknown as { cached?: Uint8Array }).cached);
  await sink.close({ status: 'finished' });
});

test('stepValues can leave GradHist2d out (the live sink adds it lazily)', (t) => {
  const values = goldenLog()[0]!;
  t.true(stepValues(values).some((v) => v.tag === GRAD_HIST_2D_TAG));
  t.false(
    stepValues(values, [], undefined, { gradHist2d: false }).some(
      (v) => v.tag === GRAD_HIST_2D_TAG,
    ),
  );
});
