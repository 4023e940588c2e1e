/** Colours and sizes of the panel (spec §6.2), scaled from the reference's 30×15 in figure. */

/** Primary blue (0.29, 0.45, 0.68): STEP SIZE column, norm test, "last 10 %" α. */
export const PRIMARY = 'rgb(74,115,173)';
/** Secondary orange (0.95, 0.50, 0.20): GRADIENTS column, inner test, the parabola, learning rate. */
export const SECONDARY = 'rgb(242,128,51)';
/** Tertiary green (0.30, 0.60, 0.40): CURVATURE column, ortho test. */
export const TERTIARY = 'rgb(77,153,102)';
/** Column backgrounds: the three colours with alpha 0.75 over the white figure. */
export const COLUMN_FILL_OPACITY = 0.75;
/** Reference ("zero") lines. */
export const ZERO_LINE = '#ababba';
/** Face of the two bottom "classic" panels. */
export const CLASSIC_FACE = '#ababba';
/** seaborn "dark" style axes face. */
export const DARK_FACE = '#eaeaf2';
/** Colour of the "all α" density. */
export const ALL_ALPHA = '#808080';

/** Matplotlib's "cool" colormap runs linearly from cyan to magenta (EMA colouring). */
export const COOL = ['#00ffff', '#ff00ff'];

export const FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';

/** Severity colours of status-report lines in the header. */
export const SEVERITY_COLOR: Record<string, string> = {
  critical: '#c0392b',
  warning: '#b9600b',
  info: '#4a4a5a',
};
