/**
 * The custom-scalars layout of a Cockpit run: the panel's columns as collapsible sections
 * (trackers.md E; instruments.md 6.3). Returned as a plain object in the proto3-JSON shape of
 * `tensorboard.Layout`, so the event-file sink and a gRPC data provider serve identical content.
 *
 * Tag entries of multiline charts are Python regexes tested with `re.match` (E.4); every entry is
 * written `^<escaped tag>$` (exact) or `^<escaped prefix>` (a family such as per-parameter series),
 * which reads the same under JavaScript RegExp.
 *
 * Margin chart (the one natural band): Alpha against the band [−1, 1] of the Alpha gauge — −1 is
 * the start of the standardized parabola (no progress), 1 its mirror point (the loss no longer
 * decreases); values outside mean the step under- or overshoots. The band is served as two
 * constant series, `bandPoints()`; whoever serves this layout must also serve those points.
 */
import type { ParameterInfo, StepValues } from '../../core/record.js';
import { LOG_KEYS } from '../../core/record.js';
import { logTag, quantityTag, type ScalarPoint } from '../scalar-tags.js';

/** proto3-JSON shape of `tensorboard.Layout` (E.1). */
export interface CustomScalarsLayout {
  category: LayoutCategory[];
}
export interface LayoutCategory {
  title: string;
  chart: LayoutChart[];
  /** Section starts collapsed. */
  closed?: boolean;
}
export type LayoutChart =
  | { title: string; multiline: { tag: string[] } }
  | { title: string; margin: { series: { value: string; lower: string; upper: string }[] } };

/** Tags of the Alpha band's lower and upper bound. */
export const ALPHA_BAND = {
  lower: 'cockpit/Alpha/band_lower',
  upper: 'cockpit/Alpha/band_upper',
  min: -1,
  max: 1,
};

/** Escapes regex metacharacters (valid for both Python `re` and JavaScript). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex matching exactly `tag`. */
export const exactTag = (tag: string): string => `^${escapeRegex(tag)}$`;
/** Regex matching every tag that starts with `prefix`. */
export const tagPrefix = (prefix: string): string => `^${escapeRegex(prefix)}`;

/** Extra scalar points the layout's margin chart needs for a step's values (the Alpha band). */
export function bandPoints(values: StepValues): ScalarPoint[] {
  if (typeof values.Alpha !== 'number') return [];
  return [
    { tag: ALPHA_BAND.lower, value: ALPHA_BAND.min },
    { tag: ALPHA_BAND.upper, value: ALPHA_BAND.max },
  ];
}

const multiline = (title: string, tags: string[]): LayoutChart => ({
  title,
  multiline: { tag: tags },
});

/**
 * The layout for a run tracking `trackedQuantities` (names from QUANTITY_NAMES) over
 * `parameters`, with `logKeys` the `cockpit.log` keys to chart (default: all LOG_KEYS, since
 * they are usually logged later). Charts and sections of untracked quantities are left out.
 */
export function cockpitLayout(
  trackedQuantities: readonly string[],
  parameters: readonly ParameterInfo[],
  logKeys: readonly string[] = LOG_KEYS,
): CustomScalarsLayout {
  const has = (q: string) => trackedQuantities.includes(q);
  const exact = (qs: string[]) => qs.filter(has).map((q) => exactTag(quantityTag(q)));
  const logged = (keys: string[]) =>
    keys.filter((k) => logKeys.includes(k)).map((k) => exactTag(logTag(k)));
  const categories: LayoutCategory[] = [];
  const section = (title: string, charts: (LayoutChart | undefined)[], closed = false) => {
    const chart = charts.filter((c): c is LayoutChart => c !== undefined);
    if (chart.length > 0) categories.push(closed ? { title, chart, closed } : { title, chart });
  };
  const chartOf = (title: string, tags: string[]) =>
    tags.length > 0 ? multiline(title, tags) : undefined;

  section('STEP SIZE', [
    chartOf('Alpha (local step length)', exact(['Alpha'])),
    has('Alpha')
      ? {
          title: 'Alpha within the parabola band [-1, 1]',
          margin: {
            series: [
              { value: quantityTag('Alpha'), lower: ALPHA_BAND.lower, upper: ALPHA_BAND.upper },
            ],
          },
        }
      : undefined,
    chartOf('Distance and update size', exact(['Distance', 'UpdateSize'])),
    chartOf('Gradient norm', exact(['GradNorm'])),
  ]);
  section('GRADIENTS', [
    chartOf('Gradient tests (norm, inner, ortho)', exact(['NormTest', 'InnerTest', 'OrthoTest'])),
  ]);
  section('CURVATURE', [
    chartOf('Max eigenvalue (HessMaxEV)', exact(['HessMaxEV'])),
    chartOf('Trace (HessTrace)', exact(['HessTrace'])),
    chartOf('TIC (TICDiag, TICTrace)', exact(['TICDiag', 'TICTrace'])),
  ]);
  section('PERFORMANCE', [
    chartOf('Loss', [...exact(['Loss']), ...logged(['train_loss', 'valid_loss', 'test_loss'])]),
    chartOf('Accuracy', logged(['train_accuracy', 'valid_accuracy', 'test_accuracy'])),
  ]);
  section('HYPERPARAMETERS', [
    chartOf('Learning rate', logged(['learning_rate'])),
    chartOf('Epoch', logged(['epoch_count'])),
  ]);
  section('AUXILIARY', [
    chartOf('Mean GSNR', exact(['MeanGSNR'])),
    chartOf('CABS (suggested batch size)', exact(['CABS'])),
    chartOf('Early stopping criterion', exact(['EarlyStopping'])),
  ]);
  // Per-parameter series: many lines, so the section starts collapsed.
  if (parameters.length > 0) {
    const perParameter = (q: string, title: string) =>
      has(q) ? multiline(title, [tagPrefix(`${quantityTag(q)}/`)]) : undefined;
    section(
      'LAYERWISE',
      [
        perParameter('GradNorm', 'Gradient norm per parameter'),
        perParameter('Distance', 'Distance per parameter'),
        perParameter('UpdateSize', 'Update size per parameter'),
        perParameter('HessTrace', 'Hessian trace per parameter'),
      ],
      true,
    );
  }
  return { category: categories };
}
