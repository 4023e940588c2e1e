/**
 * TensorBoard data provider over gRPC: serve a live Cockpit run (`grpcServer` sink) or a
 * directory of runs (`LogdirSource`, `tfjs-cockpit serve`) to
 * `tensorboard --grpc_data_provider=127.0.0.1:<port>`, without TensorBoard reading event files.
 */
export { grpcServer, type GrpcServerSink, type GrpcServerSinkOptions } from './sink.js';
export {
  startDataProviderServer,
  DEFAULT_HOST,
  type DataProviderServer,
  type DataProviderServerOptions,
} from './server.js';
export {
  RunStore,
  DataClass,
  DEFAULT_CAPACITY,
  DEFAULT_MAX_SERIES_PER_RUN,
  type RunStoreOptions,
  type SeriesMetadata,
  type TensorProtoObject,
} from './store.js';
export {
  LogdirSource,
  JSON_LOG_NAME,
  DEFAULT_RELOAD_MS,
  type LogdirOptions,
  type ScanResult,
} from './logdir.js';
export { ingestValue, ingestEvent } from './ingest.js';
export {
  stepValues,
  layoutValueFor,
  panelValue,
  GRAD_HIST_1D_TAG,
  GRAD_HIST_2D_TAG,
  PANEL_TAG,
} from './record-values.js';
export { DataProviderClient, type Message } from './client.js';
export { SERVICE_NAME, createDataProviderClient } from './proto.js';
export { downsample, Reservoir } from './reservoir.js';
