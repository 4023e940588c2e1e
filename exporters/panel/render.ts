/**
 * Rendering the panel spec headless in Node: Vega → SVG (renderer "none", no canvas needed) and
 * SVG → PNG with resvg (system fonts), or the self-contained interactive HTML page.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import type { CockpitLog, RunArtifact } from '../../core/record.js';
import { panelHtml } from './html.js';
import { buildPanelSpec, DEFAULT_HEIGHT, DEFAULT_WIDTH, type PanelSpecOptions } from './spec.js';
import type { PanelTable } from './table.js';

export type PanelFormat = 'svg' | 'png' | 'html';

export interface RenderOptions extends Omit<PanelSpecOptions, 'interactive'> {
  format: PanelFormat;
}

/** Renders a Vega spec to an SVG string. */
export async function specToSvg(spec: object): Promise<string> {
  const view = new vega.View(vega.parse(spec as vega.Spec), {
    renderer: 'none',
    logLevel: vega.Error,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Converts an SVG string to PNG bytes at `width` pixels. */
export function svgToPng(svg: string, width: number): Uint8Array {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: 'white',
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/**
 * Renders the panel of a log: `svg` and `html` give a string, `png` the bytes.
 * @example renderPanel(log, { format: 'png', report: true })
 */
export async function renderPanel(
  log: CockpitLog | PanelTable,
  options: RenderOptions & { format: 'png' },
): Promise<Uint8Array>;
export async function renderPanel(
  log: CockpitLog | PanelTable,
  options: RenderOptions & { format: 'svg' | 'html' },
): Promise<string>;
export async function renderPanel(
  log: CockpitLog | PanelTable,
  options: RenderOptions,
): Promise<string | Uint8Array>;
export async function renderPanel(
  log: CockpitLog | PanelTable,
  options: RenderOptions,
): Promise<string | Uint8Array> {
  const { format, ...rest } = options;
  if (format === 'html') return panelHtml(log, rest);
  if (format !== 'svg' && format !== 'png') {
    throw new RangeError(`panel format "${String(format)}" is not one of svg, png, html`);
  }
  const svg = await specToSvg(buildPanelSpec(log, rest));
  return format === 'svg' ? svg : svgToPng(svg, rest.width ?? DEFAULT_WIDTH);
}

/** The format a file name asks for (by extension). */
export function formatForPath(path: string): PanelFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.svg') return 'svg';
  if (ext === '.png') return 'png';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new RangeError(
    `cannot tell the panel format from "${path}": use a .png, .svg or .html file name`,
  );
}

/** Renders the panel and writes it to `path`, the format chosen by the extension. Returns the path. */
export async function writePanel(
  log: CockpitLog | PanelTable,
  path: string,
  options: Omit<RenderOptions, 'format'> = {},
): Promise<string> {
  const out = await renderPanel(log, { ...options, format: formatForPath(path) });
  await mkdir(dirname(path) || '.', { recursive: true });
  await writeFile(path, out);
  return path;
}

export { DEFAULT_WIDTH, DEFAULT_HEIGHT };

/** The panel as a sink artifact (`kind: 'panel'`, PNG) for the step it reflects. */
export async function panelArtifact(
  log: CockpitLog | PanelTable,
  step: number,
  options: Omit<RenderOptions, 'format'> = {},
): Promise<RunArtifact> {
  return {
    kind: 'panel',
    step,
    fileName: 'panel.png',
    contentType: 'image/png',
    data: await renderPanel(log, { ...options, format: 'png' }),
  };
}
