/**
 * The fused histogram kernels (cpu, wasm) count exactly like the op-based reference binning of
 * core/math/histogram.ts, including zeros, NaN, ±Infinity, out-of-range values and values on
 * bin edges.
 */
import test from 'ava';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import {
  flatHistc,
  flatHistogram2d,
  outerHistc,
  outerHistogram2d,
} from '../../core/engine/histogram-kernels.js';
import { histc, histogram2d } from '../../core/math/histogram.js';

tf.enableProdMode();

function factors() {
  const a = tf.tidy(() => {
    const u = tf.randomNormal([7, 30], 0, 1, 'float32', 11);
    const edgy = tf.tensor2d([[0, -0, 0.25, 0.5, 1, 2, NaN, Infinity]], [1, 8]).tile([7, 1]);
    return tf.concat([tf.mul(u, tf.cast(tf.greater(u, -0.3), 'float32')), edgy], 1) as tf.Tensor2D;
  });
  const d = tf.tidy(
    () =>
      tf.concat(
        [
          tf.randomNormal([7, 20], 0, 1.5, 'float32', 12),
          tf.tensor2d([[0.5, -0.04, 1.96, NaN, -Infinity, 0]], [1, 6]).tile([7, 1]),
        ],
        1,
      ) as tf.Tensor2D,
  );
  const w = tf.randomNormal([38, 26], 0, 1.2, 'float32', 13);
  return { a, d, w };
}

for (const backend of ['cpu', 'wasm']) {
  test.serial(`[${backend}] fused 1-D counts equal the op-based histc`, async (t) => {
    t.true(await tf.setBackend(backend));
    const { a, d, w } = factors();
    const outer = tf.mul(a.expandDims(2), d.expandDims(1));
    for (const [bins, lo, hi] of [
      [100, -2, 2],
      [15, -0.75, 0.75],
      [7, -0.3, 1.1],
    ] as const) {
      t.deepEqual(
        Array.from(outerHistc(a, d, bins, lo, hi).dataSync()),
        Array.from(histc(outer, bins, lo, hi).dataSync()),
        `outer ${bins}`,
      );
      t.deepEqual(
        Array.from(flatHistc(outer, bins, lo, hi).dataSync()),
        Array.from(histc(outer, bins, lo, hi).dataSync()),
        `flat ${bins}`,
      );
    }
    // Narrow rows (typical gradients: one or a few bins per row) take the sorted-runs path.
    for (const scaleD of [1e-3, 0.03, 0.2]) {
      const dn = tf.mul(d, scaleD) as tf.Tensor2D;
      const on = tf.mul(a.expandDims(2), dn.expandDims(1));
      for (const [bins, lo, hi] of [
        [100, -2, 2],
        [40, -0.1, 0.1],
      ] as const) {
        t.deepEqual(
          Array.from(outerHistc(a, dn, bins, lo, hi).dataSync()),
          Array.from(histc(on, bins, lo, hi).dataSync()),
          `narrow ×${scaleD} ${bins}`,
        );
      }
      tf.dispose([dn, on]);
    }
    tf.dispose([a, d, w, outer]);
  });

  test.serial(`[${backend}] fused 2-D counts equal the op-based histogram2d`, async (t) => {
    t.true(await tf.setBackend(backend));
    const { a, d, w } = factors();
    const outer = tf.mul(a.expandDims(2), d.expandDims(1));
    // Narrow rows (one x-bin per row: the row-histogram path) and wide ones (entry by entry).
    // (finite d only: a sample with a non-finite d is always counted entry by entry)
    const dFinite = tf.slice(d, [0, 0], [7, 20]);
    const wFinite = tf.slice(w, [0, 0], [38, 20]);
    for (const scaleD of [1e-3, 0.05]) {
      const dn = tf.mul(dFinite, scaleD) as tf.Tensor2D;
      const on = tf.mul(a.expandDims(2), dn.expandDims(1));
      const refN = Array.from(histogram2d(on, wFinite, 40, 50, [-1, 1], [-2, 2]).dataSync());
      t.deepEqual(
        Array.from(outerHistogram2d(a, dn, wFinite, 40, 50, [-1, 1], [-2, 2]).dataSync()),
        refN,
        `narrow ×${scaleD}`,
      );
      tf.dispose([dn, on]);
    }
    for (const [bins, rx, ry] of [
      [
        [40, 50],
        [-1, 1],
        [-2, 2],
      ],
      [
        [9, 11],
        [-0.75, 0.75],
        [-1.5, 1.5],
      ],
    ] as [[number, number], [number, number], [number, number]][]) {
      const ref = Array.from(histogram2d(outer, w, bins[0], bins[1], rx, ry).dataSync());
      t.deepEqual(
        Array.from(outerHistogram2d(a, d, w, bins[0], bins[1], rx, ry).dataSync()),
        ref,
        `outer ${bins}`,
      );
      t.deepEqual(
        Array.from(flatHistogram2d(outer, w, bins[0], bins[1], rx, ry).dataSync()),
        ref,
        `flat ${bins}`,
      );
    }
    tf.dispose([a, d, w, outer]);
  });
}
