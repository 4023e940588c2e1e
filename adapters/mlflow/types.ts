/** The MLflow REST entities this adapter uses (JSON field names as the server sends them, H.2). */

export type RunStatus = 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED';

export interface KeyValue {
  key: string;
  value: string;
}

/** A metric as sent in log-batch: `value` is a number or "NaN"/"Infinity"/"-Infinity". */
export interface MetricEntry {
  key: string;
  value: number | string;
  /** Unix epoch milliseconds. */
  timestamp: number;
  step: number;
}

export interface Experiment {
  experiment_id: string;
  name: string;
  artifact_location?: string;
  lifecycle_stage?: 'active' | 'deleted';
  tags?: KeyValue[];
}

export interface MlflowRunInfo {
  run_id: string;
  run_name?: string;
  experiment_id: string;
  status: RunStatus;
  start_time?: number;
  end_time?: number;
  artifact_uri?: string;
  lifecycle_stage?: string;
}

export interface MlflowRun {
  info: MlflowRunInfo;
  data: { metrics?: MetricEntry[]; params?: KeyValue[]; tags?: KeyValue[] };
}

export interface ArtifactFile {
  path: string;
  is_dir: boolean;
  file_size?: number;
}

/** One log-batch request's payload (run id added by the client). */
export interface LogBatch {
  metrics?: MetricEntry[];
  params?: KeyValue[];
  tags?: KeyValue[];
}
