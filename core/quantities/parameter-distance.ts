/** Quantities comparing parameter snapshots (cost class C1): Distance and UpdateSize. */
import * as tf from '@tensorflow/tfjs';
import { Quantity, type Need, type PostContext, type StepContext } from './quantity.js';

const perParameterNorms = (a: tf.Tensor[], b: tf.Tensor[]) =>
  tf.tidy(() => tf.stack(a.map((x, i) => tf.norm(tf.sub(x, b[i])))));

/**
 * Distance: ‖θ_t⁽ᵖ⁾ − θ_0⁽ᵖ⁾‖ per parameter. θ_0 is recorded at the first tracked training
 * step whatever the schedule (the reference requires step 0; we take the first step seen).
 */
export class Distance extends Quantity {
  readonly name = 'Distance';
  private origin: tf.Tensor[] | null = null;
  override needs(): Need[] {
    return [];
  }
  override pre(ctx: StepContext): void {
    if (!this.origin) this.origin = ctx.params.map((p) => tf.keep(p.clone()));
    if (!this.schedule(ctx.step)) return;
    ctx.read([perParameterNorms(ctx.params, this.origin)], ([v]) =>
      ctx.store(ctx.step, Array.from(v)),
    );
  }
  override dispose(): void {
    if (this.origin) tf.dispose(this.origin);
    this.origin = null;
  }
}

/**
 * UpdateSize: ‖θ_{t+1}⁽ᵖ⁾ − θ_t⁽ᵖ⁾‖ per parameter, the size of step t's update, stored at t.
 * Computed right after the update but, as in the reference, only committed once step t+1 runs:
 * the last step of a run has no value.
 */
export class UpdateSize extends Quantity {
  readonly name = 'UpdateSize';
  private pending: { step: number; value: number[] } | null = null;
  override needs(t: number): Need[] {
    return this.schedule(t) ? ['snapshot'] : [];
  }
  override pre(ctx: StepContext): void {
    if (this.pending && this.pending.step === ctx.step - 1)
      ctx.store(this.pending.step, this.pending.value);
    this.pending = null;
  }
  override post(ctx: PostContext): void {
    if (!this.schedule(ctx.step)) return;
    const step = ctx.step;
    ctx.read([perParameterNorms(ctx.after, ctx.before)], ([v]) => {
      this.pending = { step, value: Array.from(v) };
    });
  }
}
