/**
 * Throughput of the TensorBoard writer on this machine.
 *
 * - `scalarEventsPerSec`: one scalar per Event through SummaryWriter.addScalar (encode, frame,
 *   CRC, buffered write to a real file) — the worst case, target ≥ 100,000/s.
 * - `sinkRecordsPerSec` / `sinkScalarsPerSec`: whole StepRecords through the sink (all scalar
 *   quantities, per-parameter series and the GradHist1d histogram; GradHist2d excluded since its
 *   PNG encoding is measured separately as `heatmapPngMs`).
 *
 * Run directly: `node --import tsx bench/tensorboard.ts`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SummaryWriter } from '../adapters/tensorboard/summary-writer.js';
import { tensorBoard } from '../adapters/tensorboard/sink.js';
import { gradHist2dPng } from '../adapters/tensorboard/images/heatmap.js';
import { readEventFile } from '../adapters/tensorboard/reader.js';
import type { ParameterInfo, StepRecord } from '../core/record.js';

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function benchScalars(dir: string, n: number): { perSec: number; bytesPerEvent: number } {
  const w = new SummaryWriter(join(dir, 'scalars'), { flushIntervalMs: 0 });
  const tags = ['cockpit/Loss', 'cockpit/GradNorm', 'cockpit/Alpha', 'cockpit/NormTest'];
  const seconds = time(() => {
    for (let i = 0; i < n; i++)
      w.addScalar(tags[i & 3]!, Math.sin(i), i >> 2, 1_700_000_000 + i * 1e-3);
    w.close();
  });
  // Not timed: prove every event reached the file intact.
  const { events, stop } = readEventFile(w.file.path);
  if (events.length !== n + 1 || stop !== 'end')
    throw new Error(`bench: read back ${events.length - 1}/${n} events (${stop})`);
  return { perSec: n / seconds, bytesPerEvent: statSync(w.file.path).size / n };
}

function syntheticRecord(step: number, parameters: ParameterInfo[]): StepRecord {
  const per = parameters.map((_, i) => Math.abs(Math.sin(step + i)));
  const hist = Array.from({ length: 100 }, (_, i) =>
    Math.round(1000 * Math.exp(-((i - 50) ** 2) / 200)),
  );
  return {
    step,
    wallTime: 1_700_000_000 + step * 0.01,
    values: {
      Loss: 1 / (1 + step),
      Alpha: Math.sin(step),
      NormTest: 1.1,
      InnerTest: 0.4,
      OrthoTest: 0.9,
      HessMaxEV: 3,
      TICDiag: 40,
      TICTrace: 1,
      MeanGSNR: 0.3,
      CABS: 0.2,
      EarlyStopping: -1,
      GradNorm: per,
      Distance: per,
      UpdateSize: per,
      HessTrace: per,
      GradHist1d: { hist, edges: Array.from({ length: 101 }, (_, i) => -2 + i * 0.04) },
    },
  };
}

function benchSink(dir: string, n: number): { recordsPerSec: number; scalarsPerRecord: number } {
  const parameters: ParameterInfo[] = Array.from({ length: 8 }, (_, i) => ({
    name: `dense_${i >> 1}/${i & 1 ? 'bias' : 'kernel'}`,
    layer: `dense_${i >> 1}`,
    param: i & 1 ? 'bias' : 'kernel',
    shape: [10],
  }));
  const sink = tensorBoard(join(dir, 'sink'), { flushIntervalMs: 0 });
  sink.open({
    runName: 'bench',
    configuration: 'full',
    quantities: [],
    parameters,
    layers: [],
    optimizer: { className: 'SGD', config: {} },
    backend: 'cpu',
    startTime: 1_700_000_000,
  });
  const records = Array.from({ length: n }, (_, i) => syntheticRecord(i, parameters));
  const seconds = time(() => {
    for (const r of records) sink.write(r);
    sink.close({ status: 'finished' });
  });
  // 11 scalar quantities + 4 per-parameter quantities × (total + 8) + Alpha band (2).
  return { recordsPerSec: n / seconds, scalarsPerRecord: 11 + 4 * 9 + 2 };
}

/** Runs the TensorBoard benchmarks; figures keyed by name. */
export async function benchTensorBoard(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-tb-'));
  try {
    benchScalars(dir, 20_000); // warm-up (JIT)
    const scalars = benchScalars(dir, 300_000);
    const sink = benchSink(dir, 5_000);
    const hist2d = {
      hist: Array.from({ length: 40 }, (_, i) =>
        Array.from({ length: 50 }, (_, j) => (i * j) % 97),
      ),
      edges: [[], []] as [number[], number[]],
    };
    gradHist2dPng(hist2d);
    const pngSeconds = time(() => {
      for (let i = 0; i < 50; i++) gradHist2dPng(hist2d);
    });
    return {
      scalarEventsPerSec: Math.round(scalars.perSec),
      bytesPerScalarEvent: Math.round(scalars.bytesPerEvent * 10) / 10,
      sinkRecordsPerSec: Math.round(sink.recordsPerSec),
      sinkScalarsPerSec: Math.round(sink.recordsPerSec * sink.scalarsPerRecord),
      heatmapPngMs: Math.round((pngSeconds / 50) * 1000 * 100) / 100,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await benchTensorBoard();
  for (const [k, v] of Object.entries(figures))
    console.log(`${k.padEnd(22)} ${v.toLocaleString('en-US')}`);
}
