/**
 * Typed summaries on top of one event file: attaches full metadata to the first value of each
 * tag in the file (D.1, D.6) and leaves it off afterwards to keep records small.
 */
import type { tensorboard } from '../../proto/generated/tensorboard.js';
import type { Histogram1d } from '../../core/record.js';
import {
  EventFileWriter,
  type EventFileWriterOptions,
  type EventFileWriterStats,
} from './event-file-writer.js';
import { nowSeconds, sessionStartEvent, summaryEvent } from './events.js';
import {
  type Describe,
  histogramMetadata,
  histogramValue,
  imageMetadata,
  imageValue,
  layoutValue,
  scalarMetadata,
  scalarValue,
  textMetadata,
  textValue,
} from './summaries.js';

type Value = tensorboard.Summary.IValue;

/** Wall time to stamp on an event: finite seconds (the Rust loader drops NaN/Inf wall times, B.5). */
function wall(wallTime: number | undefined): number {
  return wallTime !== undefined && Number.isFinite(wallTime) ? wallTime : nowSeconds();
}

function checkStep(step: number): number {
  if (!Number.isSafeInteger(step) || step < 0)
    throw new RangeError(`TensorBoard step must be a non-negative integer, got ${step}`);
  return step;
}

/** A writer of scalars, histograms, images, text and the custom-scalars layout into one run directory. */
export class SummaryWriter {
  readonly file: EventFileWriter;
  private readonly described = new Set<string>();
  /** Per-tag display metadata used for the first value of that tag. */
  private readonly describe: (tag: string) => Describe | undefined;

  constructor(
    dir: string,
    options: EventFileWriterOptions & { describe?: (tag: string) => Describe | undefined } = {},
  ) {
    this.file = new EventFileWriter(dir, options);
    this.describe = options.describe ?? (() => undefined);
  }

  /** Metadata for `tag` the first time it appears in this file, undefined afterwards. */
  private firstTime<T>(tag: string, make: (d?: Describe) => T): T | undefined {
    if (this.described.has(tag)) return undefined;
    this.described.add(tag);
    return make(this.describe(tag));
  }

  /** Marks the start of a writer session at `step` (see `sessionStartEvent`). */
  startSession(step: number, wallTime?: number): void {
    this.file.writeEvent(sessionStartEvent(checkStep(step), wall(wallTime)));
  }

  scalarValue(tag: string, value: number): Value {
    return scalarValue(tag, value, this.firstTime(tag, scalarMetadata));
  }

  histogramValue(tag: string, h: Histogram1d): Value {
    return histogramValue(tag, h, this.firstTime(tag, histogramMetadata));
  }

  imageValue(tag: string, png: Uint8Array): Value {
    return imageValue(tag, png, this.firstTime(tag, imageMetadata));
  }

  textValue(tag: string, markdown: string): Value {
    return textValue(tag, markdown, this.firstTime(tag, textMetadata));
  }

  /** Writes one Event holding `values` (several kinds may share an event). */
  writeValues(step: number, values: Value[], wallTime?: number): boolean {
    if (values.length === 0) return true;
    return this.file.writeEvent(summaryEvent(checkStep(step), values, wall(wallTime)));
  }

  addScalar(tag: string, value: number, step: number, wallTime?: number): boolean {
    return this.writeValues(step, [this.scalarValue(tag, value)], wallTime);
  }

  addHistogram(tag: string, h: Histogram1d, step: number, wallTime?: number): boolean {
    return this.writeValues(step, [this.histogramValue(tag, h)], wallTime);
  }

  addImage(tag: string, png: Uint8Array, step: number, wallTime?: number): boolean {
    return this.writeValues(step, [this.imageValue(tag, png)], wallTime);
  }

  addText(tag: string, markdown: string, step: number, wallTime?: number): boolean {
    return this.writeValues(step, [this.textValue(tag, markdown)], wallTime);
  }

  /** Writes the custom-scalars layout (the latest one written in a run wins, E.2). */
  addLayout(layout: tensorboard.ILayout, step = 0, wallTime?: number): boolean {
    return this.writeValues(step, [layoutValue(layout)], wallTime);
  }

  flush(): void {
    this.file.flush();
  }

  close(): void {
    this.file.close();
  }

  stats(): EventFileWriterStats {
    return this.file.stats();
  }
}
