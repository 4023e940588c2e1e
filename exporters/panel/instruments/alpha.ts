/**
 * Alpha Distribution (STEP SIZE, row 1; spec §6.4): the standardized parabola y = x² with the
 * start at −1, the minimum at 0 and the mirror point at 1, and on a twin axis the densities of
 * all α values (gray) and of the last 10 % (blue), μ in the legend, and arrows for values
 * outside [−1.5, 1.5].
 */
import { density, type Density } from '../density.js';
import {
  axis,
  fmt,
  frame,
  hline,
  label,
  legend,
  tooltip,
  valueScale,
  vline,
  type VegaNode,
} from '../marks.js';
import { ALL_ALPHA, PRIMARY, SECONDARY } from '../style.js';
import { countPresent, lastTenPercent } from '../table.js';
import type { Instrument } from './common.js';

/** The α axis limits of the reference. */
export const ALPHA_RANGE: [number, number] = [-1.5, 1.5];

const fmtMu = (m: number): string => (Number.isFinite(m) ? m.toFixed(2) : 'nan');

function densityMarks(
  name: string,
  d: Density,
  color: string,
  opacity: number,
  interactive: boolean,
): { data: VegaNode[]; marks: VegaNode[] } {
  const data: VegaNode[] = [
    // Bars are cut to the axis range (drawn x0c…x1c), so nothing lies outside the plot.
    {
      name: `${name}_bars`,
      values: d.bars
        .filter((b) => b.p > 0 && b.x1 > ALPHA_RANGE[0] && b.x0 < ALPHA_RANGE[1])
        .map((b) => ({
          ...b,
          x0c: Math.max(b.x0, ALPHA_RANGE[0]),
          x1c: Math.min(b.x1, ALPHA_RANGE[1]),
        })),
    },
    { name: `${name}_kde`, values: d.curve },
  ];
  const marks: VegaNode[] = [
    {
      type: 'rect',
      from: { data: `${name}_bars` },
      encode: {
        enter: {
          x: { scale: 'alpha_x', field: 'x0c' },
          x2: { scale: 'alpha_x', field: 'x1c' },
          y: { scale: 'alpha_d', field: 'p' },
          y2: { scale: 'alpha_d', value: 0 },
          fill: { value: color },
          fillOpacity: { value: opacity },
          stroke: { value: 'white' },
          strokeWidth: { value: 0.5 },
          ...(interactive
            ? {
                tooltip: tooltip([
                  ['α from', fmt('datum.x0')],
                  ['α to', fmt('datum.x1')],
                  ['probability', fmt('datum.p')],
                ]),
              }
            : {}),
        },
      },
    },
    {
      type: 'line',
      from: { data: `${name}_kde` },
      interactive: false,
      encode: {
        enter: {
          x: { scale: 'alpha_x', field: 'x' },
          y: { scale: 'alpha_d', field: 'y' },
          stroke: { value: color },
          strokeWidth: { value: 1.5 },
        },
      },
    },
  ];
  return { data, marks };
}

function outOfRange(values: number[]): { below: number; above: number } {
  let below = 0;
  let above = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    if (v < ALPHA_RANGE[0]) below++;
    else if (v > ALPHA_RANGE[1]) above++;
  }
  return { below, above };
}

export const alpha: Instrument = ({ table, rect, ctx }) => {
  const column = table.columns.Alpha;
  if (countPresent(column) < 2) return undefined;
  const all = column.filter((v) => !Number.isNaN(v));
  const last = lastTenPercent(column, table.steps.length);
  const dAll = density(all, ALPHA_RANGE);
  const dLast = density(last, ALPHA_RANGE);
  const g = frame('alpha', rect, 'Alpha Distribution');
  const maxD = Math.max(
    0.01,
    ...dAll.bars.map((b) => b.p),
    ...dAll.curve.filter((p) => p.x >= -1.5 && p.x <= 1.5).map((p) => p.y),
    ...dLast.bars.map((b) => b.p),
  );
  g.scales.push(
    valueScale('alpha_x', ALPHA_RANGE, 'linear', 'width'),
    valueScale('alpha_y', [0, 1.75]),
    valueScale('alpha_d', [0, maxD * 1.1]),
  );
  g.axes.push(
    axis('alpha_x', 'bottom', { title: 'Local step length α', tickCount: 7 }),
    axis('alpha_y', 'left', { title: 'Stand. loss', tickCount: 4 }),
    axis('alpha_d', 'right', { title: 'α density', tickCount: 4, format: '~g' }),
  );
  // y = x² up to the top of the axis (|x| ≤ √1.75), so the curve stays inside the plot.
  const reach = Math.sqrt(1.75);
  const parabola = Array.from({ length: 100 }, (_, i) => {
    const x = -reach + (2 * reach * i) / 99;
    return { x, y: x * x };
  });
  const data: VegaNode[] = [{ name: 'alpha_parabola', values: parabola }];
  g.marks.push(
    vline('alpha_x', -1),
    vline('alpha_x', 0),
    vline('alpha_x', 1),
    hline('alpha_y', 0),
    hline('alpha_y', 1, 0.5),
    {
      type: 'line',
      from: { data: 'alpha_parabola' },
      interactive: false,
      encode: {
        enter: {
          x: { scale: 'alpha_x', field: 'x' },
          y: { scale: 'alpha_y', field: 'y' },
          stroke: { value: SECONDARY },
          strokeWidth: { value: 2 },
        },
      },
    },
  );
  const a = densityMarks('alpha_all', dAll, ALL_ALPHA, 0.45, ctx.interactive);
  data.push(...a.data);
  g.marks.push(...a.marks);
  if (dLast.n > 0) {
    const l = densityMarks('alpha_last', dLast, PRIMARY, 0.5, ctx.interactive);
    data.push(...l.data);
    g.marks.push(...l.marks);
  }
  // Out-of-range markers (reference: arrows at x≈±1.75) sit at the plot edges, pointing outwards.
  const oAll = outOfRange(all);
  const oLast = outOfRange(last);
  const yMarker = rect.height * (1 - 0.3 / 1.75);
  const marker = (side: 'left' | 'right', count: number, color: string, dy: number): VegaNode[] => {
    const x = side === 'left' ? 9 : rect.width - 9;
    return [
      {
        type: 'symbol',
        interactive: false,
        encode: {
          enter: {
            x: { value: x },
            y: { value: yMarker + dy },
            shape: { value: side === 'left' ? 'triangle-left' : 'triangle-right' },
            size: { value: 60 },
            fill: { value: color },
          },
        },
      },
      label(String(count), x, yMarker + dy + 6, { size: 9, color, align: 'center' }),
    ];
  };
  if (oAll.below) g.marks.push(...marker('left', oAll.below, ALL_ALPHA, 0));
  if (oAll.above) g.marks.push(...marker('right', oAll.above, ALL_ALPHA, 0));
  if (oLast.below) g.marks.push(...marker('left', oLast.below, PRIMARY, -24));
  if (oLast.above) g.marks.push(...marker('right', oLast.above, PRIMARY, -24));
  g.marks.push(
    legend([
      { color: ALL_ALPHA, text: `all (μ=${fmtMu(dAll.mean)})` },
      { color: PRIMARY, text: `last 10 % (μ=${fmtMu(dLast.mean)})` },
    ]),
  );
  return { data, mark: g };
};
