/**
 * HessMaxEV (cost class C4): the Hessian eigenvalue of largest magnitude — what the reference's
 * power iteration converges to — from Hessian-vector products of the mean loss at θ_t.
 *
 * Two methods:
 * - 'lanczos' (default, beyond the reference): Lanczos with full re-orthogonalisation, stopped
 *   when the eigenvalue error bound min(r, r²/gap) (r = ‖Hx − λx‖, gap to the other Ritz values)
 *   is ≤ atol + rtol·|λ| — a bound on the eigenvalue, not just a small change between iterations —
 *   and warm-started from the previous tracked step's Ritz vector. It needs far fewer products than power iteration, whose convergence depends on
 *   the gap between the two largest eigenvalues and can stop early on a slow plateau.
 * - 'power': the reference's power iteration (maxiter 100, rtol 1e-3, atol 1e-6, Uniform[0,1)
 *   start, stop when successive Rayleigh quotients agree), optionally warm-started too.
 * The products used are logged under `HessMaxEVIterations`.
 */
import * as tf from '@tensorflow/tfjs';
import type { Schedule } from '../schedules.js';
import { CockpitConfigError } from '../errors.js';
import { symmetricEigen } from '../math/symmetric-eigen.js';
import { Quantity, type StepContext } from './quantity.js';

export interface HessMaxEVOptions {
  method?: 'lanczos' | 'power';
  maxIterations?: number;
  rtol?: number;
  atol?: number;
  warmStart?: boolean;
  /** Seed of the random start vector (reproducible runs). */
  seed?: number;
}

type Vector = tf.Tensor[];

/** Products a cold-started Lanczos run makes before it may stop (a warm start needs 2). */
const COLD_MIN_ITERATIONS = 10;
const dot = (a: Vector, b: Vector) => tf.addN(a.map((x, i) => tf.sum(tf.mul(x, b[i]))));
const norm = (v: Vector) => tf.sqrt(dot(v, v));
const scale = (v: Vector, s: tf.Tensor | number) => v.map((x) => tf.mul(x, s));
const axpy = (y: Vector, a: tf.Tensor | number, x: Vector) =>
  y.map((yi, i) => tf.add(yi, tf.mul(a, x[i])));

interface Result {
  lambda: number;
  iterations: number;
  vector: Vector;
  converged: boolean;
}

export class HessMaxEV extends Quantity {
  readonly name = 'HessMaxEV';
  private previous: Vector | null = null;
  private draws = 0;
  /** Products used at the last tracked step. */
  lastIterations = 0;
  readonly opts: Required<Omit<HessMaxEVOptions, 'seed'>> & { seed?: number };

  constructor(schedule: Schedule, options: HessMaxEVOptions = {}) {
    super(schedule);
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    this.opts = {
      method: 'lanczos',
      maxIterations: 100,
      rtol: 1e-3,
      atol: 1e-6,
      warmStart: true,
      ...given,
    };
    if (!(Number.isInteger(this.opts.maxIterations) && this.opts.maxIterations >= 1)) {
      throw new CockpitConfigError(
        `HessMaxEV: option maxIterations must be an integer ≥ 1, got ${this.opts.maxIterations}`,
      );
    }
    if (this.opts.method !== 'lanczos' && this.opts.method !== 'power') {
      throw new CockpitConfigError(
        `HessMaxEV: option method must be 'lanczos' or 'power', got "${this.opts.method}"`,
      );
    }
  }

  override options() {
    return { ...this.opts };
  }

  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step)) return;
    const stats = ctx.stats();
    const hvp = (v: Vector) => stats.hvp(v);
    const warmed = this.opts.warmStart && this.previous !== null;
    const start = tf.tidy(() => {
      const s =
        this.opts.warmStart && this.previous
          ? this.previous
          : ctx.params.map((p, i) =>
              tf.randomUniform(
                p.shape,
                0,
                1,
                'float32',
                this.opts.seed === undefined ? undefined : this.opts.seed + 1000 * this.draws + i,
              ),
            );
      return scale(s, tf.div(1, norm(s)));
    });
    this.draws++;
    const result =
      this.opts.method === 'power' ? this.power(hvp, start) : this.lanczos(hvp, start, warmed);
    tf.dispose(start);
    if (!result.converged)
      ctx.warnOnce(
        'HessMaxEV:maxiter',
        `HessMaxEV: ${this.opts.method} did not converge in ${this.opts.maxIterations} Hessian-vector products`,
      );
    if (this.previous) tf.dispose(this.previous);
    this.previous = result.vector.map((x) => tf.keep(x));
    this.lastIterations = result.iterations;
    ctx.store(ctx.step, result.lambda);
    ctx.store(ctx.step, result.iterations, 'HessMaxEVIterations');
  }

  private converged(change: number, lambda: number) {
    return change <= this.opts.atol + this.opts.rtol * Math.abs(lambda);
  }

  /** The reference's power iteration (one scalar read per product for its stopping test). */
  private power(hvp: (v: Vector) => Vector, start: Vector): Result {
    let v = start.map((x) => x.clone());
    let lambdaOld = Infinity;
    let lambda = NaN;
    for (let it = 1; it <= this.opts.maxIterations; it++) {
      const [next, lam] = tf.tidy(() => {
        const w = hvp(v);
        return [scale(w, tf.div(1, norm(w))), dot(w, v)] as [Vector, tf.Tensor];
      });
      lambda = lam.dataSync()[0];
      lam.dispose();
      tf.dispose(v);
      v = next;
      if (this.converged(Math.abs(lambdaOld - lambda), lambda))
        return { lambda, iterations: it, vector: v, converged: true };
      lambdaOld = lambda;
    }
    return { lambda, iterations: this.opts.maxIterations, vector: v, converged: false };
  }

  /** Lanczos with full re-orthogonalisation; two scalars read per product. */
  private lanczos(hvp: (v: Vector) => Vector, start: Vector, warm: boolean): Result {
    const basis: Vector[] = [start.map((x) => x.clone())];
    const alphas: number[] = [];
    const betas: number[] = [];
    let best = { lambda: NaN, y: [1] as number[], residual: Infinity };
    const finish = (iterations: number, converged: boolean): Result => {
      const vector = tf.tidy(() => {
        let x = scale(basis[0], best.y[0]);
        for (let i = 1; i < best.y.length; i++) x = axpy(x, best.y[i], basis[i]);
        return scale(x, tf.div(1, norm(x)));
      });
      basis.forEach((q) => tf.dispose(q));
      return { lambda: best.lambda, iterations, vector, converged };
    };
    const m = Math.min(
      this.opts.maxIterations,
      start.reduce((s, p) => s + p.size, 0),
    );
    const minIterations = Math.min(m, warm ? 2 : COLD_MIN_ITERATIONS);
    for (let j = 0; j < m; j++) {
      const q = basis[j];
      const [w, alphaT] = tf.tidy(() => {
        let w = hvp(q);
        const alpha = dot(q, w);
        // Full re-orthogonalisation against every basis vector (twice is enough in float32).
        for (let pass = 0; pass < 2; pass++)
          for (const b of basis) w = axpy(w, tf.neg(dot(b, w)), b);
        return [w, alpha] as [Vector, tf.Tensor];
      });
      const betaT = tf.tidy(() => norm(w));
      const [alpha, beta] = [alphaT.dataSync()[0], betaT.dataSync()[0]];
      tf.dispose([alphaT]);
      alphas.push(alpha);
      const size = alphas.length;
      const t = Array.from({ length: size }, (_, r) =>
        Array.from({ length: size }, (_, c) =>
          r === c ? alphas[r] : Math.abs(r - c) === 1 ? betas[Math.min(r, c)] : 0,
        ),
      );
      const { values, vectors } = symmetricEigen(t);
      const pick = Math.abs(values[0]) > Math.abs(values[size - 1]) ? 0 : size - 1;
      const residual = Math.abs(beta * vectors[pick][size - 1]);
      // Eigenvalue error bound: ≤ residual always; ≤ residual²/gap (Kato–Temple) with the gap to
      // the other Ritz values as the gap estimate once there are two.
      const gap = Math.min(
        ...values.filter((_, i) => i !== pick).map((v) => Math.abs(v - values[pick])),
      );
      best = {
        lambda: values[pick],
        y: vectors[pick],
        residual: size > 1 && gap > 0 ? Math.min(residual, (residual * residual) / gap) : residual,
      };
      if (!Number.isFinite(beta) || !Number.isFinite(alpha)) {
        tf.dispose([w, betaT]);
        return finish(j + 1, false);
      }
      // A cold start must first build a Krylov space large enough to hold the extreme
      // eigenvalues: a converged Ritz pair after two or three products can be an interior one.
      if ((j + 1 >= minIterations || beta < 1e-12) && this.converged(best.residual, best.lambda)) {
        tf.dispose([w, betaT]);
        return finish(j + 1, true);
      }
      betas.push(beta);
      basis.push(tf.tidy(() => scale(w, tf.div(1, betaT))));
      tf.dispose([w, betaT]);
    }
    return finish(m, best.residual <= this.opts.atol + this.opts.rtol * Math.abs(best.lambda));
  }

  override dispose(): void {
    if (this.previous) tf.dispose(this.previous);
    this.previous = null;
  }
}
