/**
 * Exact fused multiply-add for float64: `round(a·b + c)` with a single rounding, which compiled
 * C/C++ code emits when the compiler contracts `c + a * b` (GCC does by default on FMA-capable
 * targets). JavaScript has no `Math.fma`, so the exact sum is formed with BigInt. It is slow
 * (microseconds) and meant only for the handful of operations that must replay such code
 * bit for bit, e.g. torch's vectorised `linspace`.
 */

const scratch = new DataView(new ArrayBuffer(8));

/** `x = mantissa · 2^exponent` exactly, for a finite non-zero double. */
function decompose(x: number): [bigint, number] {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074; // subnormal
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  return [hi >>> 31 ? -mantissa : mantissa, exponent];
}

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

/** Rounds `mantissa · 2^exponent` to the nearest double, ties to even (subnormals included). */
function compose(mantissa: bigint, exponent: number): number {
  if (mantissa === 0n) return 0;
  const negative = mantissa < 0n;
  let m = negative ? -mantissa : mantissa;
  let e = exponent;
  // Keep 53 significant bits, fewer where the result is subnormal (exponent floor −1074).
  const shift = Math.max(bitLength(m) - 53, -1074 - e);
  if (shift > 0) {
    const s = BigInt(shift);
    const rem = m & ((1n << s) - 1n);
    const half = 1n << (s - 1n);
    m >>= s;
    e += shift;
    if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n;
  }
  // m ≤ 2^53 and e ≥ −1074, so both factors are exact and the product rounds only on overflow.
  const value = Number(m) * 2 ** e;
  return negative ? -value : value;
}

/** Exact `round(a·b + c)` in float64 (IEEE fused multiply-add). */
export function fma(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  if (a === 0 || b === 0) return a * b + c; // exact product: ordinary addition is already exact
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const mp = ma * mb;
  const ep = ea + eb;
  if (c === 0) return compose(mp, ep);
  const [mc, ec] = decompose(c);
  const e = Math.min(ep, ec);
  return compose((mp << BigInt(ep - e)) + (mc << BigInt(ec - e)), e);
}
