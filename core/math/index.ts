/**
 * Exact numerical building blocks shared by the quantities: numpy/Python-exact float64 helpers,
 * the Alpha fit, and on-device histograms with the reference's binning rules.
 */
export { fitAlpha, fitQuadratic, alphaFromFit, ZERO_VARIANCE_REPLACEMENT } from './alpha-fit.js';
export type { AlphaFitInput, AlphaFitResult } from './alpha-fit.js';
export { absMaxRange, histc, histogram2d, histogramEdges, histogramEdges64 } from './histogram.js';
export type { HistogramOptions } from './histogram.js';
export { linspaceSpec32, linspaceTorch } from './linspace.js';
export { invert, matmul, matvec, transpose } from './linalg.js';
export type { Matrix } from './linalg.js';
export { mean, numpySum, rootSumSquares, sum, unbiasedVariance } from './stats.js';
export { fma } from './fma.js';
