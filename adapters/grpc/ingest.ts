/**
 * Summary values (the same `tensorboard.Summary.Value` objects the event-file sink writes) into
 * the run store, with TensorBoard's migrations (trackers.md D.1, F.5): `simple_value` → scalar,
 * legacy `histo` → `[k, 3]` DT_DOUBLE histogram tensor (Rust-loader conversion, no trimming),
 * legacy `image` → `[w, h, png]` blob sequence, v2 tensors by the plugin/data class of the
 * series' first metadata. Both sources — live records and event files read from disk — go
 * through here, so they are served identically.
 */
import type { tensorboard } from '../../proto/generated/tensorboard.js';
import {
  DataClass,
  DType,
  type DataClassValue,
  type RunStore,
  type SeriesMetadata,
  type TensorProtoObject,
} from './store.js';

type Value = tensorboard.Summary.IValue;
type Tensor = tensorboard.ITensorProto;
type Long = { toNumber(): number };

const num = (x: number | Long | null | undefined): number =>
  x == null ? 0 : typeof x === 'number' ? x : x.toNumber();

/** Data class TensorBoard assigns to a plugin when the metadata leaves it unset (`dataclass_compat`). */
export function dataClassForPlugin(pluginName: string): DataClassValue {
  switch (pluginName) {
    case 'scalars':
      return DataClass.SCALAR;
    case 'histograms':
    case 'text':
    case 'hparams':
    case 'pr_curves':
    case 'mesh':
    case 'custom_scalars':
      return DataClass.TENSOR;
    case 'images':
    case 'audio':
    case 'graph_run_metadata':
    case 'graph_run_metadata_graph':
    case 'graph_keras_model':
      return DataClass.BLOB_SEQUENCE;
    default:
      return DataClass.UNKNOWN;
  }
}

function metadataOf(meta: tensorboard.ISummaryMetadata): SeriesMetadata {
  const pluginName = meta.pluginData?.pluginName ?? '';
  const dataClass = (
    meta.dataClass ? meta.dataClass : dataClassForPlugin(pluginName)
  ) as DataClassValue;
  return {
    pluginName,
    pluginContent: meta.pluginData?.content ?? undefined,
    dataClass,
    displayName: meta.displayName ?? undefined,
    description: meta.summaryDescription ?? undefined,
  };
}

const SCALAR_META: SeriesMetadata = { pluginName: 'scalars', dataClass: DataClass.SCALAR };
const HISTOGRAM_META: SeriesMetadata = { pluginName: 'histograms', dataClass: DataClass.TENSOR };
const IMAGE_META: SeriesMetadata = { pluginName: 'images', dataClass: DataClass.BLOB_SEQUENCE };

/** A generated TensorProto as the plain object the gRPC layer serializes. */
export function tensorObject(t: Tensor): TensorProtoObject {
  const out: TensorProtoObject = {
    dtype: t.dtype ?? 0,
    tensor_shape: {
      dim: (t.tensorShape?.dim ?? []).map((d) => ({ size: num(d.size), name: d.name ?? '' })),
    },
  };
  if (t.tensorContent?.length) out.tensor_content = t.tensorContent;
  if (t.floatVal?.length) out.float_val = t.floatVal;
  if (t.doubleVal?.length) out.double_val = t.doubleVal;
  if (t.intVal?.length) out.int_val = t.intVal;
  if (t.int64Val?.length) out.int64_val = t.int64Val.map(num);
  if (t.boolVal?.length) out.bool_val = t.boolVal;
  if (t.stringVal?.length) out.string_val = t.stringVal;
  return out;
}

/** The number in a rank-0 numeric tensor, or undefined when it is not one. */
export function scalarOf(t: Tensor): number | undefined {
  if ((t.tensorShape?.dim ?? []).length !== 0) return undefined;
  if (t.floatVal?.length === 1) return t.floatVal[0];
  if (t.doubleVal?.length === 1) return t.doubleVal[0];
  if (t.intVal?.length === 1) return t.intVal[0];
  if (t.int64Val?.length === 1) return num(t.int64Val[0]);
  const c = t.tensorContent;
  if (c?.length) {
    const view = new DataView(c.buffer, c.byteOffset, c.byteLength);
    if (t.dtype === DType.FLOAT && c.length === 4) return view.getFloat32(0, true);
    if (t.dtype === DType.DOUBLE && c.length === 8) return view.getFloat64(0, true);
    if (t.dtype === DType.INT32 && c.length === 4) return view.getInt32(0, true);
  }
  return undefined;
}

/** Legacy HistogramProto → `[k, 3]` DT_DOUBLE, as the Rust loader converts it (D.4). */
export function histoToTensor(h: tensorboard.IHistogramProto): TensorProtoObject {
  const limits = h.bucketLimit ?? [];
  const counts = h.bucket ?? [];
  const k = Math.min(limits.length, counts.length);
  const bytes = new Uint8Array(k * 24);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < k; i++) {
    view.setFloat64(24 * i, i === 0 ? (h.min ?? 0) : limits[i - 1]!, true);
    view.setFloat64(24 * i + 8, i === k - 1 ? (h.max ?? 0) : limits[i]!, true);
    view.setFloat64(24 * i + 16, counts[i]!, true);
  }
  return {
    dtype: DType.DOUBLE,
    tensor_shape: { dim: [{ size: k }, { size: 3 }] },
    tensor_content: bytes,
  };
}

/**
 * Adds one summary value at (step, wallTime) to `run`. Returns false when the value was dropped
 * (no plugin, unknown data class, or a shape that the series' data class cannot hold).
 */
export function ingestValue(
  store: RunStore,
  run: string,
  step: number,
  wallTime: number,
  value: Value,
): boolean {
  const tag = value.tag ?? '';
  if (tag === '') return false;
  const existing = store.getRun(run)?.series.get(tag)?.metadata;
  const add = (meta: SeriesMetadata, v: number | TensorProtoObject | Uint8Array[]): boolean => {
    store.add(run, tag, existing ?? meta, { step, wallTime, value: v });
    return true;
  };
  if (value.simpleValue != null && (value.value === 'simpleValue' || value.value === undefined)) {
    return add(
      value.metadata?.pluginData?.pluginName === 'scalars'
        ? metadataOf(value.metadata)
        : SCALAR_META,
      Math.fround(value.simpleValue),
    );
  }
  if (value.histo) return add(HISTOGRAM_META, histoToTensor(value.histo));
  if (value.image) {
    const img = value.image;
    const enc = new TextEncoder();
    return add(IMAGE_META, [
      enc.encode(String(img.width ?? 0)),
      enc.encode(String(img.height ?? 0)),
      img.encodedImageString ?? new Uint8Array(),
    ]);
  }
  if (!value.tensor) return false;
  const meta = existing ?? (value.metadata ? metadataOf(value.metadata) : undefined);
  if (!meta) return false; // a tensor whose first value has no plugin is invisible (D.1)
  const t = value.tensor;
  switch (meta.dataClass) {
    case DataClass.SCALAR: {
      const x = scalarOf(t);
      // ScalarData.value is float32 on the wire: store it so, whichever source it came from.
      return x === undefined ? false : add(meta, Math.fround(x));
    }
    case DataClass.TENSOR:
      return add(meta, tensorObject(t));
    case DataClass.BLOB_SEQUENCE:
      if ((t.tensorShape?.dim ?? []).length !== 1) return false;
      return add(meta, [...(t.stringVal ?? [])]);
    default:
      return false;
  }
}

/** Adds every value of an Event's summary. */
export function ingestEvent(store: RunStore, run: string, event: tensorboard.IEvent): number {
  if (!event.summary?.value) return 0;
  const step = num(event.step);
  const wallTime = event.wallTime ?? 0;
  let n = 0;
  for (const v of event.summary.value) if (ingestValue(store, run, step, wallTime, v)) n++;
  return n;
}
