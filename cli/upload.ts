/**
 * `tfjs-cockpit upload LOG.json --experiment NAME [--tracking-uri URI] [--run-name N]`: sends an
 * existing Cockpit JSON log (ours or the reference's) to MLflow as one run, through the same sink
 * a live run uses, and prints the run id and URL. Exit code 1 when anything was not delivered.
 *
 * `tfjs-cockpit upload --spool FILE (--run-id ID | --experiment NAME [--run-name N])`: delivers a
 * spool file a sink left behind when it closed during an outage (the path is in its summary).
 */
import { basename } from 'node:path';
import type { QuantityName, RunInfo, StepRecord } from '../core/record.js';
import { QUANTITY_NAMES } from '../core/record.js';
import { logSteps, readLog } from '../exporters/json-log.js';
import { MlflowClient, mlflow, replaySpoolFile, systemTags } from '../adapters/mlflow/index.js';

const USAGE = [
  'usage: tfjs-cockpit upload LOG.json --experiment NAME [--tracking-uri URI] [--run-name NAME]',
  '       tfjs-cockpit upload --spool FILE (--run-id ID | --experiment NAME [--run-name NAME]) [--tracking-uri URI]',
  'The tracking URI defaults to MLFLOW_TRACKING_URI; credentials come from MLFLOW_TRACKING_TOKEN or',
  'MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD.',
].join('\n');

interface Args {
  file?: string;
  spool?: string;
  runId?: string;
  experiment?: string;
  trackingUri?: string;
  runName?: string;
}

function parseArgs(args: string[]): Args | string {
  const out: Partial<Args> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--experiment') out.experiment = value();
    else if (a === '--tracking-uri') out.trackingUri = value();
    else if (a === '--run-name') out.runName = value();
    else if (a === '--spool') out.spool = value();
    else if (a === '--run-id') out.runId = value();
    else if (a.startsWith('--')) return `unknown option ${a}\n${USAGE}`;
    else if (out.file) return `only one LOG.json expected, got "${out.file}" and "${a}"\n${USAGE}`;
    else out.file = a;
  }
  if (out.spool) {
    if (out.file) return `give either LOG.json or --spool FILE, not both\n${USAGE}`;
    if (!out.runId === !out.experiment)
      return `--spool needs exactly one of --run-id ID or --experiment NAME\n${USAGE}`;
    return out;
  }
  if (!out.file) return `missing LOG.json\n${USAGE}`;
  if (!out.experiment) return `missing --experiment NAME\n${USAGE}`;
  if (out.runId) return `--run-id only goes with --spool\n${USAGE}`;
  return out;
}

/** Runs the command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  let parsed: Args | string;
  try {
    parsed = parseArgs(args);
  } catch (err) {
    parsed = (err as Error).message;
  }
  if (typeof parsed === 'string') {
    console.error(parsed);
    return 2;
  }
  if (parsed.spool) return replay(parsed);
  const file = parsed.file!;
  const log = await readLog(file);
  const steps = logSteps(log);
  if (steps.length === 0) {
    console.error(`${file} holds no steps; nothing to upload`);
    return 1;
  }
  // The log keeps each step's wall time as the Time quantity (when tracked); otherwise use now.
  const now = Date.now() / 1000;
  const wallTime = (step: number) =>
    typeof log[step].Time === 'number' ? (log[step].Time as number) : now;
  const present = new Set(steps.flatMap((s) => Object.keys(log[s])));
  const runInfo: RunInfo = {
    runName: parsed.runName ?? basename(file).replace(/\.json$/, ''),
    configuration: 'uploaded log',
    quantities: QUANTITY_NAMES.filter((q) => present.has(q)).map((name: QuantityName) => ({
      name,
      schedule: 'as logged',
      options: {},
    })),
    parameters: [],
    layers: [],
    optimizer: { className: 'unknown', config: {} },
    backend: 'unknown',
    startTime: Math.min(...steps.map(wallTime)),
  };
  const sink = mlflow({
    trackingUri: parsed.trackingUri,
    experiment: parsed.experiment,
    runName: runInfo.runName,
    tags: { 'cockpit.uploaded_from': basename(file) },
    artifactInterval: 0,
    sourceName: 'tfjs-cockpit upload',
  });
  await sink.open(runInfo);
  for (const step of steps) {
    const record: StepRecord = { step, wallTime: wallTime(step), values: log[step] };
    sink.write(record);
  }
  const summary = await sink.finish({ status: 'finished' });
  console.log(`run id: ${summary.runId ?? '(not created)'}`);
  if (summary.runUrl) console.log(`url: ${summary.runUrl}`);
  console.log(
    `metrics sent: ${summary.sent}, retried requests: ${summary.retried}, spooled: ${summary.spooled}, dropped: ${summary.dropped}`,
  );
  return summary.dropped === 0 && summary.pending === 0 && summary.runId ? 0 : 1;
}

/** `--spool FILE`: sends a leftover spool file into an existing or a new run. */
async function replay(args: Args): Promise<number> {
  const client = new MlflowClient({ trackingUri: args.trackingUri });
  try {
    let runId = args.runId;
    let experimentId: string;
    if (runId) {
      experimentId = (await client.getRun(runId)).info.experiment_id;
    } else {
      experimentId = await client.getOrCreateExperiment(args.experiment!);
      const runName = args.runName ?? basename(args.spool!).replace(/\.jsonl$/, '');
      const tags = systemTags({ runName, sourceName: 'tfjs-cockpit upload --spool' });
      runId = (await client.createRun({ experimentId, runName, tags })).info.run_id;
    }
    const result = await replaySpoolFile(client, args.spool!, runId);
    if (!args.runId) await client.updateRun({ runId, status: 'FINISHED', endTime: Date.now() });
    console.log(`run id: ${runId}`);
    console.log(`url: ${client.trackingUri}/#/experiments/${experimentId}/runs/${runId}`);
    console.log(
      `replayed ${result.batches} batches: ${result.metrics} metric points, ${result.paramsAndTags} params/tags; ${args.spool} removed`,
    );
    return 0;
  } finally {
    client.close();
  }
}
