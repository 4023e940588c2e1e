/**
 * The command line shared by the example scripts (`--steps`, `--out`, `--config`, `--backend`),
 * validated the way the demo validates its flags, plus a "was this file started directly?" check.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConfigurationName } from '../core/index.js';

/** Flags every example takes. */
export interface ExampleArgs {
  steps: number;
  out: string;
  config: ConfigurationName;
  backend: 'auto' | 'wasm' | 'cpu';
}

type ExtraOptions = NonNullable<ParseArgsConfig['options']>;

/** Thrown for a bad flag; the scripts print its message and exit with status 2. */
export class UsageError extends Error {}

/**
 * Parses the common flags and any `extra` string options. Returns only the common flags that
 * were given (callers spread them over their own defaults) and the extra values unvalidated.
 */
export function parseExampleArgs(
  argv: string[],
  extra: ExtraOptions = {},
): { given: Partial<ExampleArgs>; extra: Record<string, string | undefined> } {
  const { values } = parseArgs({
    args: argv,
    options: {
      steps: { type: 'string' },
      out: { type: 'string' },
      config: { type: 'string' },
      backend: { type: 'string' },
      ...extra,
    },
  });
  const v = values as Record<string, string | undefined>;
  const given: Partial<ExampleArgs> = {};
  if (v.config !== undefined) {
    if (!['economy', 'business', 'full'].includes(v.config)) {
      throw new UsageError(`--config must be economy, business or full, got "${v.config}"`);
    }
    given.config = v.config as ConfigurationName;
  }
  if (v.backend !== undefined) {
    if (!['auto', 'wasm', 'cpu'].includes(v.backend)) {
      throw new UsageError(`--backend must be auto, wasm or cpu, got "${v.backend}"`);
    }
    given.backend = v.backend as ExampleArgs['backend'];
  }
  if (v.steps !== undefined) {
    const steps = Number(v.steps);
    // Two steps is the least that yields an Alpha value (it pairs step t with t + 1).
    if (!Number.isInteger(steps) || steps < 2)
      throw new UsageError(`--steps must be an integer ≥ 2, got "${v.steps}"`);
    given.steps = steps;
  }
  if (v.out !== undefined) given.out = v.out;
  return { given, extra: Object.fromEntries(Object.keys(extra).map((k) => [k, v[k]])) };
}

/** True when the module with this `import.meta.url` is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  const started = process.argv[1];
  return started !== undefined && resolve(started) === fileURLToPath(moduleUrl);
}

/** Runs a script's main function, turning usage errors into exit status 2 and others into 1. */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  });
}
