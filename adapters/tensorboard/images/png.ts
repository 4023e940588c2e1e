/**
 * A minimal PNG encoder (8-bit RGBA, no interlace) on node:zlib, and an IHDR reader.
 * Enough for heatmaps; the panel arrives already encoded.
 */
import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32.js';

/** The 8-byte PNG signature. */
export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** An RGBA image: `rgba.length === width * height * 4`, rows top to bottom. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  // The chunk CRC covers type and data, not the length.
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes an RGBA image as PNG bytes. */
export function encodePng(image: RgbaImage): Uint8Array {
  const { width, height, rgba } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(
      `encodePng: width and height must be positive integers, got ${width}×${height}`,
    );
  }
  if (rgba.length !== width * height * 4) {
    throw new RangeError(
      `encodePng: rgba has ${rgba.length} bytes, expected ${width}×${height}×4 = ${width * height * 4}`,
    );
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression 0, filter method 0, interlace 0 stay zero
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None per row: heatmaps compress well without it
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Width and height from a PNG's IHDR; throws when `bytes` does not start like a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const ok = bytes.length >= 24 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!ok || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') {
    throw new Error('not a PNG image (signature or IHDR chunk missing)');
  }
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
