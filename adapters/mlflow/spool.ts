/**
 * A bounded first-in-first-out queue of log batches on disk (JSON lines), used while the tracking
 * server is unreachable so that an outage costs disk space, not memory or data. Batches are read
 * back in the order they were appended; once everything is replayed the file is emptied.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpoolOptions {
  /** Directory of the spool file; default `<os tmpdir>/tfjs-cockpit-mlflow-spool`. */
  dir?: string;
  /** Most bytes of unsent batches kept on disk; appends beyond it are refused. Default 512 MiB. */
  maxBytes?: number;
}

interface Slot {
  offset: number;
  length: number;
}

/** FIFO of JSON values on disk. Operations are serialized internally, so callers need not await in order. */
export class Spool<T> {
  readonly dir: string;
  readonly maxBytes: number;
  readonly file: string;
  private handle?: FileHandle;
  private slots: Slot[] = [];
  private head = 0;
  private writePos = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(options: SpoolOptions = {}) {
    this.dir = options.dir ?? join(tmpdir(), 'tfjs-cockpit-mlflow-spool');
    this.maxBytes = options.maxBytes ?? 512 * 1024 * 1024;
    if (!(this.maxBytes > 0))
      throw new Error(`spool maxBytes must be positive, got ${options.maxBytes}`);
    this.file = join(
      this.dir,
      `spool-${process.pid}-${Date.now()}-${randomBytes(4).toString('hex')}.jsonl`,
    );
  }

  /** Batches appended and not yet shifted. */
  get length(): number {
    return this.slots.length - this.head;
  }

  /** Bytes of unsent batches. */
  get pendingBytes(): number {
    let sum = 0;
    for (let i = this.head; i < this.slots.length; i++) sum += this.slots[i].length;
    return sum;
  }

  /** Appends one value; resolves false (and stores nothing) when it would exceed `maxBytes`. */
  append(value: T): Promise<boolean> {
    return this.serial(async () => {
      const line = Buffer.from(`${JSON.stringify(value)}\n`);
      if (this.pendingBytes + line.length > this.maxBytes) return false;
      const handle = await this.open();
      await handle.write(line, 0, line.length, this.writePos);
      this.slots.push({ offset: this.writePos, length: line.length });
      this.writePos += line.length;
      return true;
    });
  }

  /** The oldest unsent value, read from disk, or undefined when empty. */
  peek(): Promise<T | undefined> {
    return this.serial(async () => {
      if (this.length === 0) return undefined;
      const slot = this.slots[this.head];
      const buffer = Buffer.alloc(slot.length);
      await this.handle!.read(buffer, 0, slot.length, slot.offset);
      return JSON.parse(buffer.toString('utf8')) as T;
    });
  }

  /** Drops the oldest value (after it was delivered). Empties the file once everything is delivered. */
  shift(): Promise<void> {
    return this.serial(async () => {
      if (this.length === 0) return;
      this.head++;
      if (this.length === 0) {
        await this.handle?.truncate(0);
        this.slots = [];
        this.head = 0;
        this.writePos = 0;
      }
    });
  }

  /**
   * Closes the file. An empty spool is deleted; a non-empty one is kept and its path returned,
   * so undelivered batches survive the process.
   */
  close(): Promise<string | undefined> {
    return this.serial(async () => {
      const pending = this.length > 0;
      if (pending && this.head > 0) {
        // Leave only undelivered lines, so whoever replays the file later sends nothing twice.
        const start = this.slots[this.head].offset;
        const rest = Buffer.alloc(this.writePos - start);
        await this.handle!.read(rest, 0, rest.length, start);
        await this.handle!.truncate(0);
        await this.handle!.write(rest, 0, rest.length, 0);
      }
      await this.handle?.close();
      this.handle = undefined;
      if (pending) return this.file;
      await rm(this.file, { force: true });
      return undefined;
    });
  }

  private async open(): Promise<FileHandle> {
    if (!this.handle) {
      await mkdir(this.dir, { recursive: true });
      this.handle = await open(this.file, 'w+');
    }
    return this.handle;
  }

  private serial<R>(op: () => Promise<R>): Promise<R> {
    const next = this.chain.then(op, op);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
