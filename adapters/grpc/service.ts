/**
 * The TensorBoardDataProvider RPC handlers over a RunStore (trackers.md F.1–F.3).
 *
 * Request rules:
 * - `plugin_filter.plugin_name` is required (INVALID_ARGUMENT when empty), Read* RPCs require
 *   `downsample` with `num_points >= 0` (INVALID_ARGUMENT otherwise);
 * - an absent run/tag filter matches everything, a present but empty list matches nothing;
 * - a run filter naming a run the experiment does not have → NOT_FOUND; when both runs and
 *   tags are named and not one named (run, tag) exists for the plugin → NOT_FOUND (what
 *   TensorBoard's own routes answer with 404 anyway). Several runs/tags where only some exist
 *   (a multi-run chart) return what exists;
 * - unknown or evicted blobs → NOT_FOUND, undecodable blob keys → INVALID_ARGUMENT;
 * - every handler catches its own errors (INTERNAL), so a bad request never ends the process.
 */
import * as grpc from '@grpc/grpc-js';
import { decodeBlobKey, encodeBlobKey } from './blob-key.js';
import { downsample, type Point } from './reservoir.js';
import {
  DataClass,
  type BlobSequenceValue,
  blobBytes,
  type DataClassValue,
  type Run,
  type RunStore,
  type Series,
  type SeriesMetadata,
} from './store.js';

/** An error that maps to a gRPC status code. */
export class RpcError extends Error {
  constructor(
    readonly code: grpc.status,
    message: string,
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

export interface ServiceOptions {
  /** What GetExperiment reports as data location (e.g. the logdir). */
  dataLocation?: string;
  /** Experiment name shown in TensorBoard's environment (a function is read at each request). */
  experimentName?: string | (() => string);
  description?: string;
  /** ReadBlob chunk size in bytes (default 8 MiB, as the Rust data server). */
  blobChunkSize?: number;
}

export const DEFAULT_BLOB_CHUNK_SIZE = 8 * 1024 * 1024;

type Obj = Record<string, unknown>;

interface Filter {
  plugin: string;
  runs: string[] | null;
  tags: string[] | null;
}

function names(filter: unknown): string[] | null {
  if (filter === null || filter === undefined) return null;
  const list = (filter as Obj).names;
  return Array.isArray(list) ? list.map(String) : [];
}

/** Validates plugin and run/tag filters of a List/Read request. */
function parseFilter(request: Obj): Filter {
  const plugin = (request.plugin_filter as Obj | null)?.plugin_name;
  if (typeof plugin !== 'string' || plugin === '') {
    throw new RpcError(
      grpc.status.INVALID_ARGUMENT,
      'plugin_filter.plugin_name is required (e.g. "scalars")',
    );
  }
  const rtf = request.run_tag_filter as Obj | null | undefined;
  return { plugin, runs: rtf ? names(rtf.runs) : null, tags: rtf ? names(rtf.tags) : null };
}

function parseDownsample(request: Obj): number {
  const ds = request.downsample as Obj | null | undefined;
  if (!ds)
    throw new RpcError(
      grpc.status.INVALID_ARGUMENT,
      'downsample is required (set downsample.num_points, e.g. 1000)',
    );
  const n = Number(ds.num_points);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RpcError(
      grpc.status.INVALID_ARGUMENT,
      `downsample.num_points must be an integer >= 0, got ${String(ds.num_points)}`,
    );
  }
  return n;
}

/** The matching (run, series) pairs of one data class, grouped by run, in store order. */
function select(
  store: RunStore,
  filter: Filter,
  dataClass: DataClassValue,
): { run: Run; series: Series[] }[] {
  let runs: Run[];
  if (filter.runs === null) {
    runs = store.listRuns();
  } else {
    runs = [];
    for (const name of filter.runs) {
      const run = store.getRun(name);
      if (!run)
        throw new RpcError(
          grpc.status.NOT_FOUND,
          `run "${name}" not found; ListRuns lists the runs of this experiment`,
        );
      if (!runs.includes(run)) runs.push(run);
    }
  }
  const wanted = filter.tags === null ? null : new Set(filter.tags);
  const out: { run: Run; series: Series[] }[] = [];
  let matched = 0;
  for (const run of runs) {
    const series: Series[] = [];
    for (const s of run.series.values()) {
      if (s.metadata.dataClass !== dataClass || s.metadata.pluginName !== filter.plugin) continue;
      if (wanted && !wanted.has(s.tag)) continue;
      if (s.reservoir.size === 0) continue;
      series.push(s);
    }
    matched += series.length;
    if (series.length > 0) out.push({ run, series });
  }
  if (
    matched === 0 &&
    filter.runs !== null &&
    filter.runs.length > 0 &&
    filter.tags !== null &&
    filter.tags.length > 0
  ) {
    throw new RpcError(
      grpc.status.NOT_FOUND,
      `no ${filter.plugin} data for tag(s) ${JSON.stringify(filter.tags)} in run(s) ${JSON.stringify(filter.runs)}; List* RPCs list what exists`,
    );
  }
  return out;
}

function summaryMetadata(m: SeriesMetadata): Obj {
  return {
    plugin_data: {
      plugin_name: m.pluginName,
      content: Buffer.from(m.pluginContent ?? new Uint8Array()),
    },
    display_name: m.displayName ?? '',
    summary_description: m.description ?? '',
    data_class: m.dataClass,
  };
}

function listResponse(store: RunStore, request: Obj, dataClass: DataClassValue): Obj {
  const filter = parseFilter(request);
  return {
    runs: select(store, filter, dataClass).map(({ run, series }) => ({
      run_name: run.name,
      tags: series.map((s) => {
        const metadata: Obj = {
          max_step: s.maxStep,
          max_wall_time: s.maxWallTime,
          summary_metadata: summaryMetadata(s.metadata),
        };
        if (dataClass === DataClass.BLOB_SEQUENCE) metadata.max_length = s.maxLength;
        return { tag_name: s.tag, metadata };
      }),
    })),
  };
}

function readResponse(
  store: RunStore,
  request: Obj,
  dataClass: DataClassValue,
  toData: (run: Run, s: Series, points: Point<unknown>[]) => Obj,
): Obj {
  const filter = parseFilter(request);
  const numPoints = parseDownsample(request);
  return {
    runs: select(store, filter, dataClass).map(({ run, series }) => ({
      run_name: run.name,
      tags: series.map((s) => ({
        tag_name: s.tag,
        data: toData(run, s, downsample(s.reservoir.points() as Point<unknown>[], numPoints)),
      })),
    })),
  };
}

function columns(points: Point<unknown>[]): { step: number[]; wall_time: number[] } {
  return { step: points.map((p) => p.step), wall_time: points.map((p) => p.wallTime) };
}

/** Looks a blob up by key; NOT_FOUND when it does not exist (any more: reservoirs evict). */
export function lookupBlob(store: RunStore, key: string): Uint8Array {
  let address;
  try {
    address = decodeBlobKey(key);
  } catch (err) {
    throw new RpcError(grpc.status.INVALID_ARGUMENT, (err as Error).message);
  }
  const run = store.getRun(address.run);
  if (!run)
    throw new RpcError(
      grpc.status.NOT_FOUND,
      `blob_key names run "${address.run}", which does not exist`,
    );
  const series = run.series.get(address.tag);
  if (!series || series.metadata.dataClass !== DataClass.BLOB_SEQUENCE) {
    throw new RpcError(
      grpc.status.NOT_FOUND,
      `blob_key names tag "${address.tag}", which run "${address.run}" has no blob sequence for`,
    );
  }
  const point = series.reservoir.find(address.step) as Point<BlobSequenceValue> | undefined;
  if (!point)
    throw new RpcError(
      grpc.status.NOT_FOUND,
      `step ${address.step} of "${address.run}"/"${address.tag}" is not stored (never written or sampled out)`,
    );
  const blob = point.value[address.index];
  if (blob === undefined)
    throw new RpcError(
      grpc.status.NOT_FOUND,
      `step ${address.step} of "${address.run}"/"${address.tag}" has ${point.value.length} blobs, not index ${address.index}`,
    );
  return blobBytes(blob);
}

type Unary = (call: grpc.ServerUnaryCall<Obj, Obj>, callback: grpc.sendUnaryData<Obj>) => void;

/** Wraps a synchronous handler: errors become gRPC statuses instead of crashing the server. */
function unary(fn: (request: Obj) => Obj): Unary {
  return (call, callback) => {
    try {
      callback(null, fn(call.request ?? {}));
    } catch (err) {
      const code = err instanceof RpcError ? err.code : grpc.status.INTERNAL;
      callback({ code, details: (err as Error).message ?? String(err) } as grpc.ServiceError);
    }
  };
}

/** The handler map for `server.addService(definition, handlers)`. */
export function dataProviderHandlers(
  store: RunStore,
  options: ServiceOptions = {},
): grpc.UntypedServiceImplementation {
  const chunkSize = options.blobChunkSize ?? DEFAULT_BLOB_CHUNK_SIZE;
  if (!Number.isSafeInteger(chunkSize) || chunkSize <= 0)
    throw new Error(`blobChunkSize must be a positive integer, got ${chunkSize}`);

  const readBlob = (call: grpc.ServerWritableStream<Obj, Obj>): void => {
    let blob: Uint8Array;
    try {
      blob = lookupBlob(store, String(call.request?.blob_key ?? ''));
    } catch (err) {
      const code = err instanceof RpcError ? err.code : grpc.status.INTERNAL;
      // grpc-js turns an 'error' event on a server stream into the call's final status.
      call.emit('error', { code, details: (err as Error).message, metadata: new grpc.Metadata() });
      return;
    }
    let cancelled = false;
    call.on('cancelled', () => {
      cancelled = true;
    });
    call.on('error', () => {
      cancelled = true; // a client that went away mid-stream is not our failure
    });
    let offset = 0;
    // Writes chunks while the transport accepts them; resumes on 'drain' (backpressure).
    const pump = (): void => {
      while (!cancelled && offset < blob.length) {
        const chunk = blob.subarray(offset, Math.min(offset + chunkSize, blob.length));
        offset += chunk.length;
        if (!call.write({ data: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) })) {
          call.once('drain', pump);
          return;
        }
      }
      if (!cancelled) call.end();
    };
    if (blob.length === 0) call.end();
    else pump();
  };

  return {
    GetExperiment: unary(() => {
      const starts = store.listRuns().map((r) => r.startTime);
      const creation = starts.length ? Math.min(...starts) : undefined;
      return {
        data_location: options.dataLocation ?? '',
        name:
          (typeof options.experimentName === 'function'
            ? options.experimentName()
            : options.experimentName) ?? '',
        description: options.description ?? '',
        creation_time:
          creation === undefined
            ? null
            : {
                seconds: Math.floor(creation),
                nanos: Math.round((creation - Math.floor(creation)) * 1e9) % 1e9,
              },
      };
    }),
    ListPlugins: unary(() => ({ plugins: store.pluginNames().map((name) => ({ name })) })),
    ListRuns: unary(() => ({
      runs: store.listRuns().map((r) => ({ name: r.name, start_time: r.startTime })),
    })),
    ListScalars: unary((req) => listResponse(store, req, DataClass.SCALAR)),
    ReadScalars: unary((req) =>
      readResponse(store, req, DataClass.SCALAR, (_run, _s, points) => ({
        ...columns(points),
        value: points.map((p) => p.value as number),
      })),
    ),
    ListTensors: unary((req) => listResponse(store, req, DataClass.TENSOR)),
    ReadTensors: unary((req) =>
      readResponse(store, req, DataClass.TENSOR, (_run, _s, points) => ({
        ...columns(points),
        value: points.map((p) => p.value),
      })),
    ),
    ListBlobSequences: unary((req) => listResponse(store, req, DataClass.BLOB_SEQUENCE)),
    ReadBlobSequences: unary((req) =>
      readResponse(store, req, DataClass.BLOB_SEQUENCE, (run, s, points) => ({
        ...columns(points),
        values: points.map((p) => ({
          blob_refs: (p.value as BlobSequenceValue).map((_, index) => ({
            blob_key: encodeBlobKey({ run: run.name, tag: s.tag, step: p.step, index }),
            url: '',
          })),
        })),
      })),
    ),
    ReadBlob: readBlob as grpc.handleServerStreamingCall<Obj, Obj>,
  };
}
