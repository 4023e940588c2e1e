/**
 * Float64 helpers for the Python-side arithmetic of the reference (spec §1.4): sums of per-layer
 * floats, root-sum-of-squares of per-layer norms, numpy means and variances.
 *
 * The reference mixes two summation algorithms and they round differently, so both exist here:
 * Python's builtin `sum` is a plain left fold ({@link sum}); numpy's `sum`/`mean`/`var` use
 * pairwise summation ({@link numpySum}). Matching the right one keeps results bit-identical.
 */

/**
 * Python's builtin `sum(xs)` for floats (CPython ≤ 3.11, which torch 1.13 runs on): a left fold
 * starting at 0. (CPython 3.12 switched to compensated summation; the reference predates it.)
 */
export function sum(xs: ArrayLike<number>): number {
  let acc = 0;
  for (let i = 0; i < xs.length; i++) acc += xs[i]!;
  return acc;
}

/** numpy's block size for unrolled pairwise summation (`PW_BLOCKSIZE` in numpy's loops). */
const PW_BLOCKSIZE = 128;

function pairwise(xs: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    // numpy starts this branch from -0.0 so that a sum of negative zeros stays -0.0.
    let res = -0;
    for (let i = 0; i < n; i++) res += xs[start + i]!;
    return res;
  }
  if (n <= PW_BLOCKSIZE) {
    // Eight interleaved accumulators, combined as a balanced tree, then the tail: numpy's order.
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => xs[start + k]!);
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let k = 0; k < 8; k++) r[k]! += xs[start + i + k]!;
    }
    let res = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < n; i++) res += xs[start + i]!;
    return res;
  }
  // Split at a multiple of 8, as numpy does, so each half keeps the unrolled block layout.
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise(xs, start, n2) + pairwise(xs, start + n2, n - n2);
}

/**
 * numpy's float64 `np.sum` of a contiguous 1-D array: pairwise summation with numpy's exact
 * blocking, so results agree bit for bit with numpy.
 */
export function numpySum(xs: ArrayLike<number>): number {
  // The reduction starts from add's identity +0.0, so an empty or all-(−0) input sums to +0.
  return 0 + pairwise(xs, 0, xs.length);
}

/** numpy's `np.mean` of a 1-D float64 array (pairwise sum divided by the count); NaN when empty. */
export function mean(xs: ArrayLike<number>): number {
  return numpySum(xs) / xs.length;
}

/**
 * Unbiased sample variance (ddof = 1) as numpy's `np.var(xs, ddof=1)` computes it: mean, squared
 * deviations, pairwise sum, divided by N − 1. N = 1 gives NaN (numpy warns and returns NaN; Alpha
 * then becomes NaN, spec §8 pitfall 12). N = 0 gives NaN too.
 */
export function unbiasedVariance(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const m = mean(xs);
  const sq = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = xs[i]! - m;
    sq[i] = d * d;
  }
  return numpySum(sq) / (n - 1);
}

/**
 * The reference's `_root_sum_of_squares(list)`: `sum(el ** 2 for el in list) ** 0.5` with
 * Python floats. `x ** 2` and `s ** 0.5` are correctly rounded in CPython (glibc pow), which
 * `x * x` and `Math.sqrt` reproduce (`Math.pow(s, 0.5)` is not guaranteed to be).
 */
export function rootSumSquares(xs: ArrayLike<number>): number {
  let acc = 0;
  for (let i = 0; i < xs.length; i++) acc += xs[i]! * xs[i]!;
  return Math.sqrt(acc);
}
