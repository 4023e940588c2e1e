/**
 * Diagonal-curvature quantities (cost class C3): HessTrace, TICDiag, TICTrace. The curvature is
 * the exact Hessian diagonal ('diag_h', default), the exact GGN diagonal ('diag_ggn_exact') or
 * its one-sample Monte-Carlo estimate ('diag_ggn_mc'), of the mean loss.
 */
import * as tf from '@tensorflow/tfjs';
import { CURVATURE_KINDS, type CurvatureKind } from '../engine/curvature.js';
import { CockpitConfigError } from '../errors.js';
import type { Schedule } from '../schedules.js';
import { Quantity, type StepContext } from './quantity.js';

function checkCurvature(name: string, curvature: string): CurvatureKind {
  if (!(CURVATURE_KINDS as readonly string[]).includes(curvature)) {
    throw new CockpitConfigError(
      `${name}: option curvature must be one of ${CURVATURE_KINDS.join(', ')}, got "${curvature}"`,
    );
  }
  return curvature as CurvatureKind;
}

/** HessTrace: Σ_i h_i⁽ᵖ⁾ per parameter tensor. */
export class HessTrace extends Quantity {
  readonly name = 'HessTrace';
  readonly curvature: CurvatureKind;
  constructor(schedule: Schedule, curvature: string = 'diag_h') {
    super(schedule);
    this.curvature = checkCurvature(this.name, curvature);
  }
  override options() {
    return { curvature: this.curvature };
  }
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step)) return;
    const traces = tf.tidy(() =>
      tf.stack(
        ctx
          .stats()
          .diagCurvature(this.curvature)
          .map((h) => tf.sum(h)),
      ),
    );
    ctx.read([traces], ([v]) => ctx.store(ctx.step, Array.from(v)));
  }
}

abstract class TIC extends Quantity {
  readonly curvature: CurvatureKind;
  constructor(
    schedule: Schedule,
    curvature: string = 'diag_h',
    readonly epsilon = 1e-7,
  ) {
    super(schedule);
    this.curvature = checkCurvature(new.target.name, curvature);
  }
  override options() {
    return { curvature: this.curvature, epsilon: this.epsilon };
  }
  /** M_d = (1/N) Σ_n g_nd² and h per parameter. */
  protected moments(ctx: StepContext): { m: tf.Tensor[]; h: tf.Tensor[] } {
    const s = ctx.stats();
    return {
      m: s.sumGradSquared().map((sq) => tf.div(sq, s.n)),
      h: s.diagCurvature(this.curvature),
    };
  }
}

/** TICDiag: Σ_d M_d / (h_d + ε). */
export class TICDiag extends TIC {
  readonly name = 'TICDiag';
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step)) return;
    const v = tf.tidy(() => {
      const { m, h } = this.moments(ctx);
      return tf.addN(m.map((mi, i) => tf.sum(tf.div(mi, tf.add(h[i], this.epsilon)))));
    });
    ctx.read([v], ([[x]]) => ctx.store(ctx.step, x));
  }
}

/** TICTrace: Σ_d M_d / (Σ_d h_d + ε). */
export class TICTrace extends TIC {
  readonly name = 'TICTrace';
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step)) return;
    const [m, h] = tf.tidy(() => {
      const { m, h } = this.moments(ctx);
      return [tf.addN(m.map((x) => tf.sum(x))), tf.addN(h.map((x) => tf.sum(x)))];
    });
    ctx.read([m, h], ([[mv], [hv]]) => ctx.store(ctx.step, mv / (hv + this.epsilon)));
  }
}
