/**
 * The Alpha quantity's noise-aware quadratic fit and its normalised step length α, in float64,
 * replaying `_fit_quadratic` and `_get_alpha` of the reference (spec §2.13).
 */
import { invert, matmul, matvec, transpose, type Matrix } from './linalg.js';

export { unbiasedVariance } from './stats.js';

/** Observations at the start (x = 0) and end (x = τ) of one optimizer step. */
export interface AlphaFitInput {
  /** Length of the step, ‖θ_{t+1} − θ_t‖. */
  tau: number;
  /** Mini-batch losses (start, end). */
  f: [number, number];
  /** Mean projected gradients along the unit step direction (start, end). */
  df: [number, number];
  /** Unbiased variances of the individual losses (start, end). */
  varF: [number, number];
  /** Unbiased variances of the individual projected gradients (start, end). */
  varDf: [number, number];
}

/** Result of {@link fitAlpha}. */
export interface AlphaFitResult {
  /** Coefficients (μ₀, μ₁, μ₂) of q(x) = μ₀ + μ₁x + μ₂x², or null when the fit was singular. */
  mu: [number, number, number] | null;
  /**
   * α; −1 for a concave fit or τ = 0; null when the fit failed with τ ≠ 0 (the reference then
   * stores nothing for the step). May be NaN or ±Infinity exactly where numpy gives them.
   */
  alpha: number | null;
  /** The reference's warning texts, in the order it emits them. */
  warnings: string[];
}

/** The value the reference substitutes for a variance that is exactly 0. */
export const ZERO_VARIANCE_REPLACEMENT = 1e-10;

/** `0 in list` in Python compares with `==`, so -0 counts and NaN does not. */
function replaceZeros(pair: [number, number]): [number, number] {
  return pair.map((v) => (v === 0 ? ZERO_VARIANCE_REPLACEMENT : v)) as [number, number];
}

/**
 * Weighted least-squares fit of q(x) = μ₀ + μ₁x + μ₂x² to (f(0), f(τ), f'(0), f'(τ)) with
 * noise variances (varF, varDf): `W = inv(diag(v))`, `μ = inv(Φ W Φᵀ) @ Φ @ W @ y`, evaluated
 * left to right like the reference's numpy expression. μ is null when numpy would raise
 * `LinAlgError` (an exactly singular matrix — always the case for τ = 0).
 */
export function fitQuadratic(input: AlphaFitInput): {
  mu: [number, number, number] | null;
  warnings: string[];
} {
  const { tau: t } = input;
  const warnings: string[] = [];
  let { varF, varDf } = input;
  if (varF.some((v) => v === 0)) {
    warnings.push('The variance of f is 0, using a small value instead.');
    varF = replaceZeros(varF);
  }
  if (varDf.some((v) => v === 0)) {
    warnings.push('The variance of df is 0, using a small value instead.');
    varDf = replaceZeros(varDf);
  }
  if (t === 0) warnings.push('The two observations were (almost) at the same point.');

  // Rows of Φᵀ: how each observation sees (μ₀, μ₁, μ₂). `t ** 2` in Python is t*t exactly.
  const phiT: Matrix = [
    [1, 0, 0],
    [1, t, t * t],
    [0, 1, 0],
    [0, 1, 2 * t],
  ];
  const phi = transpose(phiT);
  const v = [...varF, ...varDf];
  const y = [...input.f, ...input.df];

  // The reference inverts diag(v) with a general inverse rather than taking 1/v; keep that.
  const diag: Matrix = v.map((vi, i) => v.map((_, j) => (i === j ? vi : 0)));
  const w = invert(diag);
  const failed = (): { mu: null; warnings: string[] } => {
    warnings.push("Couldn't compute a quadratic fit due to Singular matrix, returning None");
    return { mu: null, warnings };
  };
  if (w === null) return failed();
  const gram = matmul(matmul(phi, w), phiT);
  const gramInv = invert(gram);
  if (gramInv === null) return failed();
  const mu = matvec(matmul(matmul(gramInv, phi), w), y);
  return { mu: [mu[0]!, mu[1]!, mu[2]!], warnings };
}

/**
 * α from the fit (`_get_alpha`): no fit → −1 if τ = 0 else null; μ₂ < 0 (concave) → −1;
 * otherwise ᾱ = −μ₁/μ₂ and α = 2τ/ᾱ − 1 with IEEE semantics (μ₂ = 0 → −1, μ₁ = 0 < μ₂ → −∞).
 */
export function alphaFromFit(
  mu: readonly [number, number, number] | null,
  tau: number,
): number | null {
  if (mu === null) return tau === 0 ? -1 : null;
  if (mu[2] < 0) return -1;
  const alphaBar = -mu[1] / mu[2];
  return (2 * tau) / alphaBar - 1;
}

/**
 * The Alpha quantity's value for one (start, end) pair: {@link fitQuadratic} then
 * {@link alphaFromFit}. Pure float64; feed it plain numbers.
 */
export function fitAlpha(input: AlphaFitInput): AlphaFitResult {
  const { mu, warnings } = fitQuadratic(input);
  return { mu, alpha: alphaFromFit(mu, input.tau), warnings };
}
