/**
 * The exponential moving average the reference overlays on every time series:
 * pandas `Series.ewm(alpha=0.2, adjust=False).mean()` over the table column, NaN rows included
 * (spec §6.2). Replicates pandas' recursion exactly, so a NaN row repeats the previous average
 * and an observation after `m` NaN rows is weighted `(0.8^(m+1)·old + 0.2·x)/(0.8^(m+1) + 0.2)`.
 */

/** Smoothing factor of the reference's EMA (`ewm(alpha=0.2)`). */
export const EMA_ALPHA = 0.2;

/**
 * EMA of a column aligned with the table rows. Entries before the first observation are NaN;
 * afterwards every row (also a NaN row) has the running average.
 */
export function ema(column: ArrayLike<number>, alpha = EMA_ALPHA): number[] {
  const out: number[] = new Array(column.length);
  const keep = 1 - alpha;
  let weighted = NaN;
  let oldWeight = 1;
  for (let i = 0; i < column.length; i++) {
    const cur = column[i];
    const isObservation = !Number.isNaN(cur);
    if (i === 0) {
      weighted = cur;
    } else if (!Number.isNaN(weighted)) {
      // adjust=False, ignore_na=False: the old weight decays on every row, observed or not.
      oldWeight *= keep;
      if (isObservation) {
        if (weighted !== cur) weighted = (oldWeight * weighted + alpha * cur) / (oldWeight + alpha);
        oldWeight = 1;
      }
    } else if (isObservation) {
      weighted = cur;
    }
    out[i] = weighted;
  }
  return out;
}
