/**
 * The gradient tests (cost class C2), logged as the threshold at which the sample version of
 * each test holds with equality, exactly as the reference computes them (spec §2.10–2.12):
 * NormTest (Byrd et al. 2012), InnerTest and OrthoTest (Bollapragada et al. 2017).
 *
 * Deviation: with one sample the variance estimate (divisor N − 1) does not exist; the reference
 * raises ZeroDivisionError, we store nothing and warn once.
 */
import * as tf from '@tensorflow/tfjs';
import { Quantity, type StepContext } from './quantity.js';

/** ‖g‖² from the batch gradient (on device). */
const gradSquaredNorm = (ctx: StepContext) =>
  tf.addN(
    ctx
      .stats()
      .gradient()
      .map((g) => tf.sum(tf.square(g))),
  );

function singleSample(ctx: StepContext, name: string): boolean {
  if (ctx.stats().n > 1) return false;
  ctx.warnOnce(
    `${name}:n=1`,
    `${name} needs a batch of at least 2 samples (got 1); it is not recorded for such steps`,
  );
  return true;
}

export class NormTest extends Quantity {
  readonly name = 'NormTest';
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step) || singleSample(ctx, this.name)) return;
    const n = ctx.stats().n;
    const [g2, sumSq] = tf.tidy(() => [
      gradSquaredNorm(ctx),
      tf.addN(
        ctx
          .stats()
          .sqNorms()
          .map((s) => tf.sum(s)),
      ),
    ]);
    ctx.read([g2, sumSq], ([[G2], [S]]) => {
      // V = (N² Σ a_n − N G2)/(N − 1) with a_n = ‖g_n‖²/N²;  θ = sqrt(V / N / G2)
      const v = (S - n * G2) / (n - 1);
      ctx.store(ctx.step, Math.sqrt(v / n / G2));
    });
  }
}

/** ⟨g_n, g⟩ = row sums of the Gram matrix / N, and ‖g_n‖² = its diagonal. */
function projections(ctx: StepContext): [tf.Tensor, tf.Tensor, tf.Tensor] {
  return tf.tidy(() => {
    const gram = ctx.stats().gram();
    const n = ctx.stats().n;
    return [gradSquaredNorm(ctx), tf.div(tf.sum(gram, 1), n), tf.sum(tf.mul(gram, tf.eye(n)), 1)];
  }) as [tf.Tensor, tf.Tensor, tf.Tensor];
}

export class InnerTest extends Quantity {
  readonly name = 'InnerTest';
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step) || singleSample(ctx, this.name)) return;
    const n = ctx.stats().n;
    const [g2, pi, diag] = projections(ctx);
    diag.dispose();
    ctx.read([g2, pi], ([[G2], p]) => {
      let sumPi2 = 0;
      for (const x of p) sumPi2 += x * x;
      const v = (sumPi2 - n * G2 * G2) / (n - 1);
      ctx.store(ctx.step, Math.sqrt(v / n / (G2 * G2)));
    });
  }
}

export class OrthoTest extends Quantity {
  readonly name = 'OrthoTest';
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step) || singleSample(ctx, this.name)) return;
    const n = ctx.stats().n;
    ctx.read(projections(ctx), ([[G2], p, a]) => {
      let sumA = 0;
      let sumPi2 = 0;
      for (let i = 0; i < n; i++) {
        sumA += a[i];
        sumPi2 += p[i] * p[i];
      }
      const v = (sumA - sumPi2 / G2) / (n - 1);
      ctx.store(ctx.step, Math.sqrt(v / n / G2));
    });
  }
}
