/** Reads event files back (tests, tools): every complete, checksum-valid record as an Event. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { tensorboard } from '../../proto/generated/tensorboard.js';
import { decodeEvent } from './events.js';
import { readRecords, type StopReason } from './tfrecord.js';

export interface EventFileContents {
  events: tensorboard.Event[];
  /** Bytes covered by complete records. */
  validBytes: number;
  /** See `readRecords`: `end`, `truncated` (partial tail) or `corrupt`. */
  stop: StopReason;
}

/** Decodes the events of one file's bytes. */
export function parseEventFile(bytes: Uint8Array): EventFileContents {
  const { records, validBytes, stop } = readRecords(bytes);
  return { events: records.map((r) => decodeEvent(r)), validBytes, stop };
}

/** Reads and decodes one event file. */
export function readEventFile(path: string): EventFileContents {
  return parseEventFile(readFileSync(path));
}

/** Event files directly in `dir`, in the order TensorBoard reads them (lexicographic). */
export function listEventFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.includes('tfevents'))
    .sort()
    .map((f) => join(dir, f));
}
