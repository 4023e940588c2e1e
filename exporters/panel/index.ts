/** The Cockpit panel: spec builder (pure), renderers (SVG, PNG, HTML) and data preparation. */
export {
  buildPanelSpec,
  presentInstruments,
  panelTitle,
  INSTRUMENT_TITLES,
  DEFAULT_WIDTH,
  DEFAULT_HEIGHT,
  DEFAULT_MAX_POINTS,
  type PanelSpecOptions,
} from './spec.js';
export {
  renderPanel,
  writePanel,
  formatForPath,
  specToSvg,
  svgToPng,
  panelArtifact,
  type PanelFormat,
  type RenderOptions,
} from './render.js';
export { panelHtml } from './html.js';
export { buildTable, sliceTable, lastTenPercent, type PanelTable } from './table.js';
export { ema, EMA_ALPHA } from './ema.js';
export { logFromRecords } from './records.js';
export type { SlotName } from './layout.js';
