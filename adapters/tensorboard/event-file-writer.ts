/**
 * One event file, appended record by record (trackers.md A, B).
 *
 * - Name `events.out.tfevents.<10-digit seconds>.<host>.<pid>.<n>`; the name is guaranteed to sort
 *   after every event file already in the directory (bumping the seconds if needed), because the
 *   Python loader reads files in name order and stops polling older ones (B.4). Every writer
 *   therefore starts a new file: a resumed run appends a file, it never reopens an old one.
 * - The `file_version` record is written synchronously at construction, so a bad logdir fails there.
 * - Later records are framed into a memory buffer and written when `flushEveryRecords` records or
 *   `flushEveryBytes` bytes are waiting, every `flushIntervalMs`, on `flush()`/`close()`, and at
 *   process exit. Only whole records reach the file, so a process killed at any moment leaves every
 *   complete record readable (both loaders stop quietly at a partial tail, A.6).
 * - A failing write (disk full, …) is reported once through `onError`, the file is cut back to the
 *   last complete record, the data stays queued (up to `maxPendingBytes`) and is retried at the next
 *   flush; records beyond that are dropped and counted, and the count is reported at close.
 */
import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { tensorboard } from '../../proto/generated/tensorboard.js';
import { encodeEvent, fileVersionEvent } from './events.js';
import { RECORD_OVERHEAD, frameRecordInto } from './tfrecord.js';

export interface EventFileWriterOptions {
  /** Write after this many records are buffered (default 500). */
  flushEveryRecords?: number;
  /** Write after this many bytes are buffered (default 1 MiB). */
  flushEveryBytes?: number;
  /** Write buffered records at least this often, in ms (default 2000; 0 disables the timer). */
  flushIntervalMs?: number;
  /** Appended to the file name, e.g. `.v2` (default none). */
  filenameSuffix?: string;
  /** Bytes kept in memory while writes fail before new records are dropped (default 64 MiB). */
  maxPendingBytes?: number;
  /** Receives write failures (once per failure streak) and the dropped-records summary at close (default console.warn). */
  onError?: (error: Error) => void;
}

/** Counters of a writer's life. */
export interface EventFileWriterStats {
  /** Records that reached the file. */
  written: number;
  /** Records given up on (buffer limit reached while writes failed, or still unwritable at close). */
  dropped: number;
  /** Records waiting in memory. */
  pending: number;
  /** Failed write attempts. */
  writeErrors: number;
}

let fileCounter = 0;
const openWriters = new Set<EventFileWriter>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Synchronous writes are allowed in 'exit' handlers: last buffered records are not lost.
  process.on('exit', () => {
    for (const w of openWriters) w.close();
  });
}

const EVENT_FILE = /tfevents/;

/**
 * Chooses a file name that sorts after every event file already present in `dir`: when the
 * latest existing name is not older, the seconds field continues from its seconds + 1.
 * (A foreign name without 10-digit seconds that still sorts later cannot be outrun; TensorBoard's
 * Python loader would then keep reading that file instead of ours.)
 */
function nextFileName(dir: string, suffix: string): string {
  const host = hostname().replace(/[^A-Za-z0-9_-]/g, '_') || 'localhost';
  const latest = readdirSync(dir)
    .filter((f) => EVENT_FILE.test(f))
    .sort()
    .pop();
  let seconds = Math.floor(Date.now() / 1000);
  const name = () =>
    `events.out.tfevents.${String(seconds).padStart(10, '0')}.${host}.${process.pid}.${fileCounter}${suffix}`;
  if (latest !== undefined && name() <= latest) {
    const m = /tfevents\.(\d{10})/.exec(latest);
    if (m) seconds = Math.max(seconds, Number(m[1]) + 1);
  }
  return name();
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

/** Appends TFRecord-framed Events to one new event file in `dir`. */
export class EventFileWriter {
  /** Absolute or relative path of the file being written. */
  readonly path: string;
  private readonly fd: number;
  private readonly opts: Required<Omit<EventFileWriterOptions, 'filenameSuffix'>>;
  private buf: Buffer = Buffer.allocUnsafe(1 << 16);
  private bufLen = 0;
  private bufRecords = 0;
  /** Bytes that failed to reach the file, in order, with their record counts. */
  private pending: { bytes: Buffer; records: number }[] = [];
  private pendingBytes = 0;
  /** File offset after the last complete record: where the next write goes. */
  private offset = 0;
  private failing = false;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly counts = { written: 0, dropped: 0, writeErrors: 0 };

  /**
   * Creates `dir` if needed and a new event file in it, and writes the `file_version` record.
   * Throws (synchronously) with the directory named when either is impossible.
   */
  constructor(dir: string, options: EventFileWriterOptions = {}) {
    this.opts = {
      flushEveryRecords: options.flushEveryRecords ?? 500,
      flushEveryBytes: options.flushEveryBytes ?? 1 << 20,
      flushIntervalMs: options.flushIntervalMs ?? 2000,
      maxPendingBytes: options.maxPendingBytes ?? 64 << 20,
      onError: options.onError ?? ((e) => console.warn(`[tensorboard] ${e.message}`)),
    };
    for (const [key, v] of Object.entries(this.opts)) {
      if (typeof v === 'number' && !(v >= 0))
        throw new RangeError(`EventFileWriter: option ${key} must be ≥ 0, got ${v}`);
    }
    let fd: number | undefined;
    let path = '';
    try {
      mkdirSync(dir, { recursive: true });
      // 'wx': never append to someone else's file, even if a name repeats.
      for (let attempt = 0; fd === undefined; attempt++) {
        path = join(dir, nextFileName(dir, options.filenameSuffix ?? ''));
        fileCounter++;
        try {
          fd = openSync(path, 'wx');
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 100) throw err;
        }
      }
      this.fd = fd;
      this.path = path;
      this.appendEvent(fileVersionEvent());
      this.flushOrThrow();
    } catch (err) {
      if (fd !== undefined) closeSync(fd);
      throw new Error(`TensorBoard logdir "${dir}" is not writable: ${asError(err).message}`, {
        cause: err,
      });
    }
    openWriters.add(this);
    installExitHook();
    if (this.opts.flushIntervalMs > 0) {
      this.timer = setInterval(() => this.flush(), this.opts.flushIntervalMs);
      this.timer.unref();
    }
  }

  /** Encodes and queues one Event. Returns false when it was dropped (see class doc). */
  writeEvent(event: tensorboard.IEvent): boolean {
    return this.writeRecord(encodeEvent(event));
  }

  /** Queues one already-serialized Event. Returns false when it was dropped. */
  writeRecord(data: Uint8Array): boolean {
    if (this.closed) throw new Error(`EventFileWriter: ${this.path} is closed`);
    return this.appendRecord(data);
  }

  private appendEvent(event: tensorboard.IEvent): void {
    this.appendRecord(encodeEvent(event));
  }

  private appendRecord(data: Uint8Array): boolean {
    const need = data.length + RECORD_OVERHEAD;
    if (this.failing && this.pendingBytes + this.bufLen + need > this.opts.maxPendingBytes) {
      this.counts.dropped++;
      return false;
    }
    if (this.bufLen + need > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.bufLen + need));
      this.buf.copy(grown, 0, 0, this.bufLen);
      this.buf = grown;
    }
    frameRecordInto(this.buf, this.bufLen, data);
    this.bufLen += need;
    this.bufRecords++;
    if (this.bufRecords >= this.opts.flushEveryRecords || this.bufLen >= this.opts.flushEveryBytes)
      this.flush();
    return true;
  }

  /** Writes everything buffered now. Never throws: failures go to `onError` (once per streak). */
  flush(): void {
    try {
      this.flushOrThrow();
      this.failing = false;
    } catch (err) {
      this.counts.writeErrors++;
      if (!this.failing) {
        this.failing = true;
        this.opts.onError(
          new Error(
            `writing ${this.path} failed (${asError(err).message}); keeping up to ${this.opts.maxPendingBytes} bytes ` +
              `in memory and retrying at the next flush, training continues`,
            { cause: err },
          ),
        );
      }
    }
  }

  private flushOrThrow(): void {
    if (this.bufLen > 0) {
      // Move the buffer into the queue only when something is already waiting, to avoid a copy.
      if (this.pending.length === 0) {
        try {
          this.writeAt(this.buf.subarray(0, this.bufLen));
          this.counts.written += this.bufRecords;
          this.bufLen = 0;
          this.bufRecords = 0;
          return;
        } catch (err) {
          this.queueBuffer();
          throw err;
        }
      }
      this.queueBuffer();
    }
    while (this.pending.length > 0) {
      const head = this.pending[0]!;
      this.writeAt(head.bytes);
      this.pending.shift();
      this.pendingBytes -= head.bytes.length;
      this.counts.written += head.records;
    }
  }

  private queueBuffer(): void {
    const bytes = Buffer.from(this.buf.subarray(0, this.bufLen));
    this.pending.push({ bytes, records: this.bufRecords });
    this.pendingBytes += bytes.length;
    this.bufLen = 0;
    this.bufRecords = 0;
  }

  /** Writes `bytes` at the end of the complete records; on failure cuts off any partial tail. */
  private writeAt(bytes: Uint8Array): void {
    let done = 0;
    try {
      while (done < bytes.length)
        done += writeSync(this.fd, bytes, done, bytes.length - done, this.offset + done);
    } catch (err) {
      if (done > 0) {
        try {
          ftruncateSync(this.fd, this.offset);
        } catch {
          // The retry rewrites from the same offset anyway; a leftover tail only looks like a partial record.
        }
      }
      throw err;
    }
    this.offset += bytes.length;
  }

  /** Counters so far. */
  stats(): EventFileWriterStats {
    const pending = this.bufRecords + this.pending.reduce((n, p) => n + p.records, 0);
    return { ...this.counts, pending };
  }

  /** Flushes and closes the file; reports records that never reached it. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    openWriters.delete(this);
    if (this.timer) clearInterval(this.timer);
    const lost = this.stats().pending;
    this.counts.dropped += lost;
    this.pending = [];
    this.pendingBytes = 0;
    this.bufLen = 0;
    this.bufRecords = 0;
    try {
      closeSync(this.fd);
    } catch (err) {
      this.opts.onError(
        new Error(`closing ${this.path} failed: ${asError(err).message}`, { cause: err }),
      );
    }
    if (this.counts.dropped > 0) {
      this.opts.onError(
        new Error(
          `${this.counts.dropped} event record(s) could not be written to ${this.path} and were dropped ` +
            `(${this.counts.written} written, ${this.counts.writeErrors} failed write attempt(s))`,
        ),
      );
    }
  }
}
