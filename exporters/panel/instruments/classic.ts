/**
 * The two bottom "classic" instruments on gray faces (spec §6.4):
 * - Hyperparameters: the logged learning rate as an orange line, legend with the last value;
 * - Performance Plot: mini-batch Loss (points + EMA) and, when both were logged, train and
 *   valid accuracy on a twin [0, 1] axis with their last values in the legend.
 */
import {
  axis,
  basicSeries,
  fmt,
  frame,
  legend,
  seriesDomain,
  stepScale,
  tooltip,
  valueScale,
  type VegaNode,
} from '../marks.js';
import { paddedDomain, stepDomain } from '../series.js';
import { CLASSIC_FACE, PRIMARY, SECONDARY } from '../style.js';
import { countPresent, type ColumnName, type PanelTable } from '../table.js';
import { seriesSteps, type Instrument } from './common.js';

/** The reference's "(x.xE±yy)" learning-rate format. */
export function formatLearningRate(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const [m, e] = v.toExponential(1).split('e');
  const exp = Number(e);
  return `${m}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function lineData(
  table: PanelTable,
  column: 'learning_rate' | 'train_accuracy' | 'valid_accuracy',
): { step: number; value: number }[] {
  const out: { step: number; value: number }[] = [];
  table.columns[column].forEach((v, i) => {
    if (Number.isFinite(v)) out.push({ step: table.steps[i], value: v });
  });
  return out;
}

function lastValue(rows: { value: number }[]): number {
  return rows.length ? rows[rows.length - 1].value : NaN;
}

function line(
  data: string,
  x: string,
  y: string,
  color: string,
  width: number,
  label: string,
  interactive: boolean,
  points = false,
): VegaNode[] {
  return [
    // Sparse logging (e.g. once per epoch) can leave a single value: dots keep it visible.
    ...(points
      ? [
          {
            type: 'symbol',
            from: { data },
            interactive: false,
            encode: {
              enter: {
                x: { scale: x, field: 'step' },
                y: { scale: y, field: 'value' },
                size: { value: 18 },
                fill: { value: color },
              },
            },
          },
        ]
      : []),
    {
      type: 'line',
      from: { data },
      interactive: false,
      encode: {
        enter: {
          x: { scale: x, field: 'step' },
          y: { scale: y, field: 'value' },
          stroke: { value: color },
          strokeWidth: { value: width },
        },
      },
    },
    // Invisible points under the line carry the hover values.
    ...(interactive
      ? [
          {
            type: 'symbol',
            from: { data },
            encode: {
              enter: {
                x: { scale: x, field: 'step' },
                y: { scale: y, field: 'value' },
                size: { value: 30 },
                fill: { value: color },
                fillOpacity: { value: 0 },
                tooltip: tooltip([
                  ['step', 'datum.step'],
                  [label, fmt('datum.value')],
                ]),
              },
            },
          },
        ]
      : []),
  ];
}

export const hyperparameters: Instrument = ({ table, rect, ctx }) => {
  const rows = lineData(table, 'learning_rate');
  if (rows.length === 0) return undefined;
  const g = frame('hyperparameters', rect, 'Hyperparameters', CLASSIC_FACE);
  g.scales.push(
    // The whole run on x, so a learning rate logged once per epoch lines up with the other plots.
    stepScale('hyper_x', stepDomain(table.steps), ctx.stepKind),
    valueScale('hyper_y', paddedDomain(rows.map((r) => r.value)) ?? [0, 1]),
  );
  g.axes.push(
    axis('hyper_x', 'bottom', { title: 'Iteration', format: ',d' }),
    axis('hyper_y', 'left', { title: 'Learning rate', format: '.2~e', tickCount: 4 }),
  );
  g.marks.push(
    ...line('hyper_lr', 'hyper_x', 'hyper_y', SECONDARY, 2, 'learning_rate', ctx.interactive, true),
  );
  g.marks.push(
    legend(
      [
        {
          color: SECONDARY,
          text: `Learning Rate: (${formatLearningRate(lastValue(rows))})`,
          shape: 'stroke',
        },
      ],
      'right',
    ),
  );
  return { data: [{ name: 'hyper_lr', values: rows }], mark: g };
};

const pct = (v: number): string => `${(v <= 1 ? 100 * v : v).toFixed(1)}%`;

export const performance: Instrument = ({ table, rect, ctx }) => {
  const loss = table.columns.Loss;
  if (countPresent(loss) < 1) return undefined;
  const domain = seriesDomain(loss, 'linear');
  if (!domain) return undefined;
  const g = frame('performance', rect, 'Performance Plot', CLASSIC_FACE);
  const train = lineData(table, 'train_accuracy');
  const valid = lineData(table, 'valid_accuracy');
  const withAccuracy = train.length > 0 && valid.length > 0;
  const columns: ColumnName[] = withAccuracy
    ? ['Loss', 'train_accuracy', 'valid_accuracy']
    : ['Loss'];
  g.scales.push(
    stepScale('perf_x', seriesSteps(table, columns), ctx.stepKind),
    valueScale('perf_y', domain),
  );
  g.axes.push(
    axis('perf_x', 'bottom', { title: 'Iteration', format: ',d' }),
    axis('perf_y', 'left', { title: 'Mini-batch train loss', grid: true, tickCount: 4 }),
  );
  const s = basicSeries(
    {
      id: 'perf_loss',
      label: 'Loss',
      steps: table.steps,
      values: loss,
      xScale: 'perf_x',
      yScale: 'perf_y',
      yKind: 'linear',
    },
    ctx,
  );
  const data: VegaNode[] = [...s.data];
  g.scales.push(...s.scales);
  g.marks.push(...s.marks);
  if (withAccuracy) {
    // [0, 1] as the reference, widened if accuracies were logged another way (e.g. in percent).
    const acc = [...train, ...valid].map((r) => r.value);
    g.scales.push(valueScale('perf_acc', [Math.min(0, ...acc), Math.max(1, ...acc)]));
    g.axes.push(axis('perf_acc', 'right', { title: 'Accuracy', tickCount: 5 }));
    data.push({ name: 'perf_train', values: train }, { name: 'perf_valid', values: valid });
    g.marks.push(
      ...line('perf_train', 'perf_x', 'perf_acc', PRIMARY, 2, 'train_accuracy', ctx.interactive),
    );
    g.marks.push(
      ...line('perf_valid', 'perf_x', 'perf_acc', SECONDARY, 2, 'valid_accuracy', ctx.interactive),
    );
    g.marks.push(
      legend(
        [
          { color: PRIMARY, text: `Training Accuracy ${pct(lastValue(train))}`, shape: 'stroke' },
          {
            color: SECONDARY,
            text: `Validation Accuracy ${pct(lastValue(valid))}`,
            shape: 'stroke',
          },
        ],
        'right',
      ),
    );
  }
  return { data, mark: g };
};
