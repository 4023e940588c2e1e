/**
 * Summary.Value builders in the forms both TensorBoard loaders read natively (trackers.md D.6):
 * scalars as rank-0 DT_FLOAT tensors, histograms as `[k, 3]` DT_DOUBLE tensors, images as
 * DT_STRING `[w, h, png]`, text as DT_STRING markdown, the custom-scalars layout as a serialized
 * Layout. `metadata` is attached when asked: the writer does so for the first value of each tag
 * in each event file, because TensorBoard keeps the metadata of a tag's first value only (D.1).
 */
import { tensorboard } from '../../proto/generated/tensorboard.js';
import type { Histogram1d } from '../../core/record.js';
import { pngSize } from './images/png.js';

const { DataType, DataClass } = tensorboard;
type Value = tensorboard.Summary.IValue;
type Metadata = tensorboard.ISummaryMetadata;

/** Tag under which the custom-scalars plugin looks for the layout (E.2). */
export const LAYOUT_TAG = 'custom_scalars__config__';

/** Optional human-readable metadata shown by TensorBoard. */
export interface Describe {
  displayName?: string;
  /** Markdown; TensorBoard renders it as sanitized HTML. */
  description?: string;
}

function metadata(pluginName: string, dataClass: tensorboard.DataClass, d?: Describe): Metadata {
  return {
    pluginData: { pluginName },
    displayName: d?.displayName,
    summaryDescription: d?.description,
    dataClass,
  };
}

/** Metadata of a scalar series (plugin `scalars`, DATA_CLASS_SCALAR). */
export const scalarMetadata = (d?: Describe): Metadata =>
  metadata('scalars', DataClass.DATA_CLASS_SCALAR, d);
/** Metadata of a histogram series (plugin `histograms`, DATA_CLASS_TENSOR). */
export const histogramMetadata = (d?: Describe): Metadata =>
  metadata('histograms', DataClass.DATA_CLASS_TENSOR, d);
/** Metadata of an image series (plugin `images`, DATA_CLASS_BLOB_SEQUENCE). */
export const imageMetadata = (d?: Describe): Metadata =>
  metadata('images', DataClass.DATA_CLASS_BLOB_SEQUENCE, d);
/** Metadata of a text series (plugin `text`, DATA_CLASS_TENSOR). */
export const textMetadata = (d?: Describe): Metadata =>
  metadata('text', DataClass.DATA_CLASS_TENSOR, d);
/** Metadata of the layout series (plugin `custom_scalars`, DATA_CLASS_TENSOR). */
export const layoutMetadata = (): Metadata =>
  metadata('custom_scalars', DataClass.DATA_CLASS_TENSOR);

/**
 * A scalar as a rank-0 DT_FLOAT tensor — the only scalar form the Rust loader accepts besides
 * `simple_value` (D.3). Values are float32 on the wire; NaN and ±Infinity are stored as-is.
 */
export function scalarValue(tag: string, value: number, meta?: Metadata): Value {
  return {
    tag,
    tensor: { dtype: DataType.DT_FLOAT, tensorShape: {}, floatVal: [value] },
    metadata: meta,
  };
}

/** `[k, 3]` rows `(left, right, count)` of a GradHist1d `{hist, edges}`. */
export function histogramRows(h: Histogram1d): Float64Array {
  if (h.edges.length !== h.hist.length + 1) {
    throw new RangeError(
      `histogram: expected ${h.hist.length + 1} edges for ${h.hist.length} bins, got ${h.edges.length}`,
    );
  }
  const rows = new Float64Array(h.hist.length * 3);
  for (let i = 0; i < h.hist.length; i++) {
    rows[3 * i] = h.edges[i]!;
    rows[3 * i + 1] = h.edges[i + 1]!;
    rows[3 * i + 2] = h.hist[i]!;
  }
  return rows;
}

function littleEndianBytes(values: Float64Array): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setFloat64(i * 8, v, true));
  return out;
}

/**
 * A histogram built from the Cockpit's own bins: a `[k, 3]` DT_DOUBLE tensor in `tensor_content`
 * (D.4). Empty bins are kept: the v2 form is shown as written, without the legacy trimming.
 */
export function histogramValue(tag: string, h: Histogram1d, meta?: Metadata): Value {
  const rows = histogramRows(h);
  return {
    tag,
    tensor: {
      dtype: DataType.DT_DOUBLE,
      tensorShape: { dim: [{ size: h.hist.length }, { size: 3 }] },
      tensorContent: littleEndianBytes(rows),
    },
    metadata: meta,
  };
}

/** One PNG as an image series value: DT_STRING `[width, height, png]` (D.5). */
export function imageValue(tag: string, png: Uint8Array, meta?: Metadata): Value {
  const { width, height } = pngSize(png);
  const enc = new TextEncoder();
  return {
    tag,
    tensor: {
      dtype: DataType.DT_STRING,
      tensorShape: { dim: [{ size: 3 }] },
      stringVal: [enc.encode(String(width)), enc.encode(String(height)), png],
    },
    metadata: meta,
  };
}

/** Markdown text for the text plugin: a rank-0 DT_STRING tensor. */
export function textValue(tag: string, markdown: string, meta?: Metadata): Value {
  return {
    tag,
    tensor: {
      dtype: DataType.DT_STRING,
      tensorShape: {},
      stringVal: [new TextEncoder().encode(markdown)],
    },
    metadata: meta,
  };
}

/** The custom-scalars layout value (E.2); always carries its metadata. */
export function layoutValue(layout: tensorboard.ILayout): Value {
  return {
    tag: LAYOUT_TAG,
    tensor: {
      dtype: DataType.DT_STRING,
      tensorShape: {},
      stringVal: [tensorboard.Layout.encode(layout).finish()],
    },
    metadata: layoutMetadata(),
  };
}
