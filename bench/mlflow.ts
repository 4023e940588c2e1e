/**
 * MLflow sink benchmark against a real local MLflow server (pinned venv, SQLite store):
 * - overhead of one write() call with the sink vs. without it (the call must not block);
 * - records/second and metric points/second the sink sustains end to end (write → server ack);
 * - how long close() takes to upload the final artifacts (histogram chunks, the JSON log).
 * `benchMlflow()` returns the figures; run directly to print them.
 */
import { fileURLToPath } from 'node:url';
import type { StepRecord } from '../core/record.js';
import { mlflow } from '../adapters/mlflow/index.js';
import { scalarPoints } from '../adapters/scalar-tags.js';
import { cockpitRun } from '../test/adapters/mlflow/records.js';
import { mlflowServer } from '../test/adapters/mlflow/server.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Per-call times (µs) of `fn` over the records. */
function timeCalls(records: StepRecord[], fn: (r: StepRecord) => void): number[] {
  const out: number[] = [];
  for (const r of records) {
    const t0 = process.hrtime.bigint();
    fn(r);
    out.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return out.sort((a, b) => a - b);
}

/** Runs the benchmark; returns figures keyed by name (times in µs, rates per second). */
export async function benchMlflow(
  options: { records?: number } = {},
): Promise<Record<string, number>> {
  const server = await mlflowServer();
  if (!server) throw new Error('tracker venv unavailable: cannot start MLflow for the benchmark');
  try {
    const { run, records } = cockpitRun(options.records ?? 600);
    const points = records.reduce((n, r) => n + scalarPoints(r.values, run.parameters).length, 0);
    const quiet = { onError: () => undefined, onNotice: () => undefined };

    // Baseline: what a caller does without a sink (hand the record to a no-op consumer).
    let sinkHole = 0;
    const baseline = timeCalls(records, (r) => {
      sinkHole += r.step;
    });

    // Warm the server with a throwaway run: a fresh MLflow answers its first few hundred
    // log-batch requests several times slower (lazy imports, SQLAlchemy caches).
    const warm = mlflow({
      trackingUri: server.uri,
      experiment: 'bench-warmup',
      artifactInterval: 0,
      ...quiet,
    });
    await warm.open(run);
    records.forEach((r) => warm.write(r));
    await warm.finish({ status: 'finished' });

    const sink = mlflow({
      trackingUri: server.uri,
      experiment: 'bench',
      runName: 'throughput',
      artifactInterval: 0,
      flushIntervalMs: 500,
      ...quiet,
    });
    await sink.open(run);
    const start = process.hrtime.bigint();
    const withSink = timeCalls(records, (r) => sink.write(r));
    const writeDone = process.hrtime.bigint();
    // Metrics throughput: until the server acknowledged every point (artifacts come at close).
    while (sink.summary().sent < points) await new Promise((r) => setTimeout(r, 10));
    const metricsDone = process.hrtime.bigint();
    const summary = await sink.finish({ status: 'finished' });
    const end = process.hrtime.bigint();
    if (summary.dropped !== 0 || summary.pending !== 0)
      throw new Error(`benchmark lost data: ${JSON.stringify(summary)}`);
    const seconds = Number(metricsDone - start) / 1e9;
    return {
      records: records.length,
      metricPoints: points,
      writeBaselineMeanUs: baseline.reduce((a, b) => a + b, 0) / baseline.length + sinkHole * 0,
      writeMeanUs: withSink.reduce((a, b) => a + b, 0) / withSink.length,
      writeP50Us: percentile(withSink, 50),
      writeP99Us: percentile(withSink, 99),
      writeMaxUs: withSink[withSink.length - 1],
      allWritesMs: Number(writeDone - start) / 1e6,
      metricsDeliveredSeconds: seconds,
      closeWithArtifactsSeconds: Number(end - metricsDone) / 1e9,
      recordsPerSecond: records.length / seconds,
      metricPointsPerSecond: points / seconds,
      requestsRetried: summary.retried,
    };
  } finally {
    await server.dispose();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = await benchMlflow();
  for (const [k, v] of Object.entries(figures))
    console.log(`${k.padEnd(26)} ${Number.isInteger(v) ? v : v.toFixed(2)}`);
}
