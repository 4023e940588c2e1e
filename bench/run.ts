/**
 * `npm run bench [-- --json] [-- --only engine,tensorboard,...]`: every benchmark of the project,
 * measured in one run on this machine. Ratios are to the plain training step of the same run.
 */
import { cpus } from 'node:os';
import { benchEngine, formatEngineBench } from './engine.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyArg =
  args.find((a) => a.startsWith('--only='))?.slice(7) ??
  (args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined);
const only = onlyArg ? new Set(onlyArg.split(',')) : null;
const want = (name: string) => !only || only.has(name);

type Bench = { name: string; run: () => Promise<Record<string, unknown>> };
const optional = async (name: string, path: string, fn: string): Promise<Bench | null> => {
  try {
    const mod = (await import(path)) as Record<string, () => Promise<Record<string, unknown>>>;
    return typeof mod[fn] === 'function' ? { name, run: mod[fn] } : null;
  } catch {
    return null;
  }
};

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
const results: Record<string, unknown> = {};
if (want('engine')) {
  const engine = await benchEngine();
  Object.assign(results, engine);
  if (!json)
    console.log(
      `## Engine and configurations (wasm, median ms/step; ${machine})\n\n${formatEngineBench(engine)}\n`,
    );
}
const others = await Promise.all([
  optional('patches', './patches.js', 'benchPatches'),
  optional('tensorboard', './tensorboard.js', 'benchTensorBoard'),
  optional('mlflow', './mlflow.js', 'benchMlflow'),
  optional('panel', './panel.js', 'benchPanel'),
  optional('grpc', './grpc.js', 'benchGrpc'),
]);
for (const b of others) {
  if (!b || !want(b.name)) continue;
  try {
    results[b.name] = await b.run();
    if (!json) console.log(`## ${b.name}\n\n${JSON.stringify(results[b.name], null, 2)}\n`);
  } catch (err) {
    results[b.name] = { error: (err as Error).message };
    if (!json) console.log(`## ${b.name}: failed: ${(err as Error).message}\n`);
  }
}
if (json) console.log(JSON.stringify({ machine, ...results }));
process.exit(0);
