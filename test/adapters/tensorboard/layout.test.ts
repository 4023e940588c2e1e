import test from 'ava';
import {
  bandPoints,
  cockpitLayout,
  escapeRegex,
  exactTag,
  tagPrefix,
} from '../../../adapters/tensorboard/layout.js';
import { QUANTITY_NAMES } from '../../../core/record.js';

const params = [
  { name: 'dense_1/kernel', layer: 'dense_1', param: 'kernel', shape: [2, 3] },
  { name: 'dense_1/bias', layer: 'dense_1', param: 'bias', shape: [3] },
];

test('only tracked quantities and logged keys appear, in panel order', (t) => {
  t.deepEqual(cockpitLayout(['Loss', 'GradNorm', 'TICDiag'], [], ['train_loss', 'learning_rate']), {
    category: [
      {
        title: 'STEP SIZE',
        chart: [{ title: 'Gradient norm', multiline: { tag: ['^cockpit/GradNorm$'] } }],
      },
      {
        title: 'CURVATURE',
        chart: [{ title: 'TIC (TICDiag, TICTrace)', multiline: { tag: ['^cockpit/TICDiag$'] } }],
      },
      {
        title: 'PERFORMANCE',
        chart: [{ title: 'Loss', multiline: { tag: ['^cockpit/Loss$', '^epoch/train_loss$'] } }],
      },
      {
        title: 'HYPERPARAMETERS',
        chart: [
          { title: 'Learning rate', multiline: { tag: ['^hyperparameters/learning_rate$'] } },
        ],
      },
    ],
  });
});

test('the full configuration yields every section, LAYERWISE collapsed, with the Alpha margin chart', (t) => {
  const layout = cockpitLayout(QUANTITY_NAMES, params);
  t.deepEqual(
    layout.category.map((c) => [c.title, c.chart.length, c.closed ?? false]),
    [
      ['STEP SIZE', 4, false],
      ['GRADIENTS', 1, false],
      ['CURVATURE', 3, false],
      ['PERFORMANCE', 2, false],
      ['HYPERPARAMETERS', 2, false],
      ['AUXILIARY', 3, false],
      ['LAYERWISE', 4, true],
    ],
  );
  t.deepEqual(layout.category[0]!.chart[1], {
    title: 'Alpha within the parabola band [-1, 1]',
    margin: {
      series: [
        {
          value: 'cockpit/Alpha',
          lower: 'cockpit/Alpha/band_lower',
          upper: 'cockpit/Alpha/band_upper',
        },
      ],
    },
  });
  t.deepEqual(layout.category[6]!.chart[0], {
    title: 'Gradient norm per parameter',
    multiline: { tag: ['^cockpit/GradNorm/'] },
  });
});

test('regex entries escape metacharacters and anchor as intended', (t) => {
  t.is(
    escapeRegex('a.b*c+(d)[e]{f}|g^h$i?j\\k'),
    'a\\.b\\*c\\+\\(d\\)\\[e\\]\\{f\\}\\|g\\^h\\$i\\?j\\\\k',
  );
  const exact = new RegExp(exactTag('cockpit/GradNorm/conv.1/kernel'));
  t.true(exact.test('cockpit/GradNorm/conv.1/kernel'));
  t.false(exact.test('cockpit/GradNorm/convX1/kernel'));
  t.false(exact.test('cockpit/GradNorm/conv.1/kernel_2'));
  const prefix = new RegExp(tagPrefix('cockpit/GradNorm/'));
  t.true(prefix.test('cockpit/GradNorm/dense_1/bias'));
  t.false(prefix.test('cockpit/GradNorm'));
  t.false(new RegExp(exactTag('cockpit/Loss')).test('epoch/cockpit/Loss'));
});

test('band points accompany Alpha values only', (t) => {
  t.deepEqual(bandPoints({ Alpha: 0.3 }), [
    { tag: 'cockpit/Alpha/band_lower', value: -1 },
    { tag: 'cockpit/Alpha/band_upper', value: 1 },
  ]);
  t.deepEqual(bandPoints({ Loss: 1 }), []);
});
