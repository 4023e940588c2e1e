/**
 * HessMaxEV (cost class C4): the Hessian eigenvalue of largest magnitude by power iteration with
 * Hessian-vector products, with the reference's tolerances (maxiter 100, rtol 1e-3, atol 1e-6)
 * and start distribution (Uniform[0,1), normalised).
 *
 * Beyond the reference: `warmStart` (default on) starts from the previous tracked step's
 * eigenvector, which usually converges in a few products instead of tens; the iterations used
 * are logged under `HessMaxEVIterations`.
 */
import * as tf from '@tensorflow/tfjs';
import type { Schedule } from '../schedules.js';
import { Quantity, type StepContext } from './quantity.js';
import { CockpitConfigError } from '../errors.js';

export interface HessMaxEVOptions {
  maxIterations?: number;
  rtol?: number;
  atol?: number;
  warmStart?: boolean;
  /** Seed of the random start vector (reproducible runs). */
  seed?: number;
}

const globalNorm = (v: tf.Tensor[]) => tf.sqrt(tf.addN(v.map((x) => tf.sum(tf.square(x)))));

export class HessMaxEV extends Quantity {
  readonly name = 'HessMaxEV';
  private previous: tf.Tensor[] | null = null;
  private draws = 0;
  /** Products used at the last tracked step. */
  lastIterations = 0;
  readonly opts: Required<Omit<HessMaxEVOptions, 'seed'>> & { seed?: number };
  constructor(schedule: Schedule, options: HessMaxEVOptions = {}) {
    super(schedule);
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    this.opts = { maxIterations: 100, rtol: 1e-3, atol: 1e-6, warmStart: true, ...given };
    if (!(Number.isInteger(this.opts.maxIterations) && this.opts.maxIterations >= 1)) {
      throw new CockpitConfigError(`HessMaxEV: option maxIterations must be an integer ≥ 1, got ${this.opts.maxIterations}`);
    }
  }
  override options() {
    return { ...this.opts };
  }
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step)) return;
    const stats = ctx.stats();
    let v = tf.tidy(() => {
      const start =
        this.opts.warmStart && this.previous
          ? this.previous
          : ctx.params.map((p, i) =>
              tf.randomUniform(p.shape, 0, 1, 'float32', this.opts.seed === undefined ? undefined : this.opts.seed + 1000 * this.draws + i),
            );
      const norm = globalNorm(start);
      return start.map((x) => tf.div(x, norm));
    });
    this.draws++;
    let lambdaOld = Infinity;
    let lambda = NaN;
    let iterations = 0;
    for (; iterations < this.opts.maxIterations; ) {
      iterations++;
      const [next, lam] = tf.tidy(() => {
        const w = stats.hvp(v);
        const l = tf.addN(w.map((wi, i) => tf.sum(tf.mul(wi, v[i]))));
        const norm = globalNorm(w);
        return [w.map((wi) => tf.div(wi, norm)), l] as [tf.Tensor[], tf.Tensor];
      });
      lambda = lam.dataSync()[0]; // one scalar per product: the convergence test needs it
      lam.dispose();
      tf.dispose(v);
      v = next;
      if (Math.abs(lambdaOld - lambda) <= this.opts.atol + this.opts.rtol * Math.abs(lambda)) break;
      lambdaOld = lambda;
    }
    if (iterations >= this.opts.maxIterations && !(Math.abs(lambdaOld - lambda) <= this.opts.atol + this.opts.rtol * Math.abs(lambda))) {
      ctx.warnOnce('HessMaxEV:maxiter', `HessMaxEV: power iteration did not converge in ${this.opts.maxIterations} iterations`);
    }
    if (this.previous) tf.dispose(this.previous);
    this.previous = v.map((x) => tf.keep(x));
    this.lastIterations = iterations;
    ctx.store(ctx.step, lambda);
    ctx.store(ctx.step, iterations, 'HessMaxEVIterations');
  }
  override dispose(): void {
    if (this.previous) tf.dispose(this.previous);
    this.previous = null;
  }
}
