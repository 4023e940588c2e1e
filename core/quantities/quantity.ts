/**
 * The quantity contract: each Cockpit quantity is one module that declares, per step, what it
 * needs from the engine, computes on device, and stores plain values under a step key.
 *
 * Lifecycle of step t (see core/cockpit.ts): `needs(t)` of every quantity decides whether the
 * extended pass runs (at θ_t, before the optimizer update) and whether θ_t is snapshotted;
 * `pre(ctx)` runs before the update, `post(ctx)` after it (θ_{t+1} known). Values reach the log
 * through `ctx.read` (one batched asynchronous read-back per step) and `ctx.store`.
 */
import type * as tf from '@tensorflow/tfjs';
import type { QuantityName, QuantityValue } from '../record.js';
import type { Schedule } from '../schedules.js';
import type { StepStatistics } from '../engine/engine.js';

/** What a quantity may ask of a step. */
export type Need = 'pass' | 'snapshot';

export interface OptimizerInfo {
  className: string;
  learningRate: number;
  /** SGD without momentum (tfjs `tf.train.sgd`): the only optimizer CABS/EarlyStopping accept. */
  plainSgd: boolean;
}

export interface StepContext {
  readonly step: number;
  /** The extended pass at θ_t on batch t; throws if no quantity declared 'pass' for this step. */
  stats(): StepStatistics;
  /** θ_t: the trainable parameters' current values before the update (do not dispose). */
  readonly params: tf.Tensor[];
  readonly optimizer: OptimizerInfo;
  /** Queues tensors for the step's batched read-back; they are kept and disposed after reading. */
  read(tensors: tf.Tensor[], resolve: (values: Float32Array[]) => void): void;
  /** Stores a value under a step key (possibly an earlier step). */
  store(step: number, value: QuantityValue, key?: string): void;
  /** Reports a problem once per key (no exception: training goes on). */
  warnOnce(key: string, message: string): void;
}

export interface PostContext extends StepContext {
  /** Snapshot of θ_t (only when 'snapshot' was declared). */
  readonly before: tf.Tensor[];
  /** θ_{t+1}, the values after the update (do not dispose). */
  readonly after: tf.Tensor[];
}

/** Base class: a named quantity with a tracking schedule. */
export abstract class Quantity {
  abstract readonly name: QuantityName;
  constructor(readonly schedule: Schedule) {}
  /** What the quantity needs at step t (default: the pass on its tracked steps). */
  needs(t: number): Need[] {
    return this.schedule(t) ? ['pass'] : [];
  }
  pre(_ctx: StepContext): void {}
  post(_ctx: PostContext): void {}
  /** Options to show in run metadata. */
  options(): Record<string, unknown> {
    return {};
  }
  /** Frees tensors held across steps. */
  dispose(): void {}
}
