/**
 * `tfjs-cockpit plot LOG.json --out panel.png|panel.svg|panel.html [--steps A:B] [--title T]
 * [--optimizer NAME] [--width W] [--height H] [--no-report] [--batch-size N] [--log-iterations]`: renders the
 * Cockpit panel of a JSON log (ours or the reference's) and prints the status report.
 */
import { readLog } from '../exporters/json-log.js';
import { formatForPath, writePanel } from '../exporters/panel/render.js';
import { formatReport, statusReport } from '../exporters/status-report.js';

const USAGE =
  'usage: tfjs-cockpit plot LOG.json --out panel.png|panel.svg|panel.html [--steps A:B] [--title T] [--optimizer NAME] [--width W] [--height H] [--no-report] [--batch-size N] [--log-iterations]';

export interface PlotArgs {
  file: string;
  out: string;
  steps?: [number, number];
  title?: string;
  optimizer?: string;
  width?: number;
  height?: number;
  report: boolean;
  batchSize?: number;
  logIterations?: boolean;
}

function number(option: string, v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n))
    throw new Error(`${option} expects a number, got "${v}"\n${USAGE}`);
  return n;
}

/** Parses `A:B` (either side may be empty: open range). */
export function parseSteps(v: string): [number, number] {
  const m = /^\s*(-?\d*)\s*:\s*(-?\d*)\s*$/.exec(v);
  if (!m) throw new Error(`--steps expects A:B (e.g. 100:500, 100: or :500), got "${v}"`);
  const a = m[1] === '' ? -Infinity : Number(m[1]);
  const b = m[2] === '' ? Infinity : Number(m[2]);
  if (a > b) throw new Error(`--steps ${v}: the first step must not exceed the last`);
  return [a, b];
}

/** Parses the command line; throws with the usage on a mistake. */
export function parsePlotArgs(args: string[]): PlotArgs {
  const out: Partial<PlotArgs> = { report: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || (v.startsWith('--') && v.length > 2))
        throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--out' || a === '-o') out.out = value();
    else if (a === '--steps') out.steps = parseSteps(value());
    else if (a === '--title') out.title = value();
    else if (a === '--optimizer') out.optimizer = value();
    else if (a === '--width') out.width = number(a, value());
    else if (a === '--height') out.height = number(a, value());
    else if (a === '--batch-size') out.batchSize = number(a, value());
    else if (a === '--no-report') out.report = false;
    else if (a === '--log-iterations') out.logIterations = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else if (out.file)
      throw new Error(`only one LOG.json expected, got "${out.file}" and "${a}"\n${USAGE}`);
    else out.file = a;
  }
  if (!out.file) throw new Error(`missing LOG.json\n${USAGE}`);
  if (!out.out) throw new Error(`missing --out panel.png|panel.svg|panel.html\n${USAGE}`);
  formatForPath(out.out);
  return out as PlotArgs;
}

/** Runs the command; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  let a: PlotArgs;
  try {
    a = parsePlotArgs(args);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const log = await readLog(a.file);
  if (Object.keys(log).length === 0) {
    console.error(`${a.file} holds no steps; nothing to plot`);
    return 1;
  }
  const findings = statusReport(log, a.batchSize ? { batchSize: a.batchSize } : {});
  await writePanel(log, a.out, {
    steps: a.steps,
    title: a.title,
    optimizer: a.optimizer,
    width: a.width,
    height: a.height,
    report: a.report ? findings : false,
    batchSize: a.batchSize,
    logIterations: a.logIterations,
  });
  console.log(formatReport(findings));
  console.log(`wrote ${a.out}`);
  return 0;
}
