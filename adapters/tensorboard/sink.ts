/**
 * `tensorBoard(logdir)`: a CockpitSink writing one TensorBoard run (event files) per directory.
 *
 * Per record: every `scalarPoints()` entry as a scalar (plus the Alpha band of the layout's margin
 * chart), GradHist1d as histogram `cockpit/GradHist1d`, GradHist2d as PNG image
 * `cockpit/GradHist2d` — all in one Event at the record's step. Artifacts: the panel PNG as image
 * `cockpit/panel`, the report as text `cockpit/report`.
 *
 * The session header — `session_log START` at the first step written, then the custom-scalars
 * layout and the run description as text (`cockpit/run`, `cockpit/quantities`, `cockpit/model`) —
 * is written just before the first record rather than at `open()`, because only then is the
 * starting step known: a run resumed at step N must announce START@N before its data, or the
 * Python loader would show stale points next to new ones (trackers.md B.5).
 */
import { join } from 'node:path';
import type {
  CockpitSink,
  Histogram1d,
  Histogram2d,
  ParameterInfo,
  RunArtifact,
  RunEnd,
  RunInfo,
  StepRecord,
} from '../../core/record.js';
import { scalarPoints } from '../scalar-tags.js';
import { describeTag } from './descriptions.js';
import type { EventFileWriterOptions, EventFileWriterStats } from './event-file-writer.js';
import { gradHist2dPng } from './images/heatmap.js';
import { bandPoints, cockpitLayout } from './layout.js';
import { modelMarkdown, quantitiesMarkdown, runMarkdown } from './run-markdown.js';
import { SummaryWriter } from './summary-writer.js';
import type { tensorboard } from '../../proto/generated/tensorboard.js';

/** Tags of the non-scalar series this sink writes. */
export const TENSORBOARD_TAGS = {
  gradHist1d: 'cockpit/GradHist1d',
  gradHist2d: 'cockpit/GradHist2d',
  panel: 'cockpit/panel',
  report: 'cockpit/report',
  run: 'cockpit/run',
  quantities: 'cockpit/quantities',
  model: 'cockpit/model',
  end: 'cockpit/run_end',
} as const;

export interface TensorBoardOptions extends EventFileWriterOptions {
  /** Subdirectory of `logdir` to use as the run directory (default: `logdir` itself is the run). */
  run?: string;
  /** `cockpit.log` keys to chart in the custom-scalars layout (default: all LOG_KEYS). */
  logKeys?: string[];
  /** Pixels per bin of the GradHist2d heatmap (default 8). */
  heatmapCellSize?: number;
}

/** The sink plus what a caller may want to inspect. */
export interface TensorBoardSink extends CockpitSink {
  /** The run directory (TensorBoard run name = its path relative to `--logdir`). */
  readonly runDir: string;
  /** The event file being written. */
  readonly path: string;
  /** Writer counters (written, dropped, pending records; failed writes). */
  stats(): EventFileWriterStats;
}

const isHistogram1d = (v: unknown): v is Histogram1d =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as Histogram1d).hist) &&
  !Array.isArray((v as Histogram1d).hist[0]);
const isHistogram2d = (v: unknown): v is Histogram2d =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as Histogram2d).hist) &&
  Array.isArray((v as Histogram2d).hist[0]);

/**
 * Creates the run directory and its event file right away, so an unwritable `logdir` throws here
 * (naming the directory) instead of in the middle of training.
 */
export function tensorBoard(logdir: string, options: TensorBoardOptions = {}): TensorBoardSink {
  if (typeof logdir !== 'string' || logdir === '')
    throw new TypeError('tensorBoard(logdir): logdir must be a non-empty path');
  const runDir = options.run ? join(logdir, options.run) : logdir;
  const onError = options.onError ?? ((e: Error) => console.warn(`[tensorboard] ${e.message}`));
  const writer = new SummaryWriter(runDir, { ...options, onError, describe: describeTag });
  const reported = new Set<string>();
  /** Reports a problem with the data (not the disk) once per kind; training is never interrupted. */
  const reportOnce = (kind: string, err: unknown) => {
    if (reported.has(kind)) return;
    reported.add(kind);
    onError(
      new Error(
        `${kind}: ${err instanceof Error ? err.message : String(err)} (further ones not reported)`,
      ),
    );
  };

  let run: RunInfo | undefined;
  let parameters: ParameterInfo[] = [];
  let headerWritten = false;
  let lastStep = 0;
  let closed = false;

  const writeHeader = (step: number, wallTime?: number) => {
    if (headerWritten) return;
    headerWritten = true;
    writer.startSession(step, wallTime);
    if (!run) return;
    const layout = cockpitLayout(
      run.quantities.map((q) => q.name),
      run.parameters,
      options.logKeys,
    );
    writer.addLayout(layout as tensorboard.ILayout, step, wallTime);
    writer.writeValues(
      step,
      [
        writer.textValue(TENSORBOARD_TAGS.run, runMarkdown(run)),
        writer.textValue(TENSORBOARD_TAGS.quantities, quantitiesMarkdown(run)),
        writer.textValue(TENSORBOARD_TAGS.model, modelMarkdown(run)),
      ],
      wallTime,
    );
  };

  const guardOpen = (what: string): boolean => {
    if (!closed) return true;
    reportOnce(
      `${what} after close`,
      new Error(`the TensorBoard sink for ${runDir} is closed; ignored`),
    );
    return false;
  };

  return {
    name: 'tensorboard',
    runDir,
    path: writer.file.path,
    stats: () => writer.stats(),

    open(info: RunInfo) {
      run = info;
      parameters = info.parameters;
    },

    write(record: StepRecord) {
      if (!guardOpen('write')) return;
      const { step, wallTime, values } = record;
      writeHeader(step, wallTime);
      lastStep = Math.max(lastStep, step);
      const out: tensorboard.Summary.IValue[] = [];
      for (const p of [...scalarPoints(values, parameters), ...bandPoints(values)])
        out.push(writer.scalarValue(p.tag, p.value));
      const h1 = values.GradHist1d;
      if (h1 !== undefined) {
        try {
          if (!isHistogram1d(h1))
            throw new TypeError('GradHist1d must be {hist: number[], edges: number[]}');
          out.push(writer.histogramValue(TENSORBOARD_TAGS.gradHist1d, h1));
        } catch (err) {
          reportOnce('GradHist1d not written', err);
        }
      }
      const h2 = values.GradHist2d;
      if (h2 !== undefined) {
        try {
          if (!isHistogram2d(h2))
            throw new TypeError(
              'GradHist2d must be {hist: number[][], edges: [number[], number[]]}',
            );
          out.push(
            writer.imageValue(
              TENSORBOARD_TAGS.gradHist2d,
              gradHist2dPng(h2, { cellSize: options.heatmapCellSize }),
            ),
          );
        } catch (err) {
          reportOnce('GradHist2d not written', err);
        }
      }
      writer.writeValues(step, out, wallTime);
    },

    artifact(a: RunArtifact) {
      if (!guardOpen('artifact')) return;
      writeHeader(a.step);
      lastStep = Math.max(lastStep, a.step);
      try {
        if (a.kind === 'panel') writer.addImage(TENSORBOARD_TAGS.panel, a.data, a.step);
        else if (a.kind === 'report')
          writer.addText(TENSORBOARD_TAGS.report, new TextDecoder().decode(a.data), a.step);
        // The JSON log ('log') is a file, not a time series: other sinks store it.
      } catch (err) {
        reportOnce(`${a.kind} artifact not written`, err);
      }
    },

    close(end: RunEnd) {
      if (closed) return;
      writeHeader(0);
      closed = true;
      const text =
        end.status === 'finished' ? 'Run finished.' : `Run failed: ${end.error ?? 'unknown error'}`;
      writer.addText(TENSORBOARD_TAGS.end, text, lastStep);
      writer.close();
    },
  };
}
