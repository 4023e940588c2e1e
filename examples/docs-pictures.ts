/**
 * Regenerates the pictures of docs/examples.md: runs every example at the settings the docs
 * quote, copies each panel.png to docs/examples/<name>.png and prints the measured diagnostics
 * as a Markdown table (the numbers quoted in the docs).
 *
 *   node --import tsx examples/docs-pictures.ts [--only name,name] [--runs runs/examples]
 *
 * Takes about three minutes on two cores, most of it the CNN with the full configuration.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runMnistMlp } from './mnist-mlp.js';
import { runMnistCnn } from './mnist-cnn.js';
import { FAILURE_MODES, runFailureMode } from './failure-modes.js';
import { formatDiagnostics, measure, type Diagnostics } from './diagnostics.js';
import { isMain, runMain, UsageError } from './example-cli.js';
import { readLog } from '../exporters/json-log.js';
import { statusReport } from '../exporters/status-report.js';

const NAMES = ['mnist-mlp', 'mnist-cnn', ...FAILURE_MODES] as const;
type Name = (typeof NAMES)[number];

async function runOne(
  name: Name,
  out: string,
): Promise<{ panelPath?: string; diagnostics: Diagnostics; findings: string[] }> {
  if (name === 'mnist-mlp' || name === 'mnist-cnn') {
    // The CNN picture uses the full configuration so the docs can show the curvature column once.
    const args =
      name === 'mnist-mlp'
        ? { steps: 300, out, config: 'economy' as const, backend: 'auto' as const }
        : { steps: 200, out, config: 'full' as const, backend: 'auto' as const };
    const r = await (name === 'mnist-mlp' ? runMnistMlp(args, true) : runMnistCnn(args, true));
    const log = await readLog(r.logPath!);
    return {
      panelPath: r.panelPath,
      diagnostics: measure(log),
      findings: statusReport(log, { batchSize: 64 }).map((f) => f.id),
    };
  }
  const r = await runFailureMode(name, { out }, {}, true);
  return {
    panelPath: r.panelPath,
    diagnostics: r.diagnostics,
    findings: r.findings.map((f) => f.id),
  };
}

const g3 = (x: number): string =>
  Number.isFinite(x) ? Number(x.toPrecision(3)).toString() : String(x);

if (isMain(import.meta.url)) {
  runMain(async () => {
    const { values } = parseArgs({
      options: { only: { type: 'string' }, runs: { type: 'string', default: 'runs/examples' } },
    });
    const only = values.only ? (values.only.split(',') as Name[]) : [...NAMES];
    const unknown = only.filter((n) => !NAMES.includes(n));
    if (unknown.length)
      throw new UsageError(
        `--only: unknown example(s) ${unknown.join(', ')}; known: ${NAMES.join(', ')}`,
      );
    await mkdir('docs/examples', { recursive: true });
    const rows: string[] = [
      '| example | mean α (last 10 %) | α > 1 / near −1 (last 10 %) | NormTest / InnerTest / OrthoTest (median, last 10 %) | loss first → last | status report |',
      '|---|---|---|---|---|---|',
    ];
    for (const name of only) {
      const started = Date.now();
      const { panelPath, diagnostics: d, findings } = await runOne(name, join(values.runs!, name));
      if (panelPath) await copyFile(panelPath, join('docs/examples', `${name}.png`));
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.error(
        `${name} (${seconds} s):\n${formatDiagnostics(d)}\nreport: ${findings.join(', ') || 'no findings'}\n`,
      );
      const t = d.tests;
      rows.push(
        `| ${name} | ${g3(d.alpha.meanLast)} | ${Math.round(100 * d.alpha.fractionAboveOneLast)} % / ${Math.round(100 * d.alpha.fractionNearMinusOneLast)} % | ` +
          `${g3(t.NormTest.medianLast)} / ${g3(t.InnerTest.medianLast)} / ${g3(t.OrthoTest.medianLast)} | ${g3(d.loss.first)} → ${g3(d.loss.last)} | ${findings.join(', ') || '—'} |`,
      );
    }
    console.log(rows.join('\n'));
  });
}
