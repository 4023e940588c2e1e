/**
 * GradHist2d as a heatmap picture, styled like the reference's gauge (instruments.md 6.4):
 * counts transformed by log10(count + 1), colormap from transparent to the primary blue
 * (0.29, 0.45, 0.68); rows are gradient bins with the first bin at the top, columns are
 * parameter bins. Gray zero lines (#ababba) mark where gradient and parameter value are 0, as the
 * reference's gray lines through the centre do (here placed from the actual edges).
 */
import type { Histogram2d } from '../../../core/record.js';
import { encodePng, type RgbaImage } from './png.js';

/** The panel's primary blue, 0–255. */
export const PRIMARY_BLUE = [74, 115, 173] as const;

export interface HeatmapOptions {
  /** Pixels per bin along each axis (default 8, so 40×50 bins → 400×320 px). */
  cellSize?: number;
}

/** The reference's gray for reference lines, 0–255. */
export const ZERO_LINE_GRAY = [171, 171, 186] as const;

/** Pixel index where value 0 falls on an axis of `pixels` px spanning `edges`, or undefined when outside. */
function zeroPixel(edges: number[] | undefined, bins: number, pixels: number): number | undefined {
  if (!edges || edges.length !== bins + 1) return undefined;
  const lo = edges[0]!;
  const hi = edges[bins]!;
  if (!(lo < 0 && 0 < hi)) return undefined;
  return Math.min(pixels - 1, Math.round((-lo / (hi - lo)) * pixels));
}

/** Renders `hist[i][j]` (gradient bin i, parameter bin j) to RGBA pixels. */
export function heatmapPixels(
  hist: Histogram2d['hist'],
  options: HeatmapOptions = {},
  edges?: Histogram2d['edges'],
): RgbaImage {
  const cell = options.cellSize ?? 8;
  if (!Number.isInteger(cell) || cell < 1)
    throw new RangeError(`heatmap: cellSize must be a positive integer, got ${cell}`);
  const rows = hist.length;
  const cols = rows > 0 ? hist[0]!.length : 0;
  if (rows === 0 || cols === 0)
    throw new RangeError(`heatmap: histogram is empty (${rows}×${cols} bins)`);
  let max = 0;
  const level = hist.map((row, i) => {
    if (row.length !== cols)
      throw new RangeError(`heatmap: row ${i} has ${row.length} bins, row 0 has ${cols}`);
    return row.map((c) => {
      // Non-finite or negative counts cannot come from counting; show them as empty.
      const v = Number.isFinite(c) && c > 0 ? Math.log10(c + 1) : 0;
      if (v > max) max = v;
      return v;
    });
  });
  const width = cols * cell;
  const height = rows * cell;
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = level[Math.floor(y / cell)]!;
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      rgba[o] = PRIMARY_BLUE[0];
      rgba[o + 1] = PRIMARY_BLUE[1];
      rgba[o + 2] = PRIMARY_BLUE[2];
      rgba[o + 3] = max > 0 ? Math.round((255 * row[Math.floor(x / cell)]!) / max) : 0;
    }
  }
  const gray = (x: number, y: number) => {
    const o = (y * width + x) * 4;
    rgba.set([...ZERO_LINE_GRAY, 255], o);
  };
  const zeroRow = zeroPixel(edges?.[0], rows, height);
  const zeroCol = zeroPixel(edges?.[1], cols, width);
  if (zeroRow !== undefined) for (let x = 0; x < width; x++) gray(x, zeroRow);
  if (zeroCol !== undefined) for (let y = 0; y < height; y++) gray(zeroCol, y);
  return { width, height, rgba };
}

/** PNG bytes of the GradHist2d heatmap. */
export function gradHist2dPng(value: Histogram2d, options: HeatmapOptions = {}): Uint8Array {
  return encodePng(heatmapPixels(value.hist, options, value.edges));
}
