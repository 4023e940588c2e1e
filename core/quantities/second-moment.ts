/**
 * Quantities of the per-entry second moment Σ_n g_n² (cost class C2): CABS, EarlyStopping,
 * MeanGSNR, with the reference's epsilons and divisors (spec §2.14–2.16).
 *
 * Deviation: CABS and EarlyStopping are defined for plain SGD only. The reference raises for any
 * other optimizer; we skip them (one warning) and training goes on.
 */
import * as tf from '@tensorflow/tfjs';
import { Quantity, type StepContext } from './quantity.js';

function totalEntries(ctx: StepContext): number {
  return ctx.params.reduce((s, p) => s + p.size, 0);
}

/**
 * Σ over every parameter entry of `perEntry(Σ_n g_n², g², N)` as one scalar (the three
 * quantities differ only in that expression).
 */
function sumOverEntries(
  ctx: StepContext,
  perEntry: (sumSquares: tf.Tensor, gradSquared: tf.Tensor, n: number) => tf.Tensor,
): tf.Scalar {
  const s = ctx.stats();
  const gradient = s.gradient();
  return tf.tidy(
    () =>
      tf.addN(
        s.sumGradSquared().map((sq, i) => tf.sum(perEntry(sq, tf.square(gradient[i]), s.n))),
      ) as tf.Scalar,
  );
}

/** A quantity with the reference's ε option. */
abstract class WithEpsilon extends Quantity {
  constructor(
    schedule: ConstructorParameters<typeof Quantity>[0],
    readonly epsilon = 1e-5,
  ) {
    super(schedule);
  }
  override options() {
    return { epsilon: this.epsilon };
  }
}

function requirePlainSgd(ctx: StepContext, name: string): boolean {
  if (ctx.optimizer.plainSgd) return true;
  ctx.warnOnce(
    `${name}:optimizer`,
    `${name} is only defined for plain SGD (tf.train.sgd); the optimizer is ${ctx.optimizer.className}, so ${name} is skipped`,
  );
  return false;
}

/** CABS: lr · Σ_d (Σ_n g_nd² − N g_d²) / (N · L), the batch size the CABS rule suggests. */
export class CABS extends Quantity {
  readonly name = 'CABS';
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step) || !requirePlainSgd(ctx, this.name)) return;
    const s = ctx.stats();
    const n = s.n;
    const total = sumOverEntries(ctx, (sq, g2) => tf.sub(sq, tf.mul(n, g2)));
    const lr = ctx.optimizer.learningRate;
    ctx.read([total, s.loss.clone()], ([[v], [loss]]) =>
      ctx.store(ctx.step, (lr * v) / (n * loss)),
    );
  }
}

/** EarlyStopping: 1 − N · mean_d g_d² / (σ̂_d² + ε), σ̂² the unbiased per-entry variance. */
export class EarlyStopping extends WithEpsilon {
  readonly name = 'EarlyStopping';
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step) || !requirePlainSgd(ctx, this.name)) return;
    const n = ctx.stats().n;
    const snr = sumOverEntries(ctx, (sq, g2) =>
      tf.div(g2, tf.add(tf.div(tf.sub(sq, tf.mul(n, g2)), n - 1), this.epsilon)),
    );
    const d = totalEntries(ctx);
    ctx.read([snr], ([[v]]) => ctx.store(ctx.step, 1 - (n * v) / d));
  }
}

/** MeanGSNR: mean_d g_d² / (M_d − g_d² + ε), M = (1/N) Σ_n g_n² (biased variance + ε). */
export class MeanGSNR extends WithEpsilon {
  readonly name = 'MeanGSNR';
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step)) return;
    const total = sumOverEntries(ctx, (sq, g2, n) =>
      tf.div(g2, tf.add(tf.sub(tf.div(sq, n), g2), this.epsilon)),
    );
    const d = totalEntries(ctx);
    ctx.read([total], ([[v]]) => ctx.store(ctx.step, v / d));
  }
}
