/** MLflow adapter: a REST client, a batching/spooling logger and the Cockpit sink `mlflow(...)`. */
export { mlflow, MlflowSink, type MlflowSinkOptions, type MlflowSummary } from './sink.js';
export {
  MlflowClient,
  artifactProxyPath,
  type MlflowClientOptions,
  type RequestOptions,
} from './client.js';
export { MlflowError, isRetriableStatus, type MlflowFault } from './errors.js';
export {
  resolveConnection,
  redactUri,
  type Connection,
  type ConnectionOptions,
} from './connection.js';
export { withRetry, resolveRetry, backoffDelay, type RetryOptions } from './retry.js';
export {
  BatchLogger,
  type BatchLoggerOptions,
  type BatchTarget,
  type DeliveryStats,
} from './batcher.js';
export { Spool, type SpoolOptions } from './spool.js';
export { replaySpoolFile, type ReplayResult } from './replay.js';
export {
  MLFLOW_LIMITS,
  MLFLOW_INFINITY,
  sanitizeKey,
  truncateValue,
  encodeMetricValue,
  decodeMetricValue,
  storedMetricValue,
  type MlflowLimits,
} from './limits.js';
export { runInfoParams, systemTags } from './params.js';
export type {
  Experiment,
  KeyValue,
  LogBatch,
  MetricEntry,
  MlflowRun,
  MlflowRunInfo,
  RunStatus,
  ArtifactFile,
} from './types.js';
