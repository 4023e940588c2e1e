/**
 * The time-series instruments (spec §6.4): Distance with UpdateSize, Gradient Norm, Max
 * Eigenvalue (log y), Trace, and TIC (TICDiag with TICTrace on a twin axis — the reference
 * crashes on that branch, we draw it).
 */
import { timeSeriesInstrument } from './common.js';

/** Distance from initialisation (left) and update size (right twin axis). */
export const distance = timeSeriesInstrument({
  name: 'distance',
  title: 'Distance',
  left: { column: 'Distance', label: 'Distance', axisTitle: 'Distance', kind: 'linear' },
  right: { column: 'UpdateSize', label: 'UpdateSize', axisTitle: 'Update size', kind: 'linear' },
  requireRight: true,
});

/** Total gradient norm ‖g‖. */
export const gradNorm = timeSeriesInstrument({
  name: 'gradnorm',
  title: 'Gradient Norm',
  left: { column: 'GradNorm', label: 'GradNorm', axisTitle: 'Gradient norm', kind: 'linear' },
});

/** Largest Hessian eigenvalue on a log axis (non-positive values cannot be drawn there). */
export const maxEV = timeSeriesInstrument({
  name: 'maxev',
  title: 'Max Eigenvalue',
  left: { column: 'HessMaxEV', label: 'HessMaxEV', axisTitle: 'Max eigenvalue', kind: 'log' },
});

/** Hessian trace, summed over parameters. */
export const trace = timeSeriesInstrument({
  name: 'trace',
  title: 'Trace',
  left: { column: 'HessTrace', label: 'HessTrace', axisTitle: 'Trace', kind: 'linear' },
});

/** Takeuchi information criterion: TICDiag, with TICTrace on a twin axis when logged. */
export const tic = timeSeriesInstrument({
  name: 'tic',
  title: 'TIC',
  left: { column: 'TICDiag', label: 'TICDiag', axisTitle: 'TICDiag', kind: 'linear' },
  right: { column: 'TICTrace', label: 'TICTrace', axisTitle: 'TICTrace', kind: 'linear' },
});
