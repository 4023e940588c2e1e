/**
 * Vega building blocks shared by the instruments: the instrument frame (a group mark with its
 * own scales and axes), axes, and the reference's "basic plot" — a scatter coloured by
 * iteration (viridis) overlaid by its EMA (colormap "cool").
 */
import { ema } from './ema.js';
import type { Rect } from './layout.js';
import { paddedDomain, thinIndices, type ScaleKind } from './series.js';
import { COOL, FONT, ZERO_LINE } from './style.js';

/**
 * No mark of the panel uses Vega's `clip`: resvg 2.6 aborts the whole process (a Rust panic, not
 * a catchable error) when a clipped element lies entirely outside the canvas — e.g. an α bar at
 * α = 40, an EMA past the x range, an accuracy logged in percent. Instead every instrument keeps
 * its data inside its scale domains (domains cover the data; fixed domains clamp or drop it).
 */

/** A Vega spec fragment (kept loose: the specs are plain JSON). */
export type VegaNode = Record<string, unknown>;

/** Options every instrument builder receives. */
export interface BuildContext {
  /** Add hover tooltips (the HTML page); static pictures leave them out to stay small. */
  interactive: boolean;
  /** Most points drawn per scatter series; longer series are thinned keeping extremes. */
  maxPoints: number;
  /** Iteration axes: linear, or symlog (the reference's `show_log_iter`). */
  stepKind: 'linear' | 'symlog';
}

/** What an instrument contributes to the panel: its datasets and its group mark. */
export interface InstrumentSpec {
  data: VegaNode[];
  mark: VegaNode;
}

/** The group mark of one instrument with white (or `face`) plot area and a bold title. */
export function frame(
  name: string,
  rect: Rect,
  title: string,
  face = 'white',
): VegaNode & {
  scales: VegaNode[];
  axes: VegaNode[];
  marks: VegaNode[];
} {
  return {
    type: 'group',
    name,
    encode: {
      enter: {
        x: { value: rect.x },
        y: { value: rect.y },
        width: { value: rect.width },
        height: { value: rect.height },
        fill: { value: face },
        stroke: { value: '#c8c8d0' },
      },
    },
    title: { text: title, fontSize: 13, fontWeight: 'bold', font: FONT, offset: 6, color: '#222' },
    scales: [],
    axes: [],
    marks: [],
  };
}

export interface AxisOptions {
  title?: string;
  format?: string;
  grid?: boolean;
  tickCount?: number;
  color?: string;
  labels?: boolean;
}

/** An axis in the panel's font sizes. */
export function axis(
  scale: string,
  orient: 'left' | 'right' | 'top' | 'bottom',
  o: AxisOptions = {},
): VegaNode {
  return {
    scale,
    orient,
    ...(o.title ? { title: o.title } : {}),
    ...(o.format ? { format: o.format } : {}),
    tickCount: o.tickCount ?? 5,
    ...(o.format === ',d' ? { tickMinStep: 1 } : {}),
    grid: o.grid ?? false,
    gridColor: '#e4e4ea',
    labels: o.labels ?? true,
    labelFontSize: 10,
    labelFont: FONT,
    labelOverlap: true,
    labelFlush: true,
    titleFontSize: 11,
    titleFont: FONT,
    titleFontWeight: 'normal',
    titleColor: o.color ?? '#333',
    labelColor: o.color ?? '#333',
    tickColor: '#888',
    domainColor: '#888',
    zindex: 1,
  };
}

/** Step axis (x) scale, tight to `domain`. */
export function stepScale(
  name: string,
  domain: [number, number],
  type: ScaleKind = 'linear',
): VegaNode {
  return {
    name,
    type,
    domain,
    range: 'width',
    zero: false,
    nice: false,
    ...(type === 'symlog' ? { constant: 1 } : {}),
  };
}

/** Value scale for y (or x with `range: 'width'`). */
export function valueScale(
  name: string,
  domain: [number, number],
  type: ScaleKind = 'linear',
  range: 'height' | 'width' = 'height',
  reverse = false,
): VegaNode {
  return {
    name,
    type,
    domain,
    range,
    zero: false,
    nice: false,
    reverse,
    ...(type === 'symlog' ? { constant: 0.1 } : {}),
  };
}

/** Horizontal gray reference line at `value` on `yScale`. */
export function hline(yScale: string, value: number, width = 1.5): VegaNode {
  return {
    type: 'rule',
    encode: {
      enter: {
        x: { value: 0 },
        x2: { field: { group: 'width' } },
        y: { scale: yScale, value },
        stroke: { value: ZERO_LINE },
        strokeWidth: { value: width },
      },
    },
  };
}

/** Vertical gray reference line at `value` on `xScale`. */
export function vline(xScale: string, value: number, width = 1.5): VegaNode {
  return {
    type: 'rule',
    encode: {
      enter: {
        y: { value: 0 },
        y2: { field: { group: 'height' } },
        x: { scale: xScale, value },
        stroke: { value: ZERO_LINE },
        strokeWidth: { value: width },
      },
    },
  };
}

/** A tooltip expression listing `entries` (label → Vega expression). */
export function tooltip(entries: [string, string][]): VegaNode {
  const body = entries.map(([k, expr]) => `${JSON.stringify(k)}: ${expr}`).join(', ');
  return { signal: `{${body}}` };
}

/** Vega format expression of a number with 4 significant digits. */
export const fmt = (field: string): string => `format(${field}, '.4~g')`;

export interface BasicSeries {
  /** Unique prefix for datasets and scales. */
  id: string;
  /** Name shown in tooltips. */
  label: string;
  steps: readonly number[];
  /** Column aligned with `steps` (NaN = missing). */
  values: readonly number[];
  xScale: string;
  yScale: string;
  yKind: ScaleKind;
  /** Reversed colormaps (the reference's twin-axis series). */
  reversed?: boolean;
  /** Pixel size of a point (Vega symbol area). */
  size?: number;
}

/** Values the scale can draw. */
export function drawable(v: number, kind: ScaleKind): boolean {
  return Number.isFinite(v) && (kind !== 'log' || v > 0);
}

/** Domain of a series together with its EMA (both are drawn). */
export function seriesDomain(
  values: readonly number[],
  kind: ScaleKind,
): [number, number] | undefined {
  const e = ema(values);
  return paddedDomain([...values, ...e], kind);
}

const EMA_SEGMENTS = 16;

/** Symbol area: the reference's fixed small dots, larger when there are few of them. */
export function pointSize(n: number): number {
  return n < 100 ? 40 : n < 1000 ? 28 : 22;
}

/**
 * The reference's basic plot: points coloured by iteration with viridis, and the EMA over all
 * table rows (NaN rows included) drawn as a line whose colour runs through "cool" along the
 * iterations (split into segments, since an SVG stroke has one colour per path).
 */
export function basicSeries(
  s: BasicSeries,
  ctx: BuildContext,
): { data: VegaNode[]; scales: VegaNode[]; marks: VegaNode[] } {
  const pts: VegaNode[] = [];
  const ys: number[] = [];
  const xs: number[] = [];
  s.values.forEach((v, i) => {
    if (drawable(v, s.yKind)) {
      xs.push(s.steps[i]);
      ys.push(v);
    }
  });
  for (const i of thinIndices(ys, ctx.maxPoints)) pts.push({ step: xs[i], value: ys[i] });

  const e = ema(s.values);
  const es: number[] = [];
  const ev: number[] = [];
  e.forEach((v, i) => {
    if (drawable(v, s.yKind)) {
      es.push(s.steps[i]);
      ev.push(v);
    }
  });
  const keep = thinIndices(ev, ctx.maxPoints);
  const segments = Math.max(1, Math.min(EMA_SEGMENTS, keep.length - 1));
  const emaRows: VegaNode[] = [];
  keep.forEach((i, j) => {
    const seg = Math.min(segments - 1, Math.floor((j * segments) / Math.max(1, keep.length - 1)));
    const row = { step: es[i], value: ev[i] };
    // The first point of a new segment also ends the previous one, so the line stays connected.
    if (j > 0) {
      const prevSeg = Math.min(
        segments - 1,
        Math.floor(((j - 1) * segments) / Math.max(1, keep.length - 1)),
      );
      if (prevSeg !== seg) emaRows.push({ ...row, seg: prevSeg });
    }
    emaRows.push({ ...row, seg });
  });

  const stepLo = xs.length ? Math.min(...xs) : 0;
  const stepHi = xs.length ? Math.max(...xs) : 1;
  const viridis = `${s.id}_viridis`;
  const cool = `${s.id}_cool`;
  const scales: VegaNode[] = [
    {
      name: viridis,
      type: 'linear',
      domain: [stepLo, stepHi === stepLo ? stepLo + 1 : stepHi],
      range: { scheme: 'viridis' },
      reverse: !!s.reversed,
    },
    {
      name: cool,
      type: 'linear',
      domain: [0, Math.max(1, segments - 1)],
      range: s.reversed ? [...COOL].reverse() : COOL,
    },
  ];
  const data: VegaNode[] = [
    { name: `${s.id}_points`, values: pts },
    { name: `${s.id}_ema`, values: emaRows },
  ];
  const marks: VegaNode[] = [
    {
      type: 'symbol',
      name: `${s.id}_points_mark`,
      from: { data: `${s.id}_points` },
      encode: {
        enter: {
          x: { scale: s.xScale, field: 'step' },
          y: { scale: s.yScale, field: 'value' },
          size: { value: s.size ?? pointSize(pts.length) * (s.reversed ? 0.5 : 1) },
          fill: { scale: viridis, field: 'step' },
          ...(ctx.interactive
            ? {
                tooltip: tooltip([
                  ['step', 'datum.step'],
                  [s.label, fmt('datum.value')],
                ]),
              }
            : {}),
        },
      },
    },
    {
      type: 'group',
      from: { facet: { name: `${s.id}_ema_seg`, data: `${s.id}_ema`, groupby: 'seg' } },
      marks: [
        {
          type: 'line',
          from: { data: `${s.id}_ema_seg` },
          interactive: false,
          encode: {
            enter: {
              x: { scale: s.xScale, field: 'step' },
              y: { scale: s.yScale, field: 'value' },
              stroke: { scale: cool, field: 'seg' },
              strokeWidth: { value: 1.6 },
            },
          },
        },
      ],
    },
  ];
  return { data, scales, marks };
}

/** A text mark placed in plot-area pixels (legends, notes). */
export function label(
  text: string,
  x: number | string,
  y: number,
  o: { color?: string; size?: number; align?: string; weight?: string; baseline?: string } = {},
): VegaNode {
  return {
    type: 'text',
    interactive: false,
    encode: {
      enter: {
        ...(typeof x === 'number' ? { x: { value: x } } : { x: { signal: x } }),
        y: { value: y },
        text: { value: text },
        fill: { value: o.color ?? '#222' },
        fontSize: { value: o.size ?? 10 },
        font: { value: FONT },
        fontWeight: { value: o.weight ?? 'normal' },
        align: { value: o.align ?? 'left' },
        baseline: { value: o.baseline ?? 'top' },
      },
    },
  };
}

/** A small legend box: coloured swatches with text, top-left (or right-aligned) in the plot area. */
export function legend(
  entries: { color: string; text: string; shape?: 'square' | 'stroke' }[],
  corner: 'left' | 'right' = 'left',
): VegaNode {
  const lineH = 13;
  const marks: VegaNode[] = [];
  const width = Math.max(...entries.map((e) => e.text.length)) * 5.9 + 22;
  marks.push({
    type: 'rect',
    interactive: false,
    encode: {
      enter: {
        x: { value: 0 },
        y: { value: 0 },
        width: { value: width },
        height: { value: entries.length * lineH + 6 },
        fill: { value: 'white' },
        fillOpacity: { value: 0.8 },
        stroke: { value: '#ccc' },
        cornerRadius: { value: 2 },
      },
    },
  });
  entries.forEach((e, i) => {
    marks.push({
      type: 'rect',
      interactive: false,
      encode: {
        enter: {
          x: { value: 4 },
          y: { value: 5 + i * lineH + (e.shape === 'stroke' ? 4 : 1) },
          width: { value: 12 },
          height: { value: e.shape === 'stroke' ? 2.5 : 8 },
          fill: { value: e.color },
        },
      },
    });
    marks.push(label(e.text, 20, 3 + i * lineH, { size: 10 }));
  });
  return {
    type: 'group',
    interactive: false,
    encode: {
      enter:
        corner === 'left'
          ? { x: { value: 4 }, y: { value: 4 } }
          : { x: { field: { group: 'width' }, offset: -(width + 4) }, y: { value: 4 } },
    },
    marks,
  };
}

/**
 * Vega's "width"/"height" scale ranges refer to the top-level view, not to the enclosing group;
 * this replaces them, in every group of `node`, by the group's own pixel size (and lets grid
 * lines take their extent from the orthogonal scale, and gives symlog iteration axes decade ticks).
 */
export function resolveGroupRanges(node: VegaNode, size?: { width: number; height: number }): void {
  let own = size;
  const enter = (node.encode as { enter?: Record<string, { value?: unknown }> } | undefined)?.enter;
  if (
    node.type === 'group' &&
    typeof enter?.width?.value === 'number' &&
    typeof enter?.height?.value === 'number'
  ) {
    own = { width: enter.width.value, height: enter.height.value };
  }
  if (own && Array.isArray(node.scales)) {
    // Grid lines span the group only when they take their extent from the orthogonal scale.
    const byRange = (r: string) => (node.scales as VegaNode[]).find((s) => s.range === r)?.name;
    for (const a of (node.axes as VegaNode[] | undefined) ?? []) {
      if (!a.grid || a.gridScale) continue;
      const other =
        a.orient === 'left' || a.orient === 'right' ? byRange('width') : byRange('height');
      if (other) a.gridScale = other;
    }
    // Symlog iteration axes (constant 1): Vega's default ticks skip the small decades.
    for (const s of node.scales as VegaNode[]) {
      if (s.type !== 'symlog' || s.constant !== 1) continue;
      const [, hi] = s.domain as [number, number];
      const values = [0];
      for (let p = 1; p <= hi; p *= 10) values.push(p);
      for (const a of (node.axes as VegaNode[] | undefined) ?? [])
        if (a.scale === s.name) a.values = values;
    }
    for (const s of node.scales as VegaNode[]) {
      if (s.range === 'width') s.range = [0, own.width];
      else if (s.range === 'height') s.range = [own.height, 0];
    }
  }
  if (Array.isArray(node.marks))
    for (const m of node.marks as VegaNode[]) resolveGroupRanges(m, own);
}
