/**
 * A StepRecord as the Summary values the event-file sink writes for it, built with the
 * TensorBoard adapter's own builders so the live server and event files carry the same content:
 * scalars (`cockpit/<Q>`, per-parameter, `epoch/<key>`, the Alpha band of the layout) as
 * DT_FLOAT tensors, GradHist1d as a `[k, 3]` histogram, GradHist2d as the heatmap PNG, and the
 * custom-scalars layout of `cockpitLayout`, the run description, report and end as text.
 */
import type { tensorboard } from '../../proto/generated/tensorboard.js';
import type { Histogram1d, Histogram2d, ParameterInfo, StepValues } from '../../core/record.js';
import { scalarPoints } from '../scalar-tags.js';
import { describeTag } from '../tensorboard/descriptions.js';
import { gradHist2dPng } from '../tensorboard/images/heatmap.js';
import { pngSize } from '../tensorboard/images/png.js';
import { DataClass, LazyBlob, type BlobSequenceValue, type SeriesMetadata } from './store.js';
import { bandPoints, cockpitLayout } from '../tensorboard/layout.js';
import { modelMarkdown, quantitiesMarkdown, runMarkdown } from '../tensorboard/run-markdown.js';
import { TENSORBOARD_TAGS } from '../tensorboard/sink.js';
import {
  histogramMetadata,
  histogramValue,
  imageMetadata,
  imageValue,
  layoutValue,
  scalarMetadata,
  scalarValue,
  textMetadata,
  textValue,
} from '../tensorboard/summaries.js';
import type { RunInfo } from '../../core/record.js';

type Value = tensorboard.Summary.IValue;

/** Tags of the non-scalar series: the event-file sink's. */
export const GRAD_HIST_1D_TAG = TENSORBOARD_TAGS.gradHist1d;
export const GRAD_HIST_2D_TAG = TENSORBOARD_TAGS.gradHist2d;
/** Image tag of the rendered Cockpit panel (from `panel` artifacts). */
export const PANEL_TAG = TENSORBOARD_TAGS.panel;

function isHistogram1d(v: unknown): v is Histogram1d {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Array.isArray((v as Histogram1d).hist) &&
    typeof (v as Histogram1d).edges?.[0] === 'number'
  );
}

function isHistogram2d(v: unknown): v is Histogram2d {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Array.isArray((v as Histogram2d).hist) &&
    Array.isArray((v as Histogram2d).edges?.[0])
  );
}

/**
 * Summary values of one step. Every value carries full metadata: the store keeps the first one
 * per series (D.1), so repeating it costs nothing but makes each value self-describing.
 */
export function stepValues(
  values: StepValues,
  parameters: readonly ParameterInfo[] = [],
  onError?: (message: string) => void,
  { gradHist2d = true }: { gradHist2d?: boolean } = {},
): Value[] {
  const out: Value[] = [];
  for (const p of [...scalarPoints(values, [...parameters]), ...bandPoints(values)]) {
    out.push(scalarValue(p.tag, p.value, scalarMetadata(describeTag(p.tag))));
  }
  const h1 = values.GradHist1d;
  if (isHistogram1d(h1)) {
    try {
      out.push(
        histogramValue(GRAD_HIST_1D_TAG, h1, histogramMetadata(describeTag(GRAD_HIST_1D_TAG))),
      );
    } catch (err) {
      onError?.(`GradHist1d skipped: ${(err as Error).message}`);
    }
  }
  const h2 = values.GradHist2d;
  if (gradHist2d && isHistogram2d(h2)) {
    try {
      out.push(
        imageValue(
          GRAD_HIST_2D_TAG,
          gradHist2dPng(h2),
          imageMetadata(describeTag(GRAD_HIST_2D_TAG)),
        ),
      );
    } catch (err) {
      onError?.(`GradHist2d skipped: ${(err as Error).message}`);
    }
  }
  return out;
}

/** Pixels per bin of the heatmap (the TensorBoard sink's default), fixed so sizes are known before encoding. */
export const HEATMAP_CELL = 8;

/**
 * GradHist2d of a step as a lazily encoded image datum `[width, height, png]`: width and height
 * follow from the bin counts (one `HEATMAP_CELL`-pixel square per bin), the PNG — the same bytes
 * the event-file sink writes — is encoded on first read. Undefined when `v` is no 2-D histogram.
 */
export function lazyHeatmap(v: unknown): BlobSequenceValue | undefined {
  if (!isHistogram2d(v) || v.hist.length === 0 || !v.hist[0]?.length) return undefined;
  const width = v.hist[0].length * HEATMAP_CELL;
  const height = v.hist.length * HEATMAP_CELL;
  const png = new LazyBlob(() => {
    const bytes = gradHist2dPng(v, { cellSize: HEATMAP_CELL });
    const size = pngSize(bytes);
    if (size.width !== width || size.height !== height) {
      throw new Error(
        `GradHist2d heatmap is ${size.width}×${size.height}, announced ${width}×${height}`,
      );
    }
    return bytes;
  });
  const enc = new TextEncoder();
  return [enc.encode(String(width)), enc.encode(String(height)), png];
}

/** Series metadata of the GradHist2d images (as imageMetadata() describes them). */
export const GRAD_HIST_2D_METADATA: SeriesMetadata = {
  pluginName: 'images',
  dataClass: DataClass.BLOB_SEQUENCE,
  description: describeTag(GRAD_HIST_2D_TAG)?.description,
};

/** The layout value for a run tracking `quantities` over `parameters` (same layout as the event-file sink). */
export function layoutValueFor(
  quantities: readonly string[],
  parameters: readonly ParameterInfo[],
): Value {
  return layoutValue(cockpitLayout(quantities, parameters) as tensorboard.ILayout);
}

/** The panel picture as an image value. */
export function panelValue(png: Uint8Array): Value {
  return imageValue(
    PANEL_TAG,
    png,
    imageMetadata({ displayName: 'Cockpit panel', description: 'The rendered Cockpit panel.' }),
  );
}

/** A markdown text value (text plugin), as the event-file sink writes run descriptions and reports. */
export function markdownValue(tag: string, markdown: string): Value {
  return textValue(tag, markdown, textMetadata(describeTag(tag)));
}

/** The run's header, as the event-file sink writes it before the first record: layout and run description. */
export function runHeaderValues(run: RunInfo): Value[] {
  return [
    layoutValueFor(
      run.quantities.map((q) => q.name),
      run.parameters,
    ),
    markdownValue(TENSORBOARD_TAGS.run, runMarkdown(run)),
    markdownValue(TENSORBOARD_TAGS.quantities, quantitiesMarkdown(run)),
    markdownValue(TENSORBOARD_TAGS.model, modelMarkdown(run)),
  ];
}

/** Text values for a `report` artifact and the run end. */
export const reportValue = (markdown: string): Value =>
  markdownValue(TENSORBOARD_TAGS.report, markdown);
export const runEndValue = (status: 'finished' | 'failed', error?: string): Value =>
  markdownValue(
    TENSORBOARD_TAGS.end,
    status === 'finished' ? 'Run finished.' : `Run failed: ${error ?? 'unknown error'}`,
  );
