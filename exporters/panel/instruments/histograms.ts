/**
 * The two histogram instruments (GRADIENTS, rows 2–3; spec §6.4), both showing the **latest**
 * histogram of the (selected) steps:
 * - Gradient Element Histogram: GradHist1d bars on a log y axis;
 * - Gradient/Parameter Element Histogram: GradHist2d as a heatmap of log10(count + 1) (rows are
 *   gradient bins with the first bin at the top, columns parameter bins), with the parameter
 *   marginal on top and the gradient marginal on the right (both log).
 */
import type { Rect } from '../layout.js';
import { axis, fmt, frame, tooltip, valueScale, type VegaNode } from '../marks.js';
import { paddedDomain } from '../series.js';
import { FONT, PRIMARY, ZERO_LINE } from '../style.js';
import type { Instrument } from './common.js';

export const gradHist1d: Instrument = ({ table, rect, ctx }) => {
  const latest = table.hist1d[table.hist1d.length - 1];
  if (!latest) return undefined;
  const { hist, edges } = latest.value;
  if (hist.length === 0 || edges.length !== hist.length + 1) return undefined;
  const width = edges[1] - edges[0];
  const bars = hist
    .map((c, i) => ({ mid: (edges[i] + edges[i + 1]) / 2, count: c }))
    .filter((b) => Number.isFinite(b.count) && b.count > 0)
    .map((b) => ({ ...b, x0: b.mid - width / 2, x1: b.mid + width / 2 }));
  const g = frame('hist1d', rect, `Gradient Element Histogram (step ${latest.step})`);
  const yd = paddedDomain(
    bars.map((b) => b.count),
    'log',
  ) ?? [0.5, 10];
  const yDomain: [number, number] = [Math.min(yd[0], 0.8), yd[1]];
  g.scales.push(
    valueScale('hist1d_x', [edges[0], edges[edges.length - 1]], 'linear', 'width'),
    valueScale('hist1d_y', yDomain, 'log'),
  );
  g.axes.push(
    axis('hist1d_x', 'bottom', { title: 'Gradient element value', format: '~g' }),
    axis('hist1d_y', 'left', { title: 'Frequency', format: '~s', tickCount: 4 }),
  );
  g.marks.push({
    type: 'rect',
    from: { data: 'hist1d_bars' },
    encode: {
      enter: {
        x: { scale: 'hist1d_x', field: 'x0' },
        x2: { scale: 'hist1d_x', field: 'x1' },
        y: { scale: 'hist1d_y', field: 'count' },
        y2: { field: { group: 'height' } },
        fill: { value: PRIMARY },
        ...(ctx.interactive
          ? {
              tooltip: tooltip([
                ['bin centre', fmt('datum.mid')],
                ['count', 'datum.count'],
              ]),
            }
          : {}),
      },
    },
  });
  return { data: [{ name: 'hist1d_bars', values: bars }], mark: g };
};

function bandScale(name: string, edges: number[], range: 'width' | 'height'): VegaNode {
  return valueScale(name, [edges[0], edges[edges.length - 1]], 'linear', range);
}

export const gradHist2d: Instrument = ({ table, rect, ctx }) => {
  const latest = table.hist2d[table.hist2d.length - 1];
  if (!latest) return undefined;
  const { hist, edges } = latest.value;
  const [gEdges, pEdges] = edges;
  if (
    hist.length === 0 ||
    gEdges.length !== hist.length + 1 ||
    pEdges.length !== (hist[0]?.length ?? 0) + 1
  )
    return undefined;
  const cells: VegaNode[] = [];
  let maxLog = 0;
  const pMarg = new Array<number>(pEdges.length - 1).fill(0);
  const gMarg = new Array<number>(gEdges.length - 1).fill(0);
  hist.forEach((row, i) =>
    row.forEach((c, j) => {
      if (!(c > 0)) return;
      const v = Math.log10(c + 1);
      maxLog = Math.max(maxLog, v);
      pMarg[j] += c;
      gMarg[i] += c;
      cells.push({
        g0: gEdges[i],
        g1: gEdges[i + 1],
        p0: pEdges[j],
        p1: pEdges[j + 1],
        count: c,
        v,
      });
    }),
  );
  // Marginals take the top and right strips of the plot area; the heatmap the rest.
  const mTop = Math.round(rect.height * 0.22);
  const mRight = Math.round(rect.width * 0.14);
  const heat: Rect = {
    x: rect.x,
    y: rect.y + mTop,
    width: rect.width - mRight,
    height: rect.height - mTop,
  };
  const g = frame('hist2d', heat, '');
  delete (g as { title?: unknown }).title;
  g.scales.push(bandScale('hist2d_p', pEdges, 'width'), bandScale('hist2d_g', gEdges, 'height'));
  g.axes.push(
    axis('hist2d_p', 'bottom', { title: 'Parameter element value', format: '~g' }),
    axis('hist2d_g', 'left', { title: 'Gradient element', format: '~g', tickCount: 4 }),
  );
  const tick = (scale: string, value: number, vertical: boolean): VegaNode => ({
    type: 'rule',
    interactive: false,
    encode: {
      enter: vertical
        ? {
            x: { scale, value },
            y: { value: 0 },
            y2: { field: { group: 'height' } },
            stroke: { value: ZERO_LINE },
            strokeWidth: { value: 1.2 },
          }
        : {
            y: { scale, value },
            x: { value: 0 },
            x2: { field: { group: 'width' } },
            stroke: { value: ZERO_LINE },
            strokeWidth: { value: 1.2 },
          },
    },
  });
  g.marks.push({
    type: 'rect',
    from: { data: 'hist2d_cells' },
    encode: {
      enter: {
        x: { scale: 'hist2d_p', field: 'p0' },
        x2: { scale: 'hist2d_p', field: 'p1' },
        // Gradient bins run downwards: the first bin is the top row, as in the reference.
        y: { scale: 'hist2d_g', field: 'g0' },
        y2: { scale: 'hist2d_g', field: 'g1' },
        fill: { value: PRIMARY },
        fillOpacity: { signal: `datum.v / ${maxLog || 1}` },
        ...(ctx.interactive
          ? {
              tooltip: tooltip([
                ['gradient', `${fmt('datum.g0')} + ' … ' + ${fmt('datum.g1')}`],
                ['parameter', `${fmt('datum.p0')} + ' … ' + ${fmt('datum.p1')}`],
                ['count', 'datum.count'],
              ]),
            }
          : {}),
      },
    },
  });
  g.marks.push(tick('hist2d_p', 0, true), tick('hist2d_g', 0, false));
  g.scales[1] = { ...g.scales[1], reverse: true };

  const pBars = pMarg
    .map((c, j) => ({ x0: pEdges[j], x1: pEdges[j + 1], count: c }))
    .filter((b) => b.count > 0);
  const gBars = gMarg
    .map((c, i) => ({ y0: gEdges[i], y1: gEdges[i + 1], count: c }))
    .filter((b) => b.count > 0);
  const topG: VegaNode = {
    type: 'group',
    encode: {
      enter: {
        x: { value: 0 },
        y: { value: -mTop },
        width: { value: heat.width },
        height: { value: mTop - 2 },
      },
    },
    scales: [
      valueScale(
        'hist2d_pm',
        paddedDomain(
          pBars.map((b) => b.count),
          'log',
        ) ?? [1, 10],
        'log',
      ),
    ],
    marks: [
      {
        type: 'rect',
        from: { data: 'hist2d_pmarg' },
        encode: {
          enter: {
            x: { scale: 'hist2d_p', field: 'x0' },
            x2: { scale: 'hist2d_p', field: 'x1' },
            y: { scale: 'hist2d_pm', field: 'count' },
            y2: { field: { group: 'height' } },
            fill: { value: PRIMARY },
            fillOpacity: { value: 0.8 },
            ...(ctx.interactive
              ? {
                  tooltip: tooltip([
                    ['parameter from', fmt('datum.x0')],
                    ['count', 'datum.count'],
                  ]),
                }
              : {}),
          },
        },
      },
    ],
  };
  const rightG: VegaNode = {
    type: 'group',
    encode: {
      enter: {
        x: { value: heat.width + 2 },
        y: { value: 0 },
        width: { value: mRight - 2 },
        height: { value: heat.height },
      },
    },
    scales: [
      valueScale(
        'hist2d_gm',
        paddedDomain(
          gBars.map((b) => b.count),
          'log',
        ) ?? [1, 10],
        'log',
        'width',
      ),
    ],
    marks: [
      {
        type: 'rect',
        from: { data: 'hist2d_gmarg' },
        encode: {
          enter: {
            y: { scale: 'hist2d_g', field: 'y0' },
            y2: { scale: 'hist2d_g', field: 'y1' },
            x: { value: 0 },
            x2: { scale: 'hist2d_gm', field: 'count' },
            fill: { value: PRIMARY },
            fillOpacity: { value: 0.8 },
            ...(ctx.interactive
              ? {
                  tooltip: tooltip([
                    ['gradient from', fmt('datum.y0')],
                    ['count', 'datum.count'],
                  ]),
                }
              : {}),
          },
        },
      },
    ],
  };
  g.marks.push(topG, rightG, {
    type: 'text',
    interactive: false,
    encode: {
      enter: {
        x: { value: 0 },
        y: { value: -mTop - 8 },
        text: { value: `Gradient/Parameter Element Histogram (step ${latest.step})` },
        fontSize: { value: 13 },
        fontWeight: { value: 'bold' },
        font: { value: FONT },
        fill: { value: '#222' },
        baseline: { value: 'bottom' },
      },
    },
  });
  return {
    data: [
      { name: 'hist2d_cells', values: cells },
      { name: 'hist2d_pmarg', values: pBars },
      { name: 'hist2d_gmarg', values: gBars },
    ],
    mark: g,
  };
};
