#!/usr/bin/env node
/**
 * `tfjs-cockpit <command> ...`: each command lives in its own module under cli/ and exports
 * `run(args: string[]): Promise<number>` (the exit code).
 */
const COMMANDS: Record<string, { module: string; summary: string }> = {
  replay: {
    module: './replay.js',
    summary: 'replay CASE.json [--backend wasm|cpu] [--out FILE]  run a golden case',
  },
  plot: {
    module: './plot.js',
    summary: 'plot LOG.json --out panel.png|panel.svg|panel.html [--steps A:B]',
  },
  serve: {
    module: './serve.js',
    summary: 'serve --logdir DIR [--port P] [--host H]  TensorBoard gRPC data provider',
  },
  upload: {
    module: './upload.js',
    summary: 'upload LOG.json --experiment NAME [--tracking-uri URI]  send a log to MLflow',
  },
};

function usage(): string {
  return [
    'usage: tfjs-cockpit <command> [options]',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.summary}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`unknown command "${name}"\n${usage()}`);
    return 2;
  }
  const mod = (await import(command.module)) as { run: (args: string[]) => Promise<number> };
  return mod.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
