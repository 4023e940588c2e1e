import test from 'ava';
import { inflateSync } from 'node:zlib';
import { crc32 } from '../../../adapters/tensorboard/images/crc32.js';
import { encodePng, pngSize, PNG_SIGNATURE } from '../../../adapters/tensorboard/images/png.js';
import {
  gradHist2dPng,
  heatmapPixels,
  PRIMARY_BLUE,
  ZERO_LINE_GRAY,
} from '../../../adapters/tensorboard/images/heatmap.js';

test('CRC-32 matches the standard check value', (t) => {
  t.is(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
  t.is(crc32(new TextEncoder().encode('IEND')), 0xae426082);
});

/** Splits PNG bytes into chunks, verifying every chunk CRC. */
function chunks(png: Uint8Array): { type: string; data: Buffer }[] {
  const b = Buffer.from(png);
  const out: { type: string; data: Buffer }[] = [];
  for (let pos = 8; pos < b.length;) {
    const len = b.readUInt32BE(pos);
    const type = b.toString('latin1', pos + 4, pos + 8);
    const data = b.subarray(pos + 8, pos + 8 + len);
    if (b.readUInt32BE(pos + 8 + len) !== crc32(b.subarray(pos + 4, pos + 8 + len)))
      throw new Error(`bad CRC in ${type}`);
    out.push({ type, data });
    pos += 12 + len;
  }
  return out;
}

test('encodePng writes signature, IHDR, IDAT, IEND with valid CRCs and the exact pixels', (t) => {
  const rgba = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) & 0xff);
  const png = encodePng({ width: 3, height: 2, rgba });
  t.deepEqual(png.subarray(0, 8), Buffer.from(PNG_SIGNATURE));
  const c = chunks(png);
  t.deepEqual(
    c.map((x) => x.type),
    ['IHDR', 'IDAT', 'IEND'],
  );
  t.is(c[0]!.data.toString('hex'), '00000003' + '00000002' + '08' + '06' + '000000');
  t.deepEqual(pngSize(png), { width: 3, height: 2 });
  const raw = inflateSync(c[1]!.data);
  t.is(raw.length, 2 * (1 + 12));
  t.deepEqual([...raw.subarray(1, 13)], [...rgba.subarray(0, 12)]);
  t.deepEqual([...raw.subarray(14, 26)], [...rgba.subarray(12, 24)]);
  t.is(raw[0], 0);
  t.is(raw[13], 0);
});

test('encodePng and pngSize reject bad input with the offending value named', (t) => {
  t.throws(() => encodePng({ width: 2, height: 2, rgba: new Uint8Array(15) }), {
    message: /15 bytes, expected 2×2×4 = 16/,
  });
  t.throws(() => encodePng({ width: 0, height: 2, rgba: new Uint8Array(0) }), {
    message: /positive integers, got 0×2/,
  });
  t.throws(() => pngSize(new TextEncoder().encode('GIF89a............................')), {
    message: /not a PNG/,
  });
});

test('heatmap: log10(count+1) scaled to alpha in the primary blue, first gradient bin at the top', (t) => {
  // 2 gradient bins × 3 parameter bins; max count 99 → alpha 255.
  const img = heatmapPixels(
    [
      [0, 9, 99],
      [1, 0, 0],
    ],
    { cellSize: 1 },
  );
  t.is(img.width, 3);
  t.is(img.height, 2);
  const px = (x: number, y: number) => [...img.rgba.subarray((y * 3 + x) * 4, (y * 3 + x) * 4 + 4)];
  t.deepEqual(px(2, 0), [...PRIMARY_BLUE, 255]);
  t.deepEqual(px(1, 0), [...PRIMARY_BLUE, Math.round(255 * (1 / 2))]); // log10(10)/log10(100)
  t.deepEqual(px(0, 0), [...PRIMARY_BLUE, 0]);
  t.deepEqual(px(0, 1), [...PRIMARY_BLUE, Math.round((255 * Math.log10(2)) / 2)]);
});

test('heatmap: gray zero lines where the edges cross 0, none for one-sided ranges', (t) => {
  const hist = [
    [1, 1],
    [1, 1],
  ];
  const img = heatmapPixels(hist, { cellSize: 4 }, [
    [-1, 0, 1],
    [-2, 0, 2],
  ]);
  const px = (x: number, y: number) => [...img.rgba.subarray((y * 8 + x) * 4, (y * 8 + x) * 4 + 4)];
  t.deepEqual(px(0, 4), [...ZERO_LINE_GRAY, 255]);
  t.deepEqual(px(4, 0), [...ZERO_LINE_GRAY, 255]);
  t.deepEqual(px(1, 1), [...PRIMARY_BLUE, 255]);
  const noLines = heatmapPixels(hist, { cellSize: 4 }, [
    [0.5, 1, 2],
    [1, 2, 3],
  ]);
  t.false([...Array(64).keys()].some((i) => noLines.rgba[i * 4] === ZERO_LINE_GRAY[0]));
  t.deepEqual(
    pngSize(
      gradHist2dPng({
        hist,
        edges: [
          [-1, 0, 1],
          [-2, 0, 2],
        ],
      }),
    ),
    { width: 16, height: 16 },
  );
});

test('heatmap rejects ragged or empty histograms', (t) => {
  t.throws(() => heatmapPixels([[1, 2], [3]]), { message: /row 1 has 1 bins, row 0 has 2/ });
  t.throws(() => heatmapPixels([]), { message: /empty/ });
});
