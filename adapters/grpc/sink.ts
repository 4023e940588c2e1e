/**
 * `grpcServer({ port, host })`: a CockpitSink that serves the training run live to TensorBoard
 * (`tensorboard --grpc_data_provider=127.0.0.1:<port>`), without event files. The server starts
 * on open(); records and panel artifacts go into its in-memory store.
 */
import type { CockpitSink, RunArtifact, RunEnd, RunInfo, StepRecord } from '../../core/record.js';
import { ingestValue } from './ingest.js';
import {
  GRAD_HIST_2D_METADATA,
  GRAD_HIST_2D_TAG,
  lazyHeatmap,
  panelValue,
  reportValue,
  runEndValue,
  runHeaderValues,
  stepValues,
} from './record-values.js';
import {
  startDataProviderServer,
  type DataProviderServer,
  type DataProviderServerOptions,
} from './server.js';
import { RunStore, type RunStoreOptions } from './store.js';

export interface GrpcServerSinkOptions extends DataProviderServerOptions, RunStoreOptions {
  /** Keep serving after the run closes (until `stop()`); default false: close() stops the server. */
  keepServing?: boolean;
  /** Print the TensorBoard command line on open (default true). */
  announce?: boolean;
}

/** The sink plus access to what it serves. */
export interface GrpcServerSink extends CockpitSink {
  /** The store the server reads (e.g. to add more runs). */
  readonly store: RunStore;
  /** The running server, after open() or start(). */
  readonly server: DataProviderServer | undefined;
  /**
   * Starts serving now, before the run opens (open() does it otherwise) — e.g. to launch
   * TensorBoard before training starts. Idempotent; resolves with the running server.
   */
  start(): Promise<DataProviderServer>;
  /** Stops the server (also when `keepServing` kept it running after close). */
  stop(): Promise<void>;
}

/** Creates the live data-provider sink. Binds 127.0.0.1 unless `host` says otherwise. */
export function grpcServer(options: GrpcServerSinkOptions = {}): GrpcServerSink {
  const store = new RunStore(options);
  let server: DataProviderServer | undefined;
  let starting: Promise<DataProviderServer> | undefined;
  let run: RunInfo | undefined;
  let lastStep = 0;
  let badHeatmapReported = false;
  const warn = options.onWarning ?? ((m: string) => console.warn(`[tfjs-cockpit grpc] ${m}`));
  const add = (step: number, wallTime: number, values: ReturnType<typeof stepValues>) => {
    for (const v of values) ingestValue(store, run!.runName, step, wallTime, v);
  };
  const start = (): Promise<DataProviderServer> => {
    starting ??= startDataProviderServer(store, {
      ...options,
      // Read per request: a server started before open() is named after the run once it opens.
      experimentName: () =>
        (typeof options.experimentName === 'function'
          ? options.experimentName()
          : options.experimentName) ??
        run?.runName ??
        '',
      dataLocation: options.dataLocation ?? 'tfjs-cockpit live run',
    }).then((s) => {
      server = s;
      if (!['127.0.0.1', 'localhost', '::1'].includes(s.host)) {
        warn(`serving the run on ${s.host}: reachable beyond this machine, without TLS`);
      }
      if (options.announce ?? true) {
        console.error(
          `tfjs-cockpit: live data for TensorBoard at ${s.address}; view with\n  tensorboard --grpc_data_provider=${s.address}`,
        );
      }
      return s;
    });
    return starting;
  };

  return {
    name: 'grpc',
    store,
    get server() {
      return server;
    },
    start,
    async open(info: RunInfo) {
      run = info;
      store.ensureRun(info.runName, info.startTime);
      add(0, info.startTime, runHeaderValues(info));
      await start();
    },
    write(record: StepRecord) {
      if (!run)
        throw new Error('grpcServer sink: write() before open(); the Cockpit opens sinks first');
      lastStep = Math.max(lastStep, record.step);
      add(
        record.step,
        record.wallTime,
        stepValues(record.values, run.parameters, warn, { gradHist2d: false }),
      );
      // The heatmap is encoded when first read (see LazyBlob), not on the training step.
      const heatmap = lazyHeatmap(record.values.GradHist2d);
      if (heatmap) {
        store.add(run.runName, GRAD_HIST_2D_TAG, GRAD_HIST_2D_METADATA, {
          step: record.step,
          wallTime: record.wallTime,
          value: heatmap,
        });
      } else if (record.values.GradHist2d !== undefined && !badHeatmapReported) {
        badHeatmapReported = true;
        warn('GradHist2d skipped: not a non-empty {hist: number[][], edges} value (reported once)');
      }
    },
    artifact(artifact: RunArtifact) {
      if (!run) return;
      lastStep = Math.max(lastStep, artifact.step);
      try {
        if (artifact.kind === 'panel' && artifact.contentType === 'image/png')
          add(artifact.step, Date.now() / 1000, [panelValue(artifact.data)]);
        else if (artifact.kind === 'report')
          add(artifact.step, Date.now() / 1000, [
            reportValue(new TextDecoder().decode(artifact.data)),
          ]);
        // The JSON log ('log') is a file, not a time series.
      } catch (err) {
        warn(`${artifact.kind} artifact skipped: ${(err as Error).message}`);
      }
    },
    async close(end: RunEnd) {
      if (run) add(lastStep, Date.now() / 1000, [runEndValue(end.status, end.error)]);
      if (!options.keepServing)
        await (starting ?? Promise.resolve(undefined)).then((s) => s?.close());
    },
    async stop() {
      await (starting ?? Promise.resolve(undefined)).then((s) => s?.close());
    },
  };
}
