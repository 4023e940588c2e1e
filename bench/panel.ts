/**
 * Panel rendering benchmark: a 10,000-step synthetic log (every quantity of the "full"
 * configuration, histograms every 10/50 steps, curvature every 25) rendered to PNG, and the
 * stages separately (spec build, Vega → SVG, resvg → PNG), plus the HTML page. Median of runs
 * after one warm-up. Target: PNG under 2 s on a 2-core machine.
 */
import { fileURLToPath } from 'node:url';
import { buildPanelSpec } from '../exporters/panel/spec.js';
import { renderPanel, specToSvg, svgToPng } from '../exporters/panel/render.js';
import { syntheticRun } from '../test/fixtures/synthetic-run.js';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function time(runs: number, f: () => Promise<unknown> | unknown): Promise<number> {
  await f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Milliseconds (medians) and sizes for rendering a 10,000-step log. */
export async function benchPanel(): Promise<Record<string, number>> {
  const log = syntheticRun({ steps: 10_000 });
  const options = { optimizer: 'SGD', report: true } as const;
  let svg = '';
  let pngBytes = 0;
  let htmlBytes = 0;
  const spec = buildPanelSpec(log, options);
  const results: Record<string, number> = {
    'panel.png_10k_steps_ms': await time(3, async () => {
      pngBytes = ((await renderPanel(log, { ...options, format: 'png' })) as Uint8Array).length;
    }),
    'panel.spec_10k_steps_ms': await time(3, () => buildPanelSpec(log, options)),
    'panel.svg_from_spec_ms': await time(3, async () => {
      svg = await specToSvg(spec);
    }),
    'panel.png_from_svg_ms': await time(3, () => svgToPng(svg, 1600)),
    'panel.html_10k_steps_ms': await time(2, async () => {
      htmlBytes = ((await renderPanel(log, { ...options, format: 'html' })) as string).length;
    }),
  };
  results['panel.svg_bytes'] = svg.length;
  results['panel.png_bytes'] = pngBytes;
  results['panel.html_bytes'] = htmlBytes;
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await benchPanel());
}
