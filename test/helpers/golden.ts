/** Compares a replay output with a golden case's `expected` using the case's own tolerance rules. */
import type { GoldenCase, ReplayOutput } from '../../core/replay.js';

const isNonFiniteMarker = (v: unknown) => v === 'NaN' || v === 'Infinity' || v === '-Infinity';
const isNonFinite = (v: unknown) =>
  v === null || isNonFiniteMarker(v) || (typeof v === 'number' && !Number.isFinite(v));

function flatten(v: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(v)) v.forEach((x) => flatten(x, out));
  else out.push(v);
  return out;
}

/** Returns a list of human-readable mismatches (empty when the output passes). */
export function compareWithGolden(c: GoldenCase, out: ReplayOutput): string[] {
  const problems: string[] = [];
  const tol = c.tolerance;
  for (const [name, expectedSteps] of Object.entries(c.expected)) {
    if (c.unsupported && name in c.unsupported) continue;
    const per = tol.perQuantity?.[name] ?? {};
    const rel = per.rel ?? tol.rel;
    const abs = per.abs ?? tol.abs;
    const got = out[name] ?? {};
    const expKeys = Object.keys(expectedSteps).sort();
    const gotKeys = Object.keys(got).sort();
    if (expKeys.join(',') !== gotKeys.join(',')) {
      problems.push(
        `${name}: steps ${JSON.stringify(gotKeys)} but expected ${JSON.stringify(expKeys)}`,
      );
      continue;
    }
    if (per.compareValues === false) continue;
    const numbersClose = (o: unknown, e: unknown, where: string) => {
      const a = flatten(o);
      const b = flatten(e);
      if (a.length !== b.length)
        return problems.push(`${where}: ${a.length} values, expected ${b.length}`);
      for (let i = 0; i < b.length; i++) {
        if (isNonFinite(b[i])) {
          if (!isNonFinite(a[i])) problems.push(`${where}[${i}]: ${a[i]} but expected ${b[i]}`);
          continue;
        }
        const x = a[i] as number;
        const y = b[i] as number;
        if (typeof x !== 'number' || !(Math.abs(x - y) <= abs + rel * Math.abs(y))) {
          problems.push(
            `${where}[${i}]: ${x} but expected ${y} (rel ${(Math.abs(x - y) / Math.abs(y)).toExponential(2)})`,
          );
        }
      }
    };
    for (const step of expKeys) {
      const e = expectedSteps[step] as unknown;
      const o = got[step] as unknown;
      const where = `${name}@${step}`;
      if (e !== null && typeof e === 'object' && !Array.isArray(e) && 'hist' in (e as object)) {
        const eh = flatten((e as { hist: unknown }).hist) as number[];
        const oh = flatten((o as { hist?: unknown })?.hist ?? []) as number[];
        if (eh.length !== oh.length) {
          problems.push(`${where}: ${oh.length} bins, expected ${eh.length}`);
          continue;
        }
        const total = eh.reduce((s, v) => s + v, 0);
        const l1 = eh.reduce((s, v, i) => s + Math.abs(v - oh[i]), 0);
        const limit = Math.max(tol.histogramCountL1Fraction * total, tol.histogramCountL1Abs);
        if (l1 > limit) problems.push(`${where}: histogram L1 distance ${l1} > ${limit}`);
        numbersClose(
          (o as { edges: unknown }).edges,
          (e as { edges: unknown }).edges,
          `${where}.edges`,
        );
      } else {
        numbersClose(o, e, where);
      }
    }
  }
  return problems;
}
