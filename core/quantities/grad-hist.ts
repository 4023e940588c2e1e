/**
 * GradHist1d and GradHist2d (cost class C2): histograms of all individual gradient elements
 * (and, for 2-D, the value of the parameter entry each belongs to), counted on device with the
 * reference's binning (core/math/histogram.ts), summed over parameters. Optional bin adaptation
 * (GradAbsMax / ParamAbsMax, spec §2.9) changes the range from the step after it ran.
 */
import * as tf from '@tensorflow/tfjs';
import { absMaxRange, histogramEdges64 } from '../math/histogram.js';
import type { Schedule } from '../schedules.js';
import { CockpitConfigError } from '../errors.js';
import { Quantity, type Need, type StepContext } from './quantity.js';
import type { NestedNumbers } from '../record.js';
import { nest } from './simple.js';

/** A bin adaptation policy for one axis. */
export interface BinAdaptation {
  policy: 'GradAbsMax' | 'ParamAbsMax';
  schedule: Schedule;
  padding?: number;
  minSize?: number;
}

function checkRange(name: string, option: string, range: readonly [number, number]) {
  if (!Array.isArray(range) || range.length !== 2 || !(range[0] < range[1])) {
    throw new CockpitConfigError(
      `${name}: option ${option} must be [lo, hi] with lo < hi, got ${JSON.stringify(range)}`,
    );
  }
}
function checkBins(name: string, option: string, bins: number) {
  if (!Number.isInteger(bins) || bins < 1)
    throw new CockpitConfigError(`${name}: option ${option} must be an integer ≥ 1, got ${bins}`);
}

/** New range from an adaptation policy at step t (reads one scalar synchronously: rare). */
function adaptedRange(ctx: StepContext, adapt: BinAdaptation): [number, number] {
  const m = tf.tidy(() => {
    if (adapt.policy === 'ParamAbsMax')
      return tf.max(tf.stack(ctx.params.map((p) => tf.max(tf.abs(p)))));
    let best: tf.Tensor = tf.scalar(0);
    ctx.stats().forEachIndividualGradient((_p, chunk) => {
      const next = tf.maximum(best, tf.max(tf.abs(chunk)));
      best.dispose();
      best = tf.keep(next);
    });
    return best;
  });
  const value = m.dataSync()[0];
  m.dispose();
  return absMaxRange(value, adapt.padding ?? 0, adapt.minSize ?? 1e-6);
}

export interface GradHist1dOptions {
  bins?: number;
  range?: [number, number];
  adapt?: BinAdaptation | null;
}

export class GradHist1d extends Quantity {
  readonly name = 'GradHist1d';
  bins: number;
  range: [number, number];
  readonly adapt: BinAdaptation | null;
  constructor(schedule: Schedule, options: GradHist1dOptions = {}) {
    super(schedule);
    this.bins = options.bins ?? 100;
    this.range = options.range ?? [-2, 2];
    this.adapt = options.adapt ?? null;
    checkBins(this.name, 'bins', this.bins);
    checkRange(this.name, 'range', this.range);
  }
  override options() {
    return { bins: this.bins, range: this.range, adapt: this.adapt?.policy ?? null };
  }
  override needs(t: number): Need[] {
    return this.schedule(t) || (this.adapt?.policy === 'GradAbsMax' && this.adapt.schedule(t))
      ? ['pass']
      : [];
  }
  override pre(ctx: StepContext): void {
    if (this.schedule(ctx.step)) {
      const [lo, hi] = this.range;
      const counts = ctx.stats().histogram1d(this.bins, lo, hi);
      const edges = Array.from(histogramEdges64(lo, hi, this.bins));
      ctx.read([counts], ([h]) => ctx.store(ctx.step, { hist: Array.from(h), edges }));
    }
    if (this.adapt?.schedule(ctx.step)) this.range = adaptedRange(ctx, this.adapt);
  }
}

export interface GradHist2dOptions {
  bins?: [number, number];
  range?: [[number, number], [number, number]];
  adapt?: [BinAdaptation | null, BinAdaptation | null];
}

export class GradHist2d extends Quantity {
  readonly name = 'GradHist2d';
  readonly bins: [number, number];
  range: [[number, number], [number, number]];
  readonly adapt: [BinAdaptation | null, BinAdaptation | null];
  constructor(schedule: Schedule, options: GradHist2dOptions = {}) {
    super(schedule);
    this.bins = options.bins ?? [40, 50];
    this.range = options.range ?? [
      [-1, 1],
      [-2, 2],
    ];
    this.adapt = options.adapt ?? [null, null];
    checkBins(this.name, 'bins[0]', this.bins[0]);
    checkBins(this.name, 'bins[1]', this.bins[1]);
    checkRange(this.name, 'range[0]', this.range[0]);
    checkRange(this.name, 'range[1]', this.range[1]);
  }
  override options() {
    return { bins: this.bins, range: this.range, adapt: this.adapt.map((a) => a?.policy ?? null) };
  }
  override needs(t: number): Need[] {
    const adaptNeedsPass = this.adapt.some((a) => a?.policy === 'GradAbsMax' && a.schedule(t));
    return this.schedule(t) || adaptNeedsPass ? ['pass'] : [];
  }
  override pre(ctx: StepContext): void {
    if (this.schedule(ctx.step)) {
      const [bx, by] = this.bins;
      const counts = ctx.stats().histogram2d(this.bins, this.range[0], this.range[1]);
      const edges: [number[], number[]] = [
        Array.from(histogramEdges64(this.range[0][0], this.range[0][1], bx)),
        Array.from(histogramEdges64(this.range[1][0], this.range[1][1], by)),
      ];
      const asFloat = tf.cast(counts, 'float32');
      counts.dispose();
      ctx.read([asFloat], ([h]) =>
        ctx.store(ctx.step, { hist: nest(h, [bx, by]) as NestedNumbers[] as number[][], edges }),
      );
    }
    this.adapt.forEach((a, axis) => {
      if (a?.schedule(ctx.step)) this.range[axis] = adaptedRange(ctx, a);
    });
  }
}
