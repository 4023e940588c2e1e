/**
 * Gradient Tests (GRADIENTS, row 1; spec §6.4). Centre: symlog axes over [−2, 2] with the
 * latest values drawn as a blue disk of radius NormTest, an orange band |y| ≤ InnerTest and a
 * green band |x| ≤ OrthoTest. Left: NormTest (log y) and InnerTest (log y, inverted) against
 * iteration; top right: OrthoTest on a log x axis against iteration (inverted).
 */
import type { Rect } from '../layout.js';
import { axis, fmt, tooltip, valueScale, stepScale, type VegaNode } from '../marks.js';
import { paddedDomain, stepDomain, thinIndices } from '../series.js';
import { FONT, PRIMARY, SECONDARY, TERTIARY } from '../style.js';
import { countPresent } from '../table.js';
import type { Instrument } from './common.js';

/** Limits of the centre view and the symlog linear threshold (matplotlib `linthresh`). */
export const TESTS_LIMIT = 2;
export const SYMLOG_CONSTANT = 0.1;

const symlog = (v: number): number => Math.sign(v) * Math.log1p(Math.abs(v) / SYMLOG_CONSTANT);

/** Pixel position of `v` on a symlog axis over [−2, 2] mapped to [0, size]. */
function symlogPixel(v: number, size: number, flip: boolean): number {
  const c = Math.max(-TESTS_LIMIT, Math.min(TESTS_LIMIT, v));
  const t = (symlog(c) - symlog(-TESTS_LIMIT)) / (2 * symlog(TESTS_LIMIT));
  return (flip ? 1 - t : t) * size;
}

function lastFinite(values: readonly number[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i])) return values[i];
  return NaN;
}

function subframe(
  name: string,
  r: Rect,
  extra: VegaNode = {},
): VegaNode & { scales: VegaNode[]; axes: VegaNode[]; marks: VegaNode[] } {
  return {
    type: 'group',
    name: `${name}_frame`,
    encode: {
      enter: {
        x: { value: r.x },
        y: { value: r.y },
        width: { value: r.width },
        height: { value: r.height },
        fill: { value: 'white' },
        stroke: { value: '#c8c8d0' },
      },
    },
    scales: [],
    axes: [],
    marks: [],
    ...extra,
  };
}

export const gradientTests: Instrument = ({ table, cell, ctx }) => {
  const { NormTest: norm, InnerTest: inner, OrthoTest: ortho } = table.columns;
  if (countPresent(norm) < 1 || countPresent(inner) < 1 || countPresent(ortho) < 1)
    return undefined;
  const top = 26;
  const pad = { left: 52, right: 40, bottom: 22 };
  const w = cell.width - pad.left - pad.right;
  const h = cell.height - top - pad.bottom;
  const colW = Math.round(w * 0.36);
  const gapX = 10;
  const rowTop = Math.round(h * 0.3);
  const gapY = 6;
  const cx = colW + gapX;
  const centre: Rect = { x: cx, y: rowTop + gapY, width: w - cx, height: h - rowTop - gapY };
  const half = (centre.height - gapY) / 2;
  const normR: Rect = { x: 0, y: centre.y, width: colW, height: half };
  const innerR: Rect = { x: 0, y: centre.y + half + gapY, width: colW, height: half };
  const orthoR: Rect = { x: cx + (w - cx) / 2, y: 0, width: (w - cx) / 2, height: rowTop };

  const data: VegaNode[] = [];
  const series = (name: string, col: readonly number[]) => {
    const xs: number[] = [];
    const ys: number[] = [];
    col.forEach((v, i) => {
      if (!(Number.isFinite(v) && v > 0)) return;
      xs.push(table.steps[i]);
      ys.push(v);
    });
    const rows = thinIndices(ys, ctx.maxPoints).map((i) => ({ step: xs[i], value: ys[i] }));
    data.push({ name, values: rows });
    return { xs, ys };
  };
  const n = series('tests_norm', norm);
  const inn = series('tests_inner', inner);
  const o = series('tests_ortho', ortho);
  const tip = (label: string) =>
    ctx.interactive
      ? {
          tooltip: tooltip([
            ['step', 'datum.step'],
            [label, fmt('datum.value')],
          ]),
        }
      : {};

  // Left column: time series with the area filled to the axis.
  const timeSeries = (
    name: string,
    r: Rect,
    s: { xs: number[]; ys: number[] },
    color: string,
    inverted: boolean,
    label: string,
    xTop: boolean,
  ) => {
    const g = subframe(name, r);
    const yd = paddedDomain(s.ys, 'log') ?? [0.1, 10];
    g.scales.push(
      stepScale(`${name}_x`, stepDomain(s.xs), ctx.stepKind),
      valueScale(`${name}_y`, yd, 'log', 'height', inverted),
    );
    g.axes.push(
      axis(`${name}_x`, xTop ? 'top' : 'bottom', { tickCount: 3, format: ',d', labels: xTop }),
      axis(`${name}_y`, 'left', { title: label, tickCount: 3, format: '~g' }),
    );
    g.marks.push({
      type: 'area',
      from: { data: name },
      interactive: false,
      encode: {
        enter: {
          x: { scale: `${name}_x`, field: 'step' },
          y: { scale: `${name}_y`, field: 'value' },
          y2: { value: inverted ? 0 : r.height },
          fill: { value: color },
          fillOpacity: { value: 0.35 },
          stroke: { value: color },
          strokeWidth: { value: 1.2 },
        },
      },
    });
    g.marks.push({
      type: 'symbol',
      from: { data: name },
      encode: {
        enter: {
          x: { scale: `${name}_x`, field: 'step' },
          y: { scale: `${name}_y`, field: 'value' },
          size: { value: 6 },
          fill: { value: color },
          ...tip(label),
        },
      },
    });
    return g;
  };
  const normG = timeSeries('tests_norm', normR, n, PRIMARY, false, 'Norm', true);
  const innerG = timeSeries('tests_inner', innerR, inn, SECONDARY, true, 'Inner', false);

  // Top right: OrthoTest on a log x axis, iteration downwards.
  const orthoG = subframe('tests_ortho', orthoR);
  orthoG.scales.push(
    valueScale('tests_ortho_x', paddedDomain(o.ys, 'log') ?? [0.1, 10], 'log', 'width'),
    {
      ...stepScale('tests_ortho_y', stepDomain(o.xs), ctx.stepKind),
      range: 'height',
      reverse: false,
    },
  );
  orthoG.axes.push(
    axis('tests_ortho_x', 'top', { tickCount: 3, format: '~g' }),
    axis('tests_ortho_y', 'right', { tickCount: 2, format: ',d' }),
  );
  orthoG.marks.push(
    {
      type: 'area',
      from: { data: 'tests_ortho' },
      interactive: false,
      encode: {
        enter: {
          orient: { value: 'horizontal' },
          y: { scale: 'tests_ortho_y', field: 'step' },
          x: { scale: 'tests_ortho_x', field: 'value' },
          x2: { value: 0 },
          fill: { value: TERTIARY },
          fillOpacity: { value: 0.35 },
          stroke: { value: TERTIARY },
          strokeWidth: { value: 1.2 },
        },
      },
    },
    {
      type: 'symbol',
      from: { data: 'tests_ortho' },
      encode: {
        enter: {
          x: { scale: 'tests_ortho_x', field: 'value' },
          y: { scale: 'tests_ortho_y', field: 'step' },
          size: { value: 6 },
          fill: { value: TERTIARY },
          ...tip('Ortho'),
        },
      },
    },
    {
      type: 'text',
      interactive: false,
      encode: {
        enter: {
          x: { value: -6 },
          y: { value: orthoR.height / 2 },
          text: { value: 'Ortho' },
          align: { value: 'right' },
          baseline: { value: 'middle' },
          fontSize: { value: 11 },
          font: { value: FONT },
          fill: { value: '#333' },
        },
      },
    },
  );

  // Centre: the latest values as a disk and two bands.
  const latest = { norm: lastFinite(norm), inner: lastFinite(inner), ortho: lastFinite(ortho) };
  const cg = subframe('tests_centre', centre);
  const ticks = [-1, 0, 1];
  cg.scales.push(
    valueScale('tests_cx', [-TESTS_LIMIT, TESTS_LIMIT], 'symlog', 'width'),
    valueScale('tests_cy', [-TESTS_LIMIT, TESTS_LIMIT], 'symlog', 'height'),
  );
  cg.axes.push(
    {
      ...axis('tests_cx', 'bottom', { grid: true }),
      values: ticks,
      gridDash: [3, 3],
      gridColor: '#bbb',
    },
    {
      ...axis('tests_cy', 'right', { grid: true }),
      values: ticks,
      gridDash: [3, 3],
      gridColor: '#bbb',
    },
  );
  const W = centre.width;
  const H = centre.height;
  if (Number.isFinite(latest.ortho)) {
    const x0 = symlogPixel(-latest.ortho, W, false);
    const x1 = symlogPixel(latest.ortho, W, false);
    cg.marks.push({
      type: 'rect',
      interactive: false,
      encode: {
        enter: {
          x: { value: x0 },
          x2: { value: x1 },
          y: { value: 0 },
          y2: { value: H },
          fill: { value: TERTIARY },
          fillOpacity: { value: 0.35 },
        },
      },
    });
  }
  if (Number.isFinite(latest.inner)) {
    const y0 = symlogPixel(latest.inner, H, true);
    const y1 = symlogPixel(-latest.inner, H, true);
    cg.marks.push({
      type: 'rect',
      interactive: false,
      encode: {
        enter: {
          x: { value: 0 },
          x2: { value: W },
          y: { value: y0 },
          y2: { value: y1 },
          fill: { value: SECONDARY },
          fillOpacity: { value: 0.35 },
        },
      },
    });
  }
  if (Number.isFinite(latest.norm)) {
    const r = latest.norm;
    const pts: string[] = [];
    for (let k = 0; k <= 120; k++) {
      const t = (2 * Math.PI * k) / 120;
      pts.push(
        `${symlogPixel(r * Math.cos(t), W, false).toFixed(2)},${symlogPixel(r * Math.sin(t), H, true).toFixed(2)}`,
      );
    }
    cg.marks.push({
      type: 'path',
      encode: {
        enter: {
          path: { value: `M${pts.join('L')}Z` },
          fill: { value: PRIMARY },
          fillOpacity: { value: 0.5 },
          stroke: { value: PRIMARY },
          strokeWidth: { value: 1.5 },
          ...(ctx.interactive
            ? {
                tooltip: {
                  value: {
                    NormTest: latest.norm.toPrecision(4),
                    InnerTest: latest.inner.toPrecision(4),
                    OrthoTest: latest.ortho.toPrecision(4),
                  },
                },
              }
            : {}),
        },
      },
    });
  }
  cg.marks.push({
    type: 'symbol',
    interactive: false,
    encode: {
      enter: {
        x: { value: W / 2 },
        y: { value: H / 2 },
        shape: { value: 'cross' },
        size: { value: 60 },
        fill: { value: 'black' },
      },
    },
  });
  // Latest values, written out so the picture is readable without hovering.
  cg.marks.push({
    type: 'text',
    interactive: false,
    encode: {
      enter: {
        x: { value: 4 },
        y: { value: 3 },
        baseline: { value: 'top' },
        fontSize: { value: 9 },
        font: { value: FONT },
        fill: { value: '#333' },
        text: {
          value: `norm ${latest.norm.toPrecision(3)}  inner ${latest.inner.toPrecision(3)}  ortho ${latest.ortho.toPrecision(3)}`,
        },
      },
    },
  });

  const outer: VegaNode = {
    type: 'group',
    name: 'gradtests',
    encode: {
      enter: {
        x: { value: cell.x + pad.left },
        y: { value: cell.y + top },
        width: { value: w },
        height: { value: h },
      },
    },
    title: {
      text: 'Gradient Tests',
      fontSize: 13,
      fontWeight: 'bold',
      font: FONT,
      offset: 4,
      color: '#222',
      anchor: 'start',
    },
    marks: [normG, innerG, orthoG, cg],
  };
  return { data, mark: outer };
};
