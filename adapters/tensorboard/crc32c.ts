/**
 * CRC-32C (Castagnoli) and the TFRecord/LevelDB mask (trackers.md A.2, A.3).
 * Table-driven, LSB-first with the reflected polynomial 0x82F63B78.
 */

const POLY = 0x82f63b78;

/** The 256-entry lookup table; exported for the byte-level tests (A.2 check values). */
export const CRC32C_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
})();

/** CRC-32C of `data[start, end)` as an unsigned 32-bit number. */
export function crc32c(data: Uint8Array, start = 0, end = data.length): number {
  const t = CRC32C_TABLE;
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Rotate right by 15 and add 0xA282EAD8 (mod 2^32): what TFRecord stores instead of the raw CRC. */
export function maskCrc(crc: number): number {
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

/** Masked CRC-32C of `data[start, end)`. */
export function maskedCrc32c(data: Uint8Array, start = 0, end = data.length): number {
  return maskCrc(crc32c(data, start, end));
}
