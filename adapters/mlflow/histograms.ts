/**
 * Histogram quantities (GradHist1d, GradHist2d) are not scalar series: the sink keeps the steps
 * seen since the last upload and writes them as one artifact per chunk, in the reference's log
 * format (readable with parseLog), so uploads grow linearly with the run rather than quadratically.
 */
import type { CockpitLog, StepRecord } from '../../core/record.js';
import { serializeLog } from '../../exporters/json-log.js';

export const HISTOGRAM_QUANTITIES = ['GradHist1d', 'GradHist2d'] as const;

export interface HistogramChunk {
  /** Artifact path, e.g. `cockpit/histograms/GradHist1d/steps_000000-000099.json`. */
  path: string;
  /** The chunk's steps, `log[step][quantity]`. */
  log: CockpitLog;
}

/** The artifact bytes of a chunk (serialized on demand: cutting must stay cheap). */
export function chunkData(chunk: HistogramChunk): Uint8Array {
  return Buffer.from(serializeLog(chunk.log));
}

/** Collects histogram values per step until they are cut into chunks. */
export class HistogramChunker {
  private pending: Record<string, CockpitLog> = {};

  constructor(private readonly prefix = 'cockpit/histograms') {}

  add(record: StepRecord): void {
    for (const q of HISTOGRAM_QUANTITIES) {
      const v = record.values[q];
      if (v === undefined) continue;
      (this.pending[q] ??= {})[record.step] = { [q]: v };
    }
  }

  /** Chunks of everything collected since the last call (one per quantity with data); cheap. */
  take(): HistogramChunk[] {
    const chunks: HistogramChunk[] = [];
    for (const [q, log] of Object.entries(this.pending)) {
      const steps = Object.keys(log).map(Number);
      if (steps.length === 0) continue;
      const first = steps.reduce((a, b) => Math.min(a, b));
      const last = steps.reduce((a, b) => Math.max(a, b));
      const range = `${pad(first)}-${pad(last)}`;
      chunks.push({ path: `${this.prefix}/${q}/steps_${range}.json`, log });
    }
    this.pending = {};
    return chunks;
  }
}

const pad = (n: number) => String(n).padStart(6, '0');
