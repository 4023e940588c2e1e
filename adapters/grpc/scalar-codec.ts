/**
 * A direct protobuf encoder for ReadScalarsResponse, the hot path of the data provider (every
 * scalar chart is one ReadScalars). The generic reflection-based serializer spends ~6 µs per
 * point; writing the three packed columns straight into one buffer is an order of magnitude
 * cheaper. Output is byte-identical to protobufjs' (fields in number order, names written even
 * when empty as protobufjs does for set fields, empty columns omitted, packed repeated scalars),
 * which the tests check.
 *
 * Wire layout (F.2): Response{1: RunEntry*}; RunEntry{1: run_name, 2: TagEntry*};
 * TagEntry{1: tag_name, 2: ScalarData}; ScalarData{1: packed int64 step, 2: packed double
 * wall_time, 3: packed float value}.
 */

export interface ScalarDataObject {
  step: number[];
  wall_time: number[];
  value: number[];
}
export interface ReadScalarsResponseObject {
  runs: { run_name: string; tags: { tag_name: string; data: ScalarDataObject }[] }[];
}

const varintSize = (n: number): number => {
  let size = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
};

/** int64 varint size: negative values take 10 bytes (two's complement). */
const int64Size = (n: number): number => (n < 0 ? 10 : varintSize(n));

function writeVarint(buf: Buffer, pos: number, n: number): number {
  while (n >= 128) {
    buf[pos++] = (n % 128) | 128;
    n = Math.floor(n / 128);
  }
  buf[pos++] = n;
  return pos;
}

function writeInt64(buf: Buffer, pos: number, n: number): number {
  if (n >= 0) return writeVarint(buf, pos, n);
  let v = BigInt.asUintN(64, BigInt(n));
  for (let i = 0; i < 9; i++) {
    buf[pos++] = Number(v & 0x7fn) | 0x80;
    v >>= 7n;
  }
  buf[pos++] = Number(v);
  return pos;
}

interface Sized {
  steps: number;
  data: number;
  tag: number;
  tagName: number;
}

/**
 * Serializes a ReadScalarsResponse object as produced by the handler. Throws on values the fast
 * path does not handle (non-integer steps); the caller then falls back to the generic encoder.
 */
export function encodeReadScalarsResponse(response: ReadScalarsResponseObject): Buffer {
  const runSizes: number[] = [];
  const runNameBytes: number[] = [];
  const tagSizes: Sized[][] = [];
  let total = 0;
  for (const run of response.runs) {
    const nameLen = Buffer.byteLength(run.run_name ?? '', 'utf8');
    let runSize = 1 + varintSize(nameLen) + nameLen;
    const sizes: Sized[] = [];
    for (const entry of run.tags) {
      const { step, wall_time: wall, value } = entry.data;
      if (wall.length !== step.length || value.length !== step.length)
        throw new Error('ScalarData columns differ in length');
      let steps = 0;
      for (const s of step) {
        if (!Number.isSafeInteger(s)) throw new Error(`step ${s} is not a safe integer`);
        steps += int64Size(s);
      }
      const n = step.length;
      const data =
        n > 0
          ? 1 +
            varintSize(steps) +
            steps +
            (1 + varintSize(8 * n) + 8 * n) +
            (1 + varintSize(4 * n) + 4 * n)
          : 0;
      const tagName = Buffer.byteLength(entry.tag_name ?? '', 'utf8');
      const tag = 1 + varintSize(tagName) + tagName + 1 + varintSize(data) + data;
      sizes.push({ steps, data, tag, tagName });
      runSize += 1 + varintSize(tag) + tag;
    }
    runSizes.push(runSize);
    runNameBytes.push(nameLen);
    tagSizes.push(sizes);
    total += 1 + varintSize(runSize) + runSize;
  }

  const buf = Buffer.allocUnsafe(total);
  let pos = 0;
  response.runs.forEach((run, r) => {
    buf[pos++] = 0x0a;
    pos = writeVarint(buf, pos, runSizes[r]!);
    buf[pos++] = 0x0a;
    pos = writeVarint(buf, pos, runNameBytes[r]!);
    pos += buf.write(run.run_name ?? '', pos, 'utf8');
    run.tags.forEach((entry, t) => {
      const size = tagSizes[r]![t]!;
      buf[pos++] = 0x12;
      pos = writeVarint(buf, pos, size.tag);
      buf[pos++] = 0x0a;
      pos = writeVarint(buf, pos, size.tagName);
      pos += buf.write(entry.tag_name ?? '', pos, 'utf8');
      buf[pos++] = 0x12;
      pos = writeVarint(buf, pos, size.data);
      const { step, wall_time: wall, value } = entry.data;
      const n = step.length;
      if (n === 0) return;
      buf[pos++] = 0x0a;
      pos = writeVarint(buf, pos, size.steps);
      for (const s of step) pos = writeInt64(buf, pos, s);
      buf[pos++] = 0x12;
      pos = writeVarint(buf, pos, 8 * n);
      for (const w of wall) pos = buf.writeDoubleLE(w, pos);
      buf[pos++] = 0x1a;
      pos = writeVarint(buf, pos, 4 * n);
      for (const v of value) pos = buf.writeFloatLE(v, pos);
    });
  });
  if (pos !== total) throw new Error(`ReadScalarsResponse encoder wrote ${pos} of ${total} bytes`);
  return buf;
}
