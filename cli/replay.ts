/** `tfjs-cockpit replay CASE.json [--backend wasm|cpu] [--out FILE]`: run a golden case. */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { selectBackend } from '../core/backend.js';
import { replayCase, type GoldenCase } from '../core/replay.js';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { backend: { type: 'string', default: 'wasm' }, out: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    console.error('usage: tfjs-cockpit replay CASE.json [--backend wasm|cpu] [--out FILE]');
    return 2;
  }
  if (!['wasm', 'cpu'].includes(values.backend!)) {
    console.error(`--backend must be wasm or cpu, got "${values.backend}"`);
    return 2;
  }
  const chosen = await selectBackend(values.backend as 'wasm' | 'cpu');
  if (chosen.backend !== values.backend) {
    console.error(`could not start the ${values.backend} backend (${chosen.reason})`);
    return 1;
  }
  const c = JSON.parse(await readFile(positionals[0], 'utf8')) as GoldenCase;
  const out = await replayCase(c, { onWarning: (m) => console.error(`warning: ${m}`) });
  const text = JSON.stringify(
    out,
    (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v),
    1,
  );
  if (values.out) await writeFile(values.out, text);
  else console.log(text);
  return 0;
}
