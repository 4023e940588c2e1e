/**
 * Delivers a spool file left behind by a sink that closed while the server was unreachable
 * (its path is in the close summary): every line is one log-batch payload, sent in order to the
 * given run. The file is removed once everything arrived, so a second replay sends nothing twice.
 */
import { readFile, rm } from 'node:fs/promises';
import type { MlflowClient } from './client.js';
import type { RetryOptions } from './retry.js';
import type { LogBatch } from './types.js';

export interface ReplayResult {
  batches: number;
  metrics: number;
  paramsAndTags: number;
}

/** Sends the spool file's batches to `runId` in order (retrying outages); deletes the file afterwards. */
export async function replaySpoolFile(
  client: MlflowClient,
  file: string,
  runId: string,
  retry: RetryOptions = {},
): Promise<ReplayResult> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  const result: ReplayResult = { batches: 0, metrics: 0, paramsAndTags: 0 };
  for (const [i, line] of lines.entries()) {
    let batch: LogBatch;
    try {
      batch = JSON.parse(line) as LogBatch;
    } catch (err) {
      throw new Error(
        `spool file ${file} line ${i + 1} is not JSON (a half-written last line after a crash?)`,
        {
          cause: err,
        },
      );
    }
    await client.logBatch(runId, batch, { retry });
    result.batches++;
    result.metrics += batch.metrics?.length ?? 0;
    result.paramsAndTags += (batch.params?.length ?? 0) + (batch.tags?.length ?? 0);
  }
  await rm(file);
  return result;
}
