/**
 * Bounded per-series storage, the way TensorBoard samples: a reservoir of at most `capacity`
 * points that is a uniform sample of everything seen, always holds the most recent point, and
 * drops points that a restarted writer overwrites (preemption: a new point with step s evicts
 * every stored point with step >= s, as the Rust data server does, trackers.md B.5/B.6).
 */

/** One stored point of a time series. */
export interface Point<T> {
  step: number;
  wallTime: number;
  value: T;
}

/** Small deterministic PRNG (mulberry32) so sampling is reproducible in tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Reservoir sample of a series in step order. `capacity` 0 means unbounded (keep everything),
 * matching TensorBoard's `--samples_per_plugin name=0|all`.
 */
export class Reservoir<T> {
  private items: Point<T>[] = [];
  /** Points offered since the last preemption; drives the keep probability capacity/seen. */
  private seen = 0;
  private readonly random: () => number;

  constructor(
    readonly capacity: number,
    seed = 0,
  ) {
    if (!Number.isInteger(capacity) || capacity < 0)
      throw new Error(`reservoir capacity must be an integer >= 0, got ${capacity}`);
    this.random = seededRandom(seed);
  }

  /** Adds a point (after preempting stored points with step >= its step). */
  add(point: Point<T>): void {
    this.preempt(point.step);
    this.seen += 1;
    if (this.capacity === 0 || this.items.length < this.capacity) {
      this.items.push(point);
      return;
    }
    // Algorithm R with "always keep the last": the new point either replaces a random older one
    // (probability capacity/seen) or takes the place of the previous last point.
    const r = Math.floor(this.random() * this.seen);
    if (r < this.capacity) {
      this.items.splice(r, 1);
      this.items.push(point);
    } else {
      this.items[this.items.length - 1] = point;
    }
  }

  /** Drops stored points with step >= `step` (a writer went back in time, e.g. a resume). */
  private preempt(step: number): void {
    const items = this.items;
    if (items.length === 0 || items[items.length - 1]!.step < step) return;
    let keep = items.length;
    while (keep > 0 && items[keep - 1]!.step >= step) keep -= 1;
    items.length = keep;
    // Rescale the count so later points are kept with the right probability again.
    this.seen = Math.min(this.seen, keep);
  }

  /** Stored points in step order (do not mutate). */
  points(): readonly Point<T>[] {
    return this.items;
  }

  get size(): number {
    return this.items.length;
  }

  /** The most recent point, if any. */
  last(): Point<T> | undefined {
    return this.items[this.items.length - 1];
  }

  /** The stored point with exactly this step (binary search; steps are strictly increasing). */
  find(step: number): Point<T> | undefined {
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.items[mid]!.step;
      if (s === step) return this.items[mid];
      if (s < step) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

/**
 * Per-request downsampling: at most `numPoints` points, evenly spread, in order, always
 * including the last one (TensorBoard asks 1000 for scalars, 500 histograms, 10 images, 1 for
 * "latest value" queries). Deterministic, so repeated reads of unchanged data agree.
 */
export function downsample<T>(points: readonly T[], numPoints: number): T[] {
  const n = points.length;
  if (numPoints <= 0 || n === 0) return [];
  if (numPoints >= n) return points.slice();
  if (numPoints === 1) return [points[n - 1]!];
  const out: T[] = new Array(numPoints);
  // Indices round((n-1)·i/(k-1)) are strictly increasing for k <= n and end at n-1.
  for (let i = 0; i < numPoints; i++) out[i] = points[Math.round(((n - 1) * i) / (numPoints - 1))]!;
  return out;
}
