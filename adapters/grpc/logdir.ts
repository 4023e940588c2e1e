/**
 * A directory of runs as a data source, polled like TensorBoard's loaders (trackers.md B.4, F.5):
 * every directory under the logdir that directly holds event files (`*tfevents*`) or a Cockpit
 * JSON log (`cockpit.json`) is a run named by its path relative to the logdir (`.` for the logdir
 * itself). Each poll reads only what is new: event files from the last complete record on (a
 * partial tail is retried next time, a checksum mismatch ends that file), JSON logs when their
 * size or mtime changed, adding only steps after the last one seen. When a directory holds both,
 * the event files win (they carry everything the JSON log has, plus images and the layout).
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { StepValues } from '../../core/record.js';
import { parseLog, logSteps } from '../../exporters/json-log.js';
import { decodeEvent } from '../tensorboard/events.js';
import { readRecords } from '../tensorboard/tfrecord.js';
import { ingestEvent, ingestValue } from './ingest.js';
import { layoutValueFor, stepValues } from './record-values.js';
import type { RunStore } from './store.js';

export const JSON_LOG_NAME = 'cockpit.json';
export const DEFAULT_RELOAD_MS = 5000;
/** Bytes of an event file read at a time (doubled for a record that does not fit). */
export const READ_CHUNK_BYTES = 16 * 1024 * 1024;

export interface LogdirOptions {
  /** Poll interval in ms (default 5000, TensorBoard's `--reload_interval`). */
  reloadMs?: number;
  onWarning?: (message: string) => void;
  /** Bytes of an event file read at a time (default 16 MiB). */
  readChunkBytes?: number;
}

interface EventFileState {
  offset: number;
  dead: boolean;
}

interface JsonLogState {
  size: number;
  mtimeMs: number;
  lastStep: number;
  quantities: string;
}

/** Statistics of one poll, for tests and logs. */
export interface ScanResult {
  runs: number;
  newEvents: number;
  newSteps: number;
}

function isEventFile(name: string): boolean {
  return name.includes('tfevents') && !name.endsWith('.profile-empty');
}

/** Keys of a log that name quantities (for the layout). */
function quantityKeys(values: StepValues[]): string[] {
  const keys = new Set<string>();
  for (const v of values) for (const k of Object.keys(v)) keys.add(k);
  return [...keys].sort();
}

export class LogdirSource {
  private readonly events = new Map<string, EventFileState>();
  private readonly jsonLogs = new Map<string, JsonLogState>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ScanResult> | undefined;
  private stopped = false;
  private readonly warn: (message: string) => void;

  constructor(
    readonly store: RunStore,
    readonly logdir: string,
    private readonly options: LogdirOptions = {},
  ) {
    this.warn = options.onWarning ?? ((m) => console.warn(`[tfjs-cockpit serve] ${m}`));
  }

  /** Polls forever (first scan right away) until `stop()`. */
  start(): Promise<ScanResult> {
    this.stopped = false;
    const first = this.scan();
    const loop = async () => {
      try {
        await this.scan();
      } catch (err) {
        this.warn(`scan failed: ${(err as Error).message}`);
      }
      if (!this.stopped) this.timer = setTimeout(loop, this.options.reloadMs ?? DEFAULT_RELOAD_MS);
    };
    void first.finally(() => {
      if (!this.stopped) this.timer = setTimeout(loop, this.options.reloadMs ?? DEFAULT_RELOAD_MS);
    });
    return first;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One poll of the whole logdir (serialized: concurrent calls share the running one). */
  scan(): Promise<ScanResult> {
    this.running ??= this.scanOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async scanOnce(): Promise<ScanResult> {
    const runs = await this.discover();
    const result: ScanResult = { runs: runs.size, newEvents: 0, newSteps: 0 };
    for (const [runName, files] of runs) {
      const eventFiles = files.filter((f) => isEventFile(f.split(sep).pop()!)).sort();
      if (eventFiles.length > 0) {
        for (const file of eventFiles) result.newEvents += await this.readEventFile(runName, file);
      } else {
        const json = files.find((f) => f.endsWith(sep + JSON_LOG_NAME));
        if (json) result.newSteps += await this.readJsonLog(runName, json);
      }
    }
    return result;
  }

  /** Run name → its event files / JSON log, walking the tree (symlinks followed, cycles skipped). */
  private async discover(): Promise<Map<string, string[]>> {
    const runs = new Map<string, string[]>();
    const visited = new Set<string>();
    const walk = async (dir: string): Promise<void> => {
      let real: string;
      try {
        real = await realpath(dir);
      } catch {
        return;
      }
      if (visited.has(real)) return;
      visited.add(real);
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (err) {
        if (dir === this.logdir)
          throw new Error(`cannot read logdir ${dir}: ${(err as Error).message}`, { cause: err });
        return;
      }
      const files: string[] = [];
      for (const e of entries) {
        const path = join(dir, e.name);
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        if (e.isSymbolicLink()) {
          const s = await stat(path).catch(() => undefined);
          isDir = s?.isDirectory() ?? false;
          isFile = s?.isFile() ?? false;
        }
        if (isDir) await walk(path);
        else if (isFile && (isEventFile(e.name) || e.name === JSON_LOG_NAME)) files.push(path);
      }
      if (files.length > 0) {
        const rel = relative(this.logdir, dir);
        runs.set(rel === '' ? '.' : rel.split(sep).join('/'), files);
      }
    };
    await walk(this.logdir);
    return runs;
  }

  /** Reads the complete records appended to `file` since the last poll; returns events ingested. */
  private async readEventFile(runName: string, file: string): Promise<number> {
    let state = this.events.get(file);
    if (!state) {
      state = { offset: 0, dead: false };
      this.events.set(file, state);
    }
    if (state.dead) return 0;
    let handle;
    try {
      handle = await open(file, 'r');
    } catch {
      return 0; // removed between listing and reading
    }
    try {
      const { size } = await handle.stat();
      if (size < state.offset) state.offset = 0; // replaced by a shorter file: read it anew
      let n = 0;
      let chunk = this.options.readChunkBytes ?? READ_CHUNK_BYTES;
      // Bounded memory for large files: read at most `chunk` bytes at a time, as complete records.
      while (state.offset < size && !state.dead) {
        const want = Math.min(chunk, size - state.offset);
        const buf = Buffer.allocUnsafe(want);
        const { bytesRead } = await handle.read(buf, 0, want, state.offset);
        const { records, validBytes, stop, detail } = readRecords(buf.subarray(0, bytesRead));
        state.offset += validBytes;
        if (stop === 'corrupt') {
          state.dead = true;
          this.warn(`${file}: ${detail}; ignoring the rest of this file`);
        }
        for (const record of records) {
          let event;
          try {
            event = decodeEvent(record);
          } catch (err) {
            this.warn(`${file}: undecodable event skipped (${(err as Error).message})`);
            continue;
          }
          this.store.ensureRun(runName, event.wallTime ?? undefined);
          ingestEvent(this.store, runName, event);
          // Let the gRPC server answer requests while a big file loads.
          if (++n % 2000 === 0) await new Promise((r) => setImmediate(r));
        }
        if (validBytes === 0) {
          // A record larger than the chunk, or a partial tail still being written.
          if (bytesRead < want || want === size - state.offset) break;
          chunk *= 2;
        }
      }
      return n;
    } finally {
      await handle.close();
    }
  }

  /** Ingests the steps of `file` after the last one seen; returns the number of new steps. */
  private async readJsonLog(runName: string, file: string): Promise<number> {
    const s = await stat(file).catch(() => undefined);
    if (!s) return 0;
    const prev = this.jsonLogs.get(file);
    if (prev && prev.size === s.size && prev.mtimeMs === s.mtimeMs) return 0;
    let log;
    try {
      const handle = await open(file, 'r');
      try {
        log = parseLog(await handle.readFile('utf8'));
      } finally {
        await handle.close();
      }
    } catch (err) {
      // A writer in the middle of replacing the file, or not a log: try again next poll.
      this.warn(`${file}: not readable as a Cockpit log yet (${(err as Error).message})`);
      return 0;
    }
    const steps = logSteps(log);
    const last = steps.length ? steps[steps.length - 1]! : -1;
    let lastStep = prev?.lastStep ?? -1;
    if (last < lastStep) {
      // The log restarted (a new run in the same place): serve it from scratch.
      this.store.deleteRun(runName);
      lastStep = -1;
    }
    const fallbackTime = s.mtimeMs / 1000;
    const wallTime = (values: StepValues) =>
      typeof values.Time === 'number' && Number.isFinite(values.Time) ? values.Time : fallbackTime;
    const fresh = steps.filter((t) => t > lastStep);
    const quantities = quantityKeys(steps.map((t) => log[t]!));
    const key = quantities.join(',');
    if (fresh.length > 0 || prev?.quantities !== key) {
      const first = log[steps[0] ?? 0];
      this.store.ensureRun(runName, first ? wallTime(first) : fallbackTime);
      // Layout of what the log tracks; re-added when new quantities show up (latest wins, E.2).
      if (prev?.quantities !== key)
        ingestValue(
          this.store,
          runName,
          0,
          first ? wallTime(first) : fallbackTime,
          layoutValueFor(quantities, []),
        );
    }
    for (const t of fresh) {
      const values = log[t]!;
      for (const v of stepValues(values, [], this.warn))
        ingestValue(this.store, runName, t, wallTime(values), v);
    }
    this.jsonLogs.set(file, {
      size: s.size,
      mtimeMs: s.mtimeMs,
      lastStep: Math.max(lastStep, last),
      quantities: key,
    });
    return fresh.length;
  }
}
