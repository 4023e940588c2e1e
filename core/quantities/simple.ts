/** Byproduct quantities (cost class C0): Loss, Time, Parameters, GradNorm. */
import * as tf from '@tensorflow/tfjs';
import type { NestedNumbers } from '../record.js';
import { Quantity, type Need, type StepContext } from './quantity.js';

/** Loss: the mini-batch loss L(θ_t) (mean of the per-sample losses). */
export class Loss extends Quantity {
  readonly name = 'Loss';
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step)) return;
    ctx.read([ctx.stats().loss], ([v]) => ctx.store(ctx.step, v[0]));
  }
}

/** Time: wall-clock seconds since the Unix epoch when step t was tracked. */
export class Time extends Quantity {
  readonly name = 'Time';
  override needs(): Need[] {
    return [];
  }
  override pre(ctx: StepContext): void {
    if (this.schedule(ctx.step)) ctx.store(ctx.step, Date.now() / 1000);
  }
}

/** Rebuilds nested lists of a shape from flat values (the reference's `tolist()`). */
export function nest(values: ArrayLike<number>, shape: number[]): NestedNumbers[] | number {
  if (shape.length === 0) return values[0];
  let offset = 0;
  const build = (dim: number): NestedNumbers[] => {
    const out: NestedNumbers[] = [];
    for (let i = 0; i < shape[dim]; i++)
      out.push(dim === shape.length - 1 ? values[offset++] : build(dim + 1));
    return out;
  };
  return build(0);
}

/** Parameters: every parameter tensor's values θ_t as nested lists (heavy; in no configuration). */
export class Parameters extends Quantity {
  readonly name = 'Parameters';
  override needs(): Need[] {
    return [];
  }
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step)) return;
    const copies = ctx.params.map((p) => p.clone());
    ctx.read(copies, (values) => {
      ctx.store(ctx.step, values.map((v, i) => nest(v, copies[i].shape)) as NestedNumbers[]);
      tf.dispose(copies);
    });
  }
}

/** GradNorm: ‖g⁽ᵖ⁾‖ of the mini-batch gradient per parameter tensor. */
export class GradNorm extends Quantity {
  readonly name = 'GradNorm';
  override pre(ctx: StepContext): void {
    if (!this.schedule(ctx.step)) return;
    const norms = tf.tidy(() =>
      tf.stack(
        ctx
          .stats()
          .gradient()
          .map((g) => tf.norm(g)),
      ),
    );
    ctx.read([norms], ([v]) => ctx.store(ctx.step, Array.from(v)));
  }
}
