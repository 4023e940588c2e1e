import test from 'ava';
import { mean, numpySum, rootSumSquares, sum, unbiasedVariance } from '../../core/math/stats.js';

/** Deterministic inputs whose sums depend on the summation order (big and small terms mixed). */
function inputs(n: number): number[] {
  return Array.from(
    { length: n },
    (_, k) => ((k * 7919) % 1000) / 7 - 50 + (k % 3 === 0 ? 1e8 : 0) + 0.1 * k,
  );
}

/** Values printed by numpy 2.4 (np.sum, np.mean, np.var(ddof=1)) and CPython 3.11 (sum, ** 0.5). */
const expected: Record<
  number,
  { numpySum: number; pySum: number; mean: number; var: number | null; rss: number }
> = {
  '1': { numpySum: 99999950, pySum: 99999950, mean: 99999950, var: null, rss: 99999950 },
  '2': {
    numpySum: 100000031.38571429,
    pySum: 100000031.38571429,
    mean: 50000015.692857146,
    var: 4999986861437202,
    rss: 99999950.00003313,
  },
  '5': {
    numpySum: 200000206.71428573,
    pySum: 200000206.71428573,
    mean: 40000041.342857145,
    var: 2999996287859915,
    rss: 141421362.20738032,
  },
  '8': {
    numpySum: 300000278.8,
    pySum: 300000278.8,
    mean: 37500034.85,
    var: 2678569369185375.5,
    rss: 173205099.50433716,
  },
  '9': {
    numpySum: 300000279.8857143,
    pySum: 300000279.8857143,
    mean: 33333364.431746032,
    var: 2499998479406377.5,
    rss: 173205099.50433716,
  },
  '17': {
    numpySum: 600000447.0285714,
    pySum: 600000447.0285714,
    mean: 35294143.94285714,
    var: 2426469127659656.5,
    rss: 244948990.9874289,
  },
  '100': {
    numpySum: 3400002502.1428566,
    pySum: 3400002502.142857,
    mean: 34000025.02142856,
    var: 2266666666668419,
    rss: 583095335.3834605,
  },
  '128': {
    numpySum: 4300003503.085714,
    pySum: 4300003503.085714,
    mean: 33593777.36785714,
    var: 2248400405980394,
    rss: 655744014.020088,
  },
  '129': {
    numpySum: 4300003556.171429,
    pySum: 4300003556.171429,
    mean: 33333360.90055371,
    var: 2239583136809793.5,
    rss: 655744014.0200901,
  },
  '300': {
    numpySum: 10000010935,
    pySum: 10000010935.000002,
    mean: 33333369.783333335,
    var: 2229654310879340.8,
    rss: 1000000350.643266,
  },
  '1000': {
    numpySum: 33400071307.14286,
    pySum: 33400071307.14286,
    mean: 33400071.30714286,
    var: 2226666657917593.25,
    rss: 1827567989.0449781,
  },
};

test('numpySum, mean and unbiasedVariance equal numpy bit for bit (pairwise summation)', (t) => {
  for (const [n, e] of Object.entries(expected)) {
    const xs = inputs(Number(n));
    t.is(numpySum(xs), e.numpySum, `sum n=${n}`);
    t.is(mean(xs), e.mean, `mean n=${n}`);
    if (e.var !== null) t.is(unbiasedVariance(xs), e.var, `var n=${n}`);
  }
});

test('sum equals Python builtin sum (left fold), which differs from numpy for some inputs', (t) => {
  for (const [n, e] of Object.entries(expected)) t.is(sum(inputs(Number(n))), e.pySum, `n=${n}`);
  t.not(sum(inputs(100)), numpySum(inputs(100)));
});

test('rootSumSquares equals the reference _root_sum_of_squares', (t) => {
  for (const [n, e] of Object.entries(expected))
    t.is(rootSumSquares(inputs(Number(n))), e.rss, `n=${n}`);
  t.is(rootSumSquares([3, 4]), 5);
  t.is(rootSumSquares([]), 0);
});

test('unbiasedVariance of fewer than two values is NaN, as numpy returns', (t) => {
  t.true(Number.isNaN(unbiasedVariance([1.5])));
  t.true(Number.isNaN(unbiasedVariance([])));
  t.is(unbiasedVariance([1, 2, 3, 4]), 5 / 3);
  t.is(unbiasedVariance(new Float32Array([2, 2, 2])), 0);
});

test('mean of an empty array is NaN and sums accept typed arrays', (t) => {
  t.true(Number.isNaN(mean([])));
  t.is(sum(new Float32Array([0.5, 0.25])), 0.75);
  t.is(numpySum(new Float64Array(0)), 0);
});
