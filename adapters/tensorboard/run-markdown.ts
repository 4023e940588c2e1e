/** RunInfo as markdown tables for TensorBoard's text plugin. */
import type { RunInfo } from '../../core/record.js';

/** Escapes a table cell: pipes and newlines would break the row. */
function cell(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return (text ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(header: string[], rows: unknown[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** Run name, configuration, backend, start time and the optimizer with its config. */
export function runMarkdown(run: RunInfo): string {
  const start = Number.isFinite(run.startTime)
    ? new Date(run.startTime * 1000).toISOString()
    : String(run.startTime);
  return [
    `### Cockpit run ${cell(run.runName)}`,
    table(
      ['property', 'value'],
      [
        ['run', run.runName],
        ['configuration', run.configuration],
        ['backend', run.backend],
        ['started', start],
        ['optimizer', run.optimizer.className],
        ...Object.entries(run.optimizer.config).map(([k, v]) => [`optimizer.${k}`, v]),
      ],
    ),
  ].join('\n\n');
}

/** The tracked quantities with schedule and options. */
export function quantitiesMarkdown(run: RunInfo): string {
  return [
    `### Tracked quantities (${cell(run.configuration)})`,
    table(
      ['quantity', 'schedule', 'options'],
      run.quantities.map((q) => [
        q.name,
        q.schedule,
        Object.keys(q.options).length > 0 ? q.options : '',
      ]),
    ),
  ].join('\n\n');
}

/** Layers and parameter tensors of the model. */
export function modelMarkdown(run: RunInfo): string {
  const total = run.layers.reduce((n, l) => n + l.parameterCount, 0);
  return [
    `### Model (${total} parameters)`,
    table(
      ['layer', 'class', 'output shape', 'parameters'],
      run.layers.map((l) => [l.name, l.className, l.outputShape, String(l.parameterCount)]),
    ),
    '### Parameter tensors',
    table(
      ['name', 'layer', 'param', 'shape'],
      run.parameters.map((p) => [p.name, p.layer, p.param, `[${p.shape.join(', ')}]`]),
    ),
  ].join('\n\n');
}
