/**
 * Alpha: the normalised step length of a noise-aware quadratic fit along the update (spec §2.13).
 *
 * Start point (step t, batch t, θ_t) and end point (step t+1, batch t+1, θ_{t+1}) each give the
 * loss, the unbiased variance of the per-sample losses, and the mean and unbiased variance of the
 * per-sample directional derivatives ⟨g_n, s⟩/‖s‖ along the ACTUAL update s = θ_{t+1} − θ_t
 * (the reference's general path; for plain SGD it equals its SGD path to float32 round-off).
 * The start projections are formed right after the update, while batch t's pass is still alive,
 * so no individual gradients are cached. The value is stored under t once step t+1 has run.
 */
import * as tf from '@tensorflow/tfjs';
import { fitAlpha, unbiasedVariance } from '../math/alpha-fit.js';
import { Quantity, type Need, type PostContext, type StepContext } from './quantity.js';

interface PointStats {
  f: number;
  varF: number;
  df: number;
  varDf: number;
}

export class Alpha extends Quantity {
  readonly name = 'Alpha';
  /** Per pair started at step t: the direction s (kept), τ, and the start observations once read. */
  private open: {
    step: number;
    direction: tf.Tensor[];
    tau: number | null;
    start: PointStats | null;
  } | null = null;

  override needs(t: number): Need[] {
    const needs: Need[] = [];
    if (this.schedule(t) || this.schedule(t - 1)) needs.push('pass');
    if (this.schedule(t)) needs.push('snapshot');
    return needs;
  }

  /** Reads loss statistics and projections on `direction`/τ for one point. */
  private observe(
    ctx: StepContext,
    direction: tf.Tensor[],
    tauTensor: tf.Scalar,
    done: (p: PointStats, tau: number) => void,
  ) {
    const s = ctx.stats();
    const proj = tf.tidy(() => tf.div(tf.addN(s.innerProducts(direction)), tauTensor));
    ctx.read(
      [s.loss.clone(), s.perSampleLoss.clone(), proj, tauTensor],
      ([[f], losses, df, [tau]]) => {
        let mean = 0;
        for (const v of df) mean += v;
        mean /= df.length;
        done({ f, varF: unbiasedVariance(losses), df: mean, varDf: unbiasedVariance(df) }, tau);
      },
    );
  }

  override pre(ctx: StepContext): void {
    const pair = this.open;
    if (!pair) return;
    if (pair.step !== ctx.step - 1 || !pair.start) {
      // A pair whose end point is not this step (or whose start was never observed) is dropped.
      this.releaseDirection();
      return;
    }
    // End point of the pair started at t − 1: batch t at θ_t = θ_{(t−1)+1}.
    const tauTensor = tf.tidy(
      () => tf.sqrt(tf.addN(pair.direction.map((d) => tf.sum(tf.square(d))))) as tf.Scalar,
    );
    try {
      this.observe(ctx, pair.direction, tauTensor, (end, tau) => {
        const start = pair.start;
        if (!start) return;
        const { alpha, warnings } = fitAlpha({
          tau,
          f: [start.f, end.f],
          df: [start.df, end.df],
          varF: [start.varF, end.varF],
          varDf: [start.varDf, end.varDf],
        });
        warnings.forEach((w) => ctx.warnOnce(`Alpha:${w}`, `Alpha: ${w}`));
        if (alpha !== null) ctx.store(pair.step, alpha);
      });
    } finally {
      this.releaseDirection();
    }
  }

  override post(ctx: PostContext): void {
    this.releaseDirection();
    if (!this.schedule(ctx.step)) return;
    const stats = ctx.stats(); // before anything is kept: throws if the pass is missing
    void stats;
    const direction = ctx.after.map((a, i) => tf.keep(tf.sub(a, ctx.before[i])));
    const tauTensor = tf.tidy(
      () => tf.sqrt(tf.addN(direction.map((d) => tf.sum(tf.square(d))))) as tf.Scalar,
    );
    const pair = {
      step: ctx.step,
      direction,
      tau: null as number | null,
      start: null as PointStats | null,
    };
    this.open = pair;
    this.observe(ctx, direction, tauTensor, (start, tau) => {
      pair.start = start;
      pair.tau = tau;
    });
  }

  private releaseDirection() {
    if (this.open) tf.dispose(this.open.direction);
    this.open = null;
  }

  override dispose(): void {
    this.releaseDirection();
  }
}
