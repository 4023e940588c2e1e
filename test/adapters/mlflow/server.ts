/**
 * A real MLflow tracking server for integration tests (pinned venv, trackers.md H.9): SQLite
 * store and proxied artifacts in a temp dir, one worker, loopback only. `stop()` and `start()`
 * may be called repeatedly; a restart keeps port and store (for outage tests).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freePort,
  startServer,
  trackerVenv,
  waitForHttp,
  type ServerProcess,
} from '../../helpers/trackers.js';

export interface MlflowServer {
  uri: string;
  port: number;
  dir: string;
  /** Starts (or restarts) the server and waits for /health. Returns the startup time in ms. */
  start(): Promise<number>;
  /** Starts it unless it is running (so each test can run alone with --match). */
  ensureStarted(): Promise<void>;
  /** Stops it (SIGTERM to the process group, SIGKILL after 5 s). */
  stop(): Promise<void>;
  /** Kills it abruptly (SIGKILL to the process group), as a crash would. */
  kill(): Promise<void>;
  /** Stops it and removes the temp dir. */
  dispose(): Promise<void>;
  /** Recent server output, for failure messages. */
  output(): string;
}

/**
 * Prepares a server; `started: false` leaves it stopped (for "server comes up later" tests).
 * Resolves undefined when the tracker venv is unavailable (callers skip; REQUIRE_TRACKERS=1 fails).
 */
export async function mlflowServer(
  options: { started?: boolean } = {},
): Promise<MlflowServer | undefined> {
  const bin = await trackerVenv();
  if (!bin) return undefined;
  const dir = await mkdtemp(join(tmpdir(), 'cockpit-mlflow-'));
  const port = await freePort();
  let proc: ServerProcess | undefined;
  const env: NodeJS.ProcessEnv = { PYTHONUNBUFFERED: '1' };
  const server: MlflowServer = {
    uri: `http://127.0.0.1:${port}`,
    port,
    dir,
    async start() {
      const t0 = Date.now();
      // MLFLOW_WORKSPACE makes recent 3.x refuse to start; startServer merges env, so drop it here.
      const saved = process.env.MLFLOW_WORKSPACE;
      delete process.env.MLFLOW_WORKSPACE;
      try {
        proc = startServer(
          join(bin, 'mlflow'),
          [
            'server',
            '--host',
            '127.0.0.1',
            '--port',
            String(port),
            '--backend-store-uri',
            `sqlite:///${join(dir, 'mlflow.db')}`,
            '--artifacts-destination',
            join(dir, 'artifacts'),
            '--workers',
            '1',
          ],
          env,
        );
      } finally {
        if (saved !== undefined) process.env.MLFLOW_WORKSPACE = saved;
      }
      try {
        // The first start runs all migrations; 2 shared cores make it slow.
        await waitForHttp(`${server.uri}/health`, 180_000, proc.proc);
      } catch (err) {
        throw new Error(`${(err as Error).message}\n--- mlflow output ---\n${proc.output()}`, {
          cause: err,
        });
      }
      return Date.now() - t0;
    },
    async ensureStarted() {
      const p = proc?.proc;
      if (!p || p.exitCode !== null || p.signalCode !== null) await server.start();
    },
    async stop() {
      await proc?.stop();
    },
    async kill() {
      const p = proc?.proc;
      if (!p || p.exitCode !== null || p.signalCode !== null) return;
      const exited = new Promise<void>((r) => p.once('exit', () => r()));
      process.kill(-p.pid!, 'SIGKILL');
      await exited;
    },
    async dispose() {
      await proc?.stop();
      await rm(dir, { recursive: true, force: true });
    },
    output: () => proc?.output() ?? '',
  };
  if (options.started !== false) await server.start();
  return server;
}
