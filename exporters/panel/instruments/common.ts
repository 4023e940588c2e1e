/** What every instrument builder receives, and the shared twin-axis time-series instrument. */
import type { Rect } from '../layout.js';
import {
  axis,
  basicSeries,
  frame,
  seriesDomain,
  stepScale,
  valueScale,
  type BuildContext,
  type InstrumentSpec,
} from '../marks.js';
import { stepDomain, type ScaleKind } from '../series.js';
import { countPresent, type ColumnName, type PanelTable } from '../table.js';

export interface InstrumentInput {
  table: PanelTable;
  /** Plot area. */
  rect: Rect;
  /** Whole slot including room for titles and axes. */
  cell: Rect;
  ctx: BuildContext;
}

/** Builds an instrument, or returns undefined when its quantities are absent (empty slot). */
export type Instrument = (input: InstrumentInput) => InstrumentSpec | undefined;

export interface SeriesAxis {
  column: ColumnName;
  /** Tooltip label. */
  label: string;
  axisTitle: string;
  kind: ScaleKind;
}

/**
 * Steps a time series occupies: from its first observation to the last table row, since the
 * EMA runs through every later row (matplotlib's autoscale in the reference covers it too).
 */
export function seriesSteps(table: PanelTable, columns: ColumnName[]): [number, number] {
  const first = Math.min(...columns.map((c) => presentSteps(table, c)[0] ?? Infinity));
  const last = table.steps[table.steps.length - 1];
  return stepDomain(Number.isFinite(first) ? [first, last] : []);
}

/** Steps at which a column has a value. */
export function presentSteps(table: PanelTable, column: ColumnName): number[] {
  return table.steps.filter((_, i) => !Number.isNaN(table.columns[column][i]));
}

/**
 * The reference's basic time-series gauge: `left` on the left axis, optionally `right` on a
 * twin axis with reversed colormaps (Distance/UpdateSize, TICDiag/TICTrace). Drawn only when the
 * left column — and `right`, if `requireRight` — has at least one value.
 */
export function timeSeriesInstrument(o: {
  name: string;
  title: string;
  left: SeriesAxis;
  right?: SeriesAxis;
  requireRight?: boolean;
}): Instrument {
  return ({ table, rect, ctx }) => {
    const leftValues = table.columns[o.left.column];
    if (countPresent(leftValues) < 1) return undefined;
    const rightValues = o.right ? table.columns[o.right.column] : undefined;
    const hasRight = !!o.right && !!rightValues && countPresent(rightValues) > 0;
    if (o.requireRight && !hasRight) return undefined;
    const leftDomain = seriesDomain(leftValues, o.left.kind);
    if (!leftDomain) return undefined;
    const g = frame(o.name, rect, o.title);
    const columns = hasRight && o.right ? [o.left.column, o.right.column] : [o.left.column];
    const x = `${o.name}_x`;
    const yl = `${o.name}_yl`;
    g.scales.push(
      stepScale(x, seriesSteps(table, columns), ctx.stepKind),
      valueScale(yl, leftDomain, o.left.kind),
    );
    g.axes.push(
      axis(x, 'bottom', { title: 'Iteration', format: ',d' }),
      axis(yl, 'left', { title: o.left.axisTitle, grid: true }),
    );
    const data = [];
    const l = basicSeries(
      {
        id: `${o.name}_l`,
        label: o.left.label,
        steps: table.steps,
        values: leftValues,
        xScale: x,
        yScale: yl,
        yKind: o.left.kind,
      },
      ctx,
    );
    data.push(...l.data);
    g.scales.push(...l.scales);
    g.marks.push(...l.marks);
    if (hasRight && o.right && rightValues) {
      const rightDomain = seriesDomain(rightValues, o.right.kind);
      if (rightDomain) {
        const yr = `${o.name}_yr`;
        g.scales.push(valueScale(yr, rightDomain, o.right.kind));
        g.axes.push(axis(yr, 'right', { title: o.right.axisTitle }));
        const r = basicSeries(
          {
            id: `${o.name}_r`,
            label: o.right.label,
            steps: table.steps,
            values: rightValues,
            xScale: x,
            yScale: yr,
            yKind: o.right.kind,
            reversed: true,
          },
          ctx,
        );
        data.push(...r.data);
        g.scales.push(...r.scales);
        g.marks.push(...r.marks);
      }
    }
    return { data, mark: g };
  };
}
