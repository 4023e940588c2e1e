/**
 * TFRecord framing (trackers.md A.1): `u64 length | u32 masked crc(length) | data | u32 masked crc(data)`,
 * all little-endian, records simply concatenated.
 */
import { maskedCrc32c } from './crc32c.js';

/** Bytes a record adds around its payload. */
export const RECORD_OVERHEAD = 16;

/** Frames one payload as a complete TFRecord. */
export function frameRecord(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length + RECORD_OVERHEAD);
  frameRecordInto(out, 0, data);
  return out;
}

/** Writes the framed record of `data` into `out` at `offset` (needs `data.length + 16` bytes). */
export function frameRecordInto(out: Uint8Array, offset: number, data: Uint8Array): void {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  // Length as two uint32 words: lengths here never reach 2^32, but readers parse a full uint64.
  view.setUint32(offset, data.length, true);
  view.setUint32(offset + 4, Math.floor(data.length / 2 ** 32), true);
  view.setUint32(offset + 8, maskedCrc32c(out, offset, offset + 8), true);
  out.set(data, offset + 12);
  view.setUint32(offset + 12 + data.length, maskedCrc32c(data), true);
}

/** Why reading stopped. */
export type StopReason = 'end' | 'truncated' | 'corrupt';

export interface ReadResult {
  /** Payloads of every complete, checksum-valid record, in file order. */
  records: Uint8Array[];
  /** Bytes covered by `records` (a writer may safely append from here). */
  validBytes: number;
  /**
   * `end`: the buffer ends exactly after a record; `truncated`: a partial record follows (a writer
   * still writing, or a process killed mid-write); `corrupt`: a checksum mismatch — like
   * TensorBoard's Python loader, nothing after it is read.
   */
  stop: StopReason;
  /** Human-readable detail for `corrupt`/`truncated`. */
  detail?: string;
}

/** Splits a TFRecord byte buffer into payloads, verifying both CRCs of each record. */
export function readRecords(buf: Uint8Array): ReadResult {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const records: Uint8Array[] = [];
  let pos = 0;
  while (pos < buf.length) {
    if (buf.length - pos < 12)
      return { records, validBytes: pos, stop: 'truncated', detail: `header cut at ${pos}` };
    const lo = view.getUint32(pos, true);
    const hi = view.getUint32(pos + 4, true);
    if (view.getUint32(pos + 8, true) !== maskedCrc32c(buf, pos, pos + 8)) {
      return {
        records,
        validBytes: pos,
        stop: 'corrupt',
        detail: `bad length CRC at offset ${pos}`,
      };
    }
    const length = hi * 2 ** 32 + lo;
    const end = pos + 12 + length + 4;
    if (end > buf.length)
      return { records, validBytes: pos, stop: 'truncated', detail: `record at ${pos} cut` };
    const data = buf.subarray(pos + 12, pos + 12 + length);
    if (view.getUint32(pos + 12 + length, true) !== maskedCrc32c(data)) {
      return { records, validBytes: pos, stop: 'corrupt', detail: `bad data CRC at offset ${pos}` };
    }
    records.push(data);
    pos = end;
  }
  return { records, validBytes: pos, stop: 'end' };
}
