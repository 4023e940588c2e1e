/**
 * `tfjs-cockpit serve --logdir DIR [--port P] [--host H] [--reload SECONDS] [--samples_per_plugin k=v,...]`:
 * serves a directory of runs (Cockpit JSON logs and event files) as a TensorBoard gRPC data
 * provider, picking up new runs and steps as they appear. View with
 * `tensorboard --grpc_data_provider=HOST:PORT`.
 */
import { parseArgs } from 'node:util';
import { basename, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { LogdirSource } from '../adapters/grpc/logdir.js';
import { startDataProviderServer } from '../adapters/grpc/server.js';
import { RunStore } from '../adapters/grpc/store.js';

const USAGE =
  'usage: tfjs-cockpit serve --logdir DIR [--port P (default 6806)] [--host H (default 127.0.0.1)] [--reload SECONDS (default 5)] [--samples_per_plugin scalars=N,images=N,...]';

/** `scalars=0,images=20` → { scalars: 0, images: 20 } ("all" = 0 = keep every point). */
export function parseSamplesPerPlugin(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(',').filter(Boolean)) {
    const [name, value] = part.split('=');
    const n = value === 'all' ? 0 : Number(value);
    if (!name || value === undefined || !Number.isSafeInteger(n) || n < 0) {
      throw new Error(`--samples_per_plugin: "${part}" is not plugin=N (N >= 0 or "all")`);
    }
    out[name] = n;
  }
  return out;
}

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        logdir: { type: 'string' },
        port: { type: 'string', default: '6806' },
        host: { type: 'string', default: '127.0.0.1' },
        reload: { type: 'string', default: '5' },
        samples_per_plugin: { type: 'string', default: '' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.logdir) {
    console.error(`--logdir is required\n${USAGE}`);
    return 2;
  }
  const port = Number(values.port);
  const reloadSeconds = Number(values.reload);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be 0..65535, got ${values.port}`);
    return 2;
  }
  if (!Number.isFinite(reloadSeconds) || reloadSeconds <= 0) {
    console.error(`--reload must be a positive number of seconds, got ${values.reload}`);
    return 2;
  }
  const logdir = resolve(values.logdir);
  if (!(await stat(logdir).catch(() => undefined))?.isDirectory()) {
    console.error(`--logdir ${logdir} is not a directory`);
    return 2;
  }
  let samplesPerPlugin;
  try {
    samplesPerPlugin = parseSamplesPerPlugin(values.samples_per_plugin);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const store = new RunStore({ samplesPerPlugin });
  const source = new LogdirSource(store, logdir, { reloadMs: reloadSeconds * 1000 });
  await source.start();
  let server;
  try {
    server = await startDataProviderServer(store, {
      host: values.host,
      port,
      dataLocation: logdir,
      experimentName: basename(logdir),
    });
  } catch (err) {
    // Stop polling, or the process would stay alive without serving anything.
    await source.stop();
    const message = (err as Error).message;
    console.error(
      /cannot bind/.test(message)
        ? `${message} (is another server using port ${port}? try --port 0)`
        : message,
    );
    return 1;
  }
  if (values.host !== '127.0.0.1' && values.host !== 'localhost' && values.host !== '::1') {
    console.error(`warning: serving ${logdir} on ${values.host}, reachable beyond this machine`);
  }
  // TensorBoard's own data server prints its port the same way; scripts can parse this line.
  console.log(
    `tfjs-cockpit serve: ${store.listRuns().length} run(s) from ${logdir} at ${server.address}`,
  );
  console.log(`view with: tensorboard --grpc_data_provider=${server.address}`);
  await new Promise<void>((done) => {
    const shutdown = () => done();
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  await source.stop();
  await server.close();
  return 0;
}
