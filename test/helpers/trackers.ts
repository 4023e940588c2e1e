/**
 * Shared plumbing for integration tests against real tracker servers (TensorBoard, MLflow):
 * the pinned Python venv, free ports, readiness polling and servers that are always stopped.
 *
 * Skip rule: when python3 is missing the tests skip with a loud message, unless
 * REQUIRE_TRACKERS=1 (set by .ci/run), in which case they fail.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let venvBin: Promise<string | undefined> | undefined;

/**
 * Returns the bin directory of the tracker venv (installing it on first use), or undefined when
 * python3 is unavailable and REQUIRE_TRACKERS is not set (callers then skip).
 */
export function trackerVenv(): Promise<string | undefined> {
  venvBin ??= (async () => {
    try {
      const { stdout } = await execFileAsync('bash', [join(repoRoot, 'scripts/setup-python.sh')], {
        maxBuffer: 1 << 24,
      });
      return stdout.trim().split('\n').pop();
    } catch (err) {
      const message = `tracker venv unavailable (${(err as Error).message.split('\n')[0]})`;
      if (process.env.REQUIRE_TRACKERS === '1')
        throw new Error(`${message}; REQUIRE_TRACKERS=1 forbids skipping`, { cause: err });
      console.error(`\n!!! SKIPPING tracker integration tests: ${message} !!!\n`);
      return undefined;
    }
  })();
  return venvBin;
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 2xx or the deadline passes. */
export async function waitForHttp(
  url: string,
  timeoutMs = 90_000,
  proc?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (proc && proc.exitCode !== null)
      throw new Error(`server exited with ${proc.exitCode} before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (last: ${last})`);
}

/** A started server process whose output is kept for error messages. */
export interface ServerProcess {
  proc: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Spawns a server in its own process group so `stop()` ends it and all its children. */
export function startServer(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): ServerProcess {
  const proc = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    try {
      process.kill(-proc.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-proc.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  // Never leave a server behind, even when a test throws or the worker exits.
  process.once('exit', () => {
    try {
      process.kill(-proc.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  });
  return { proc, output: () => out, stop };
}

/**
 * Polls `check` until it returns a value (not undefined) or the deadline passes; errors thrown by
 * `check` count as "not yet" and the last one is named in the timeout error.
 */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(
    `timed out waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`,
  );
}
