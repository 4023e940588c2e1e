/**
 * Short markdown descriptions TensorBoard shows next to each Cockpit series (the meaning of each
 * instrument, from instruments.md 6.4), attached to the first value of a tag.
 */
import { ALPHA_BAND } from './layout.js';
import type { Describe } from './summaries.js';

const QUANTITY_TEXT: Record<string, string> = {
  Loss: 'Mini-batch training loss.',
  Alpha:
    'Normalized local step length on a noise-aware 1-D quadratic fit: −1 no progress, 0 the minimum, >1 the loss goes up (learning rate too large).',
  Distance: 'L2 distance of the parameters from their initialization.',
  UpdateSize: 'L2 norm of the parameter update of this step.',
  GradNorm: 'L2 norm of the mini-batch gradient.',
  NormTest: 'Norm test: gradient noise relative to the gradient norm; ≫ 1 means noise dominates.',
  InnerTest: 'Inner-product test: scatter of individual gradients along the mini-batch gradient.',
  OrthoTest:
    'Orthogonality test: scatter of individual gradients orthogonal to the mini-batch gradient.',
  HessMaxEV:
    'Largest Hessian eigenvalue (sharpness); gradient descent is stable for learning rates below 2/λmax.',
  HessTrace: 'Trace of the Hessian (overall curvature).',
  TICDiag: 'Takeuchi information criterion, diagonal approximation.',
  TICTrace: 'Takeuchi information criterion, trace approximation.',
  MeanGSNR: 'Mean gradient signal-to-noise ratio.',
  CABS: 'Batch size suggested by the CABS rule.',
  EarlyStopping: 'Evidence-based early-stopping criterion; stop once it becomes positive.',
  GradHist1d: 'Histogram of individual gradient elements (the Cockpit’s bins).',
  GradHist2d:
    'Gradient elements (rows, first bin at the top) against parameter values (columns), log10(count + 1).',
};

/** Description of a `cockpit/<Q>[/<layer>/<param>]` tag, undefined for other tags. */
export function describeTag(tag: string): Describe | undefined {
  if (tag === ALPHA_BAND.lower || tag === ALPHA_BAND.upper) {
    return {
      description: `Constant ${tag === ALPHA_BAND.lower ? 'lower' : 'upper'} edge of the Alpha band [−1, 1] (margin chart).`,
    };
  }
  const parts = tag.split('/');
  if (parts[0] !== 'cockpit' || parts.length < 2) return undefined;
  const text = QUANTITY_TEXT[parts[1]!];
  if (text === undefined) return undefined;
  const parameter = parts.slice(2).join('/');
  return { description: parameter ? `${text} Parameter tensor \`${parameter}\`.` : text };
}
