/**
 * Panel geometry (spec §6.3): a header, three coloured columns (STEP SIZE, GRADIENTS,
 * CURVATURE) each holding three instrument slots, and a bottom row (Hyperparameters, and the
 * Performance plot spanning two columns) in the height ratio 3 : 1.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Slot names, by column: the reference's instrument positions. */
export const SLOT_NAMES = [
  'alpha',
  'distance',
  'gradnorm',
  'gradtests',
  'hist1d',
  'hist2d',
  'maxev',
  'trace',
  'tic',
  'hyperparameters',
  'performance',
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

export interface PanelLayout {
  width: number;
  height: number;
  /** Title and status-report band. */
  header: Rect;
  /** The three coloured column backgrounds. */
  columns: [Rect, Rect, Rect];
  /** Plot area (inside axes) of every instrument slot. */
  slots: Record<SlotName, Rect>;
  /** The whole slot (plot area plus room for title and axes), for instruments with an inner grid. */
  cells: Record<SlotName, Rect>;
}

/** Space around a plot area for titles, tick labels and axis titles (pixels). */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const OUTER = 12;
const COLUMN_GAP = 16;
const ROW_GAP = 18;
const COLUMN_TITLE = 30;
const INSTRUMENT_PAD: Padding = { top: 24, right: 62, bottom: 38, left: 62 };
const CLASSIC_PAD: Padding = { top: 24, right: 62, bottom: 38, left: 70 };

function inset(r: Rect, p: Padding): Rect {
  return {
    x: Math.round(r.x + p.left),
    y: Math.round(r.y + p.top),
    width: Math.round(Math.max(10, r.width - p.left - p.right)),
    height: Math.round(Math.max(10, r.height - p.top - p.bottom)),
  };
}

/**
 * Computes the layout for a panel of `width × height` pixels with a header of `headerHeight`
 * (title plus report lines).
 */
export function panelLayout(width: number, height: number, headerHeight: number): PanelLayout {
  const header: Rect = { x: OUTER, y: OUTER / 2, width: width - 2 * OUTER, height: headerHeight };
  const bodyTop = header.y + headerHeight;
  const bodyHeight = height - bodyTop - OUTER;
  const topHeight = Math.round(((bodyHeight - ROW_GAP) * 3) / 4);
  const bottomTop = bodyTop + topHeight + ROW_GAP;
  const bottomHeight = bodyHeight - topHeight - ROW_GAP;
  const colWidth = Math.floor((width - 2 * OUTER - 2 * COLUMN_GAP) / 3);
  const colX = (i: number) => OUTER + i * (colWidth + COLUMN_GAP);
  const columns = [0, 1, 2].map((i) => ({
    x: colX(i),
    y: bodyTop,
    width: colWidth,
    height: topHeight,
  })) as [Rect, Rect, Rect];
  const slotHeight = Math.floor((topHeight - COLUMN_TITLE - 4) / 3);
  const cell = (col: number, row: number): Rect => ({
    x: colX(col),
    y: bodyTop + COLUMN_TITLE + row * slotHeight,
    width: colWidth,
    height: slotHeight,
  });
  const names: SlotName[][] = [
    ['alpha', 'distance', 'gradnorm'],
    ['gradtests', 'hist1d', 'hist2d'],
    ['maxev', 'trace', 'tic'],
  ];
  const cells = {} as Record<SlotName, Rect>;
  const slots = {} as Record<SlotName, Rect>;
  names.forEach((col, c) =>
    col.forEach((name, r) => {
      cells[name] = cell(c, r);
      slots[name] = inset(cells[name], INSTRUMENT_PAD);
    }),
  );
  cells.hyperparameters = { x: colX(0), y: bottomTop, width: colWidth, height: bottomHeight };
  cells.performance = {
    x: colX(1),
    y: bottomTop,
    width: 2 * colWidth + COLUMN_GAP,
    height: bottomHeight,
  };
  slots.hyperparameters = inset(cells.hyperparameters, CLASSIC_PAD);
  slots.performance = inset(cells.performance, CLASSIC_PAD);
  return { width, height, header, columns, slots, cells };
}
