import test from 'ava';
import {
  CRC32C_TABLE,
  crc32c,
  maskCrc,
  maskedCrc32c,
} from '../../../adapters/tensorboard/crc32c.js';
import { frameRecord, readRecords } from '../../../adapters/tensorboard/tfrecord.js';
import { encodeEvent, sessionStartEvent } from '../../../adapters/tensorboard/events.js';
import {
  histogramValue,
  imageValue,
  layoutValue,
  scalarMetadata,
  scalarValue,
} from '../../../adapters/tensorboard/summaries.js';
import { tensorboard } from '../../../proto/generated/tensorboard.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const unhex = (s: string) => new Uint8Array(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const ascii = (s: string) => new TextEncoder().encode(s);

test('CRC32C table matches the A.2 check values', (t) => {
  t.is(CRC32C_TABLE[1], 0xf26b8303);
  t.is(CRC32C_TABLE[128], 0x82f63b78);
  t.is(CRC32C_TABLE[255], 0xad7d5351);
});

test('CRC32C and mask reproduce the A.4 test vectors', (t) => {
  t.is(crc32c(ascii('123456789')), 0xe3069283);
  t.is(maskedCrc32c(ascii('123456789')), 0xc78ab0e5);
  t.is(crc32c(new Uint8Array(32)), 0x8a9136aa);
  t.is(crc32c(new Uint8Array(32).fill(0xff)), 0x62a8ab43);
  t.is(crc32c(new Uint8Array(0)), 0);
  t.is(maskedCrc32c(new Uint8Array(0)), 0xa282ead8);
  const body = new Uint8Array([0x1a, 0x11, ...ascii('CRC test, one two')]);
  t.is(crc32c(body), 0xf2d95a88);
  t.is(maskCrc(0xf2d95a88), 0x5794d08a);
});

test('the file_version record is byte-identical to A.5', (t) => {
  const data = encodeEvent({ wallTime: 1700000000, fileVersion: 'brain.Event:2' });
  t.is(hex(data), '0900000040fc54d9411a0d627261696e2e4576656e743a32');
  t.is(
    hex(frameRecord(data)),
    '1800000000000000' +
      'a37f4b22' +
      '0900000040fc54d9411a0d627261696e2e4576656e743a32' +
      'eced8f9d',
  );
});

test('the legacy and v2 scalar records are byte-identical to A.5', (t) => {
  const legacy = encodeEvent({
    wallTime: 1700000001,
    step: 1,
    summary: { value: [{ tag: 'loss', simpleValue: 0.25 }] },
  });
  t.is(
    hex(frameRecord(legacy)),
    '1a00000000000000129bd82d0900004040fc54d94110012a0d0a0b0a046c6f7373150000803ec7e38834',
  );
  const v2 = encodeEvent({
    wallTime: 1700000002,
    step: 7,
    summary: { value: [scalarValue('loss', 0.5, scalarMetadata())] },
  });
  t.is(
    hex(frameRecord(v2)),
    '300000000000000095f5d05f0900008040fc54d94110072a230a210a046c6f7373420a080112002a040000003f4a0d0a090a077363616c617273' +
      '20018596f98b',
  );
});

test('a simple_value of 0.0 is still emitted (C.6)', (t) => {
  t.is(
    hex(tensorboard.Summary.Value.encode({ tag: 'z', simpleValue: 0 }).finish()),
    '0a017a1500000000',
  );
});

const valueHex = (v: tensorboard.Summary.IValue) =>
  hex(tensorboard.Summary.Value.encode(v).finish());

test('summary values are byte-identical to the D.7 vectors', (t) => {
  t.is(
    valueHex(scalarValue('loss', 0.5, scalarMetadata())),
    '0a046c6f7373420a080112002a040000003f4a0d0a090a077363616c6172732001',
  );
  t.is(
    valueHex(
      histogramValue(
        'w',
        { hist: [4], edges: [0, 1] },
        { pluginData: { pluginName: 'histograms' }, dataClass: 2 },
      ),
    ),
    '0a0177422608021208120208011202080322180000000000000000000000000000f03f00000000000010404a100a0c0a0a686973746f6772616d732002',
  );
});

test('image values carry [width, height, png] as DT_STRING (D.5/D.7 layout)', (t) => {
  // A 1×1 PNG header is enough for the size; the tensor layout must match the D.7 vector's shape.
  const png = unhex('89504e470d0a1a0a0000000d494844520000000100000001080600000000');
  const v = imageValue('img', png, { pluginData: { pluginName: 'images' }, dataClass: 3 });
  const expected = valueHex({
    tag: 'img',
    tensor: {
      dtype: 7,
      tensorShape: { dim: [{ size: 3 }] },
      stringVal: [ascii('1'), ascii('1'), png],
    },
    metadata: { pluginData: { pluginName: 'images' }, dataClass: 3 },
  });
  t.is(valueHex(v), expected);
  // The D.7 vector itself, with the fake payload "PNGDATA", decodes to the same structure.
  const d7 = tensorboard.Summary.Value.decode(
    unhex(
      '0a03696d67421708071204120208034201314201314207504e47444154414a0c0a080a06696d616765732003',
    ),
  );
  t.deepEqual(
    d7.tensor!.stringVal.map((b) => Buffer.from(b).toString()),
    ['1', '1', 'PNGDATA'],
  );
});

test('the layout value is the E.2 vector plus an explicit data_class TENSOR', (t) => {
  // E.2 leaves data_class unset (both loaders assign TENSOR); we set it (D.6), which adds `20 02`
  // to the metadata and grows its length byte from 0x12 to 0x14.
  t.is(
    valueHex(layoutValue({ category: [{ title: 'Losses' }] })),
    '0a18637573746f6d5f7363616c6172735f5f636f6e6669675f5f421008071200420a12080a064c6f73736573' +
      '4a14' +
      '0a100a0e637573746f6d5f7363616c617273' +
      '2002',
  );
});

test('the E.6 layout serializes to the documented 152 bytes', (t) => {
  const bytes = tensorboard.Layout.encode({
    category: [
      {
        title: 'Losses',
        chart: [
          { title: 'all losses', multiline: { tag: ['loss.*'] } },
          { title: 'train vs val', multiline: { tag: ['loss$', 'val/loss$'] } },
        ],
      },
      {
        title: 'Accuracy',
        chart: [
          {
            title: 'acc band',
            margin: { series: [{ value: 'acc', lower: 'acc_lo', upper: 'acc_hi' }] },
          },
        ],
      },
      { title: 'Gradients', closed: true, chart: [{ multiline: { tag: ['grad_norm/.*'] } }] },
    ],
  }).finish();
  t.is(bytes.length, 152);
  t.is(
    hex(bytes),
    (
      '12440a064c6f7373657312160a0a616c6c206c6f737365731208 0a066c6f7373' +
      '2e2a12220a0c747261696e2076732076616c12120a056c6f7373240a0976616c' +
      '2f6c6f73732412 2f0a084163637572616379122 30a08616363206261 6e641a17' +
      '0a150a03616363120661 63635f6c6f1a0661 63635f686912 1f0a09477261646 9' +
      '656e7473121012 0e0a0c677261645f6e6f726d2f2e2a1801'
    ).replace(/ /g, ''),
  );
});

test('a session START event encodes as 09 <double> 10 <step> 3a 02 08 01 (B.5)', (t) => {
  t.is(hex(encodeEvent(sessionStartEvent(5, 1700000000))), '0900000040fc54d94110053a020801');
});

test('readRecords returns every complete record of a stream cut at any byte', (t) => {
  const payloads = [
    ascii('a'),
    ascii('hello world'),
    new Uint8Array(300).fill(7),
    new Uint8Array(0),
  ];
  const whole = Buffer.concat(payloads.map(frameRecord));
  const ends: number[] = [];
  let pos = 0;
  for (const p of payloads) ends.push((pos += p.length + 16));
  for (let cut = 0; cut <= whole.length; cut++) {
    const r = readRecords(whole.subarray(0, cut));
    const complete = ends.filter((e) => e <= cut).length;
    t.is(r.records.length, complete, `cut at ${cut}`);
    t.is(r.stop, ends.includes(cut) || cut === 0 ? 'end' : 'truncated');
  }
  t.deepEqual(readRecords(whole).records.map(hex), payloads.map(hex));
});

test('readRecords stops at a corrupted data CRC like the Python loader', (t) => {
  const whole = Buffer.concat([
    frameRecord(ascii('one')),
    frameRecord(ascii('two')),
    frameRecord(ascii('three')),
  ]);
  whole[19 + 12] ^= 0xff; // a data byte of the second record
  const r = readRecords(whole);
  t.is(r.stop, 'corrupt');
  t.is(r.records.length, 1);
  t.is(r.validBytes, 19);
});
