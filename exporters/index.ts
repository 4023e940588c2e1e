/** Exporters: the reference's JSON log, the Cockpit panel picture and the status report. */
export * from './json-log.js';
export * from './panel/index.js';
export {
  statusReport,
  formatReport,
  reportArtifact,
  RULES,
  type Finding,
  type Severity,
  type ReportOptions,
} from './status-report.js';
