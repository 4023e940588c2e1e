/**
 * What the interactive HTML page needs in the browser, bundled into runtime.generated.ts by
 * build-runtime.ts: the same spec builder and status report as in Node.
 */
export { buildPanelSpec, INSTRUMENT_TITLES } from './spec.js';
export { sliceTable } from './table.js';
export { statusReport, formatReport } from '../status-report.js';
