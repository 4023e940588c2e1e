import test from 'ava';
import { fma } from '../../core/math/fma.js';
import { linspaceSpec32, linspaceTorch } from '../../core/math/linspace.js';

test('fma rounds a·b + c once', (t) => {
  // 0.1·10 is 1 + 2^-54 exactly; a separate multiply would round it to 1 and return 0.
  t.is(fma(0.1, 10, -1), 5.551115123125783e-17);
  t.is(0.1 * 10 - 1, 0);
  const e = 2 ** -52;
  t.is(fma(1 + e, 1 + e, -1), 2 * e + e * e);
  t.is(fma(2, 3, 4), 10);
  t.is(fma(-2, 3, 6), 0);
  t.true(Object.is(fma(0, 5, -0), 0));
  t.is(fma(1e308, 10, -1e308), Infinity);
  t.is(fma(2 ** -1074, 0.5, 0), 0); // ties to even at the bottom of the subnormals
  t.is(fma(2 ** -1074, 1.5, 0), 2 ** -1073);
  t.true(Number.isNaN(fma(Number.NaN, 1, 1)));
  t.is(fma(Infinity, 1, 1), Infinity);
});

test('linspaceTorch hits both end points and replays torch 1.13 values, not the plain formula', (t) => {
  const v = linspaceTorch(-2, 2, 101);
  t.is(v[0], -2);
  t.is(v[100], 2);
  // Values of torch 1.13 (float64, AVX2) as in golden/mlp-ce-sgd.case.json. The plain formula
  // gives exactly 0 at index 50; the vectorised kernel's base + j·step does not.
  t.is(v[50], 4.163336342344337e-17);
  t.is(v[7], -1.7200000000000002);
  t.is(v[20], -1.2);
  t.is(v[93], 1.72);
  t.deepEqual(Array.from(linspaceTorch(0, 1, 5)), [0, 0.25, 0.5, 0.75, 1]);
});

test('linspaceSpec32 evaluates the spec formula in float32', (t) => {
  const v = linspaceSpec32(-2, 2, 101);
  t.is(v[0], -2);
  t.is(v[100], 2);
  t.is(v[7], Math.fround(Math.fround(-2) + Math.fround(Math.fround(0.04) * 7)));
  t.is(v[93], Math.fround(2 - Math.fround(Math.fround(0.04) * 7)));
  t.deepEqual(Array.from(linspaceSpec32(3, 5, 1)), [3]);
});

test('linspace rejects a negative or fractional count', (t) => {
  t.throws(() => linspaceTorch(0, 1, -1), { instanceOf: RangeError, message: /"steps"/ });
  t.throws(() => linspaceSpec32(0, 1, 2.5), { instanceOf: RangeError, message: /"steps"/ });
});
