/**
 * `torch.linspace` as the reference's histogram edges were produced (spec §2.7), in two flavours:
 *
 * - {@link linspaceTorch}: a bit-exact replay of torch 1.13's CPU kernel for float64 on AVX2
 *   machines, which is what generated the golden case files (verified: all edges of all three
 *   cases equal). That kernel is vectorised: blocks of 4 values start at a base computed with a
 *   fused multiply-add (`start + step·idx`, contracted by GCC) and continue as `base + j·step`
 *   (not fused). Its values differ from the plain formula by an ulp at about 40 % of positions.
 * - {@link linspaceSpec32}: the plain two-sided formula of spec §2.7 evaluated in float32 (the
 *   scalar kernel newer torch versions use for every dtype).
 *
 * Edges are only reported, never used for binning, so the flavours matter for bit-exact output only.
 */
import { fma } from './fma.js';

/** Lanes of an AVX2 float64 vector in torch's `Vectorized<double>`. */
const VEC = 4;

/**
 * torch 1.13 CPU `torch.linspace(start, end, steps, dtype=torch.float64)` on an AVX2 build,
 * bit for bit: `step = (end − start)/(steps − 1)`; index `i < ⌊steps/2⌋` gives
 * `start + step·i`, else `end − step·(steps − 1 − i)`; evaluated through torch's vectorised loop
 * (pairs of 4-lane vectors, then a scalar tail).
 */
export function linspaceTorch(start: number, end: number, steps: number): Float64Array {
  if (!Number.isInteger(steps) || steps < 0) {
    throw new RangeError(`linspace: option "steps" must be an integer >= 0, got ${steps}`);
  }
  const out = new Float64Array(steps);
  if (steps === 0) return out;
  if (steps === 1) {
    // torch fills a single value with `start` (linspace_out's steps == 1 branch).
    out[0] = start;
    return out;
  }
  const step = (end - start) / (steps - 1);
  const halfway = Math.floor(steps / 2);
  // GCC contracts `start + step * idx` and `end - step * n` into FMAs in the AVX2 kernel.
  const scalarAt = (idx: number): number =>
    idx < halfway ? fma(step, idx, start) : fma(-step, steps - idx - 1, end);
  let i = 0;
  // cpu_serial_kernel_vec: each iteration fills two vectors, each from its own base.
  for (; i <= steps - 2 * VEC; i += 2 * VEC) {
    for (const blockStart of [i, i + VEC]) {
      const base = scalarAt(blockStart);
      for (let j = 0; j < VEC; j++) out[blockStart + j] = base + j * step;
    }
  }
  for (; i < steps; i++) out[i] = scalarAt(i);
  return out;
}

/**
 * The linspace rule of spec §2.7 evaluated in float32: `step = (hi − lo)/(steps − 1)`, then
 * `lo + i·step` for `i < ⌊steps/2⌋`, else `hi − (steps − 1 − i)·step`, every operation rounded
 * to float32.
 */
export function linspaceSpec32(start: number, end: number, steps: number): Float32Array {
  if (!Number.isInteger(steps) || steps < 0) {
    throw new RangeError(`linspace: option "steps" must be an integer >= 0, got ${steps}`);
  }
  const f = Math.fround;
  const out = new Float32Array(steps);
  if (steps === 0) return out;
  const lo = f(start);
  const hi = f(end);
  if (steps === 1) {
    out[0] = lo;
    return out;
  }
  const step = f(f(hi - lo) / (steps - 1));
  const halfway = Math.floor(steps / 2);
  for (let i = 0; i < steps; i++) {
    out[i] = i < halfway ? f(lo + f(step * i)) : f(hi - f(step * (steps - 1 - i)));
  }
  return out;
}
