/**
 * gRPC data provider on this machine: 100 scalar tags × 10,000 steps in one run.
 *
 * - `ingestPointsPerSec`: points/s into the run store (reservoir sampling, default capacity 1000).
 * - `readAll1000Ms*`: ReadScalars for all 100 tags with downsample 1000 (what TensorBoard asks
 *   per scalars request), client-observed latency (median / p95 of 30) over loopback, and
 *   `readAll1000PointsPerSec` the points delivered per second by one client.
 * - `serverAll1000MsMedian`: the server's share of that request, in process: handler (filter,
 *   downsample) plus protobuf encoding. The rest of the client-observed time is the Node client's
 *   reflection-based decoding (TensorBoard decodes with the C++ protobuf runtime).
 * - `readOneTagMsMedian`: ReadScalars for one tag (TensorBoard's per-chart request).
 * - `readAllKeepAllMs*`: the same store with every point kept (`samplesPerPlugin: { scalars: 0 }`),
 *   all 100 tags × 10,000 points in one response (≈ 2 MB of column data).
 * - `concurrent4PointsPerSec`: 4 clients reading all tags (downsample 1000) at once.
 * - `sinkRecordsPerSec`: whole golden-case StepRecords (34 scalar series, GradHist1d, GradHist2d
 *   heatmap PNG) through the grpcServer() sink into its store.
 *
 * Run directly: `node --import tsx bench/grpc.ts`.
 */
import { fileURLToPath } from 'node:url';
import { DataProviderClient } from '../adapters/grpc/client.js';
import { startDataProviderServer } from '../adapters/grpc/server.js';
import { DataClass, RunStore, type RunStoreOptions } from '../adapters/grpc/store.js';
import { dataProviderHandlers } from '../adapters/grpc/service.js';
import { grpcServer } from '../adapters/grpc/sink.js';
import type { CockpitLog, StepRecord } from '../core/record.js';
import { parseLog } from '../exporters/json-log.js';
import { readFileSync } from 'node:fs';
import {
  encodeReadScalarsResponse,
  type ReadScalarsResponseObject,
} from '../adapters/grpc/scalar-codec.js';

const TAGS = 100;
const STEPS = 10_000;
const META = { pluginName: 'scalars', dataClass: DataClass.SCALAR } as const;

function fill(options: RunStoreOptions): { store: RunStore; seconds: number } {
  const store = new RunStore(options);
  const tags = Array.from({ length: TAGS }, (_, i) => `cockpit/Q${i}`);
  const t0 = process.hrtime.bigint();
  // Step-major, as records arrive: one point per tag per step.
  for (let step = 0; step < STEPS; step++) {
    for (let i = 0; i < TAGS; i++)
      store.add('run', tags[i]!, META, {
        step,
        wallTime: 1_700_000_000 + step,
        value: Math.fround(Math.sin(step + i)),
      });
  }
  return { store, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function timeReads(
  client: DataProviderClient,
  request: Record<string, unknown>,
  reps: number,
): Promise<{ ms: number[]; points: number }> {
  let points = 0;
  const ms: number[] = [];
  for (let i = 0; i < reps + 3; i++) {
    const t0 = performance.now();
    const res = await client.call('ReadScalars', request, 120_000);
    const dt = performance.now() - t0;
    if (i < 3) continue; // warm-up (connection, JIT)
    ms.push(dt);
    points = res.runs.reduce(
      (n: number, r: { tags: { data: { step: number[] } }[] }) =>
        n + r.tags.reduce((m, e) => m + e.data.step.length, 0),
      0,
    );
  }
  return { ms, points };
}

const readAll = (numPoints: number) => ({
  plugin_filter: { plugin_name: 'scalars' },
  downsample: { num_points: numPoints },
});

/** Records cycling through the steps of a golden case (the reference's values). */
function goldenRecords(n: number): StepRecord[] {
  const c = JSON.parse(readFileSync('/work/shared/golden/mlp-ce-sgd.case.json', 'utf8')) as {
    expected: Record<string, Record<string, unknown>>;
  };
  const byStep: Record<string, Record<string, unknown>> = {};
  for (const [q, steps] of Object.entries(c.expected)) {
    for (const [step, v] of Object.entries(steps)) (byStep[step] ??= {})[q] = v;
  }
  const log: CockpitLog = parseLog(JSON.stringify(byStep));
  const keys = Object.keys(log);
  return Array.from({ length: n }, (_, step) => ({
    step,
    wallTime: 1_700_000_000 + step,
    values: log[Number(keys[step % keys.length])]!,
  }));
}

async function benchSink(n: number): Promise<number> {
  const sink = grpcServer({ announce: false });
  await sink.open({
    runName: 'bench',
    configuration: 'full',
    quantities: [],
    parameters: [],
    layers: [],
    optimizer: { className: 'SGD', config: {} },
    backend: 'cpu',
    startTime: 1_700_000_000,
  });
  const records = goldenRecords(n);
  const t0 = performance.now();
  for (const r of records) await sink.write(r);
  const seconds = (performance.now() - t0) / 1000;
  await sink.close({ status: 'finished' });
  return n / seconds;
}

export async function benchGrpc(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  out.sinkRecordsPerSec = Math.round(await benchSink(500));
  const sampled = fill({});
  out.ingestPointsPerSec = Math.round((TAGS * STEPS) / sampled.seconds);
  const kept = fill({ samplesPerPlugin: { scalars: 0 } });
  out.ingestKeepAllPointsPerSec = Math.round((TAGS * STEPS) / kept.seconds);

  // Server side only: handler + encoder, in process.
  const handlers = dataProviderHandlers(sampled.store) as unknown as Record<
    string,
    (call: unknown, cb: (e: unknown, r: unknown) => void) => void
  >;
  const serverMs: number[] = [];
  for (let i = 0; i < 33; i++) {
    const t0 = performance.now();
    let res: unknown;
    handlers.ReadScalars!({ request: readAll(1000) }, (_e, r) => (res = r));
    encodeReadScalarsResponse(res as ReadScalarsResponseObject);
    if (i >= 3) serverMs.push(performance.now() - t0);
  }
  out.serverAll1000MsMedian = +quantile(serverMs, 0.5).toFixed(2);

  for (const [name, fixture, numPoints, reps] of [
    ['readAll1000', sampled.store, 1000, 30],
    ['readAllKeepAll', kept.store, STEPS, 8],
  ] as const) {
    const server = await startDataProviderServer(fixture);
    const client = new DataProviderClient(server.address);
    try {
      const { ms, points } = await timeReads(client, readAll(numPoints), reps);
      if (points !== TAGS * Math.min(numPoints, STEPS))
        throw new Error(`bench: ${name} returned ${points} points`);
      out[`${name}MsMedian`] = +quantile(ms, 0.5).toFixed(2);
      out[`${name}MsP95`] = +quantile(ms, 0.95).toFixed(2);
      out[`${name}PointsPerSec`] = Math.round(points / (quantile(ms, 0.5) / 1000));
      if (name === 'readAll1000') {
        const one = await timeReads(
          client,
          { ...readAll(1000), run_tag_filter: { tags: { names: ['cockpit/Q7'] } } },
          50,
        );
        out.readOneTagMsMedian = +quantile(one.ms, 0.5).toFixed(2);
        const clients = Array.from({ length: 4 }, () => new DataProviderClient(server.address));
        await Promise.all(clients.map((c) => c.call('ListRuns')));
        const t0 = performance.now();
        await Promise.all(
          clients.flatMap((c) =>
            Array.from({ length: 5 }, () => c.call('ReadScalars', readAll(1000), 120_000)),
          ),
        );
        const seconds = (performance.now() - t0) / 1000;
        out.concurrent4PointsPerSec = Math.round((4 * 5 * TAGS * 1000) / seconds);
        for (const c of clients) c.close();
      }
    } finally {
      client.close();
      await server.close();
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchGrpc(), null, 2));
}
