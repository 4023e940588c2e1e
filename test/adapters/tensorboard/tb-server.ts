/** Starts the real TensorBoard from the tracker venv on 127.0.0.1 and talks to its HTTP API (G.1/G.2). */
import { join } from 'node:path';
import { freePort, startServer, waitForHttp, type ServerProcess } from '../../helpers/trackers.js';

export interface TensorBoardServer {
  base: string;
  server: ServerProcess;
  /** GET `path` as JSON; throws with the status and body on non-2xx. */
  json<T = any>(path: string): Promise<T>;
  /** GET `path` as bytes with its content type. */
  bytes(path: string): Promise<{ type: string; body: Uint8Array }>;
  /** Polls `probe` until it returns true (data appears after the first load). */
  until(probe: () => Promise<boolean>, what: string, timeoutMs?: number): Promise<void>;
}

export async function startTensorBoard(
  bin: string,
  logdir: string,
  loadFast: boolean,
): Promise<TensorBoardServer> {
  const port = await freePort();
  const server = startServer(join(bin, 'tensorboard'), [
    '--logdir',
    logdir,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    `--load_fast=${loadFast}`,
    '--reload_interval',
    '1',
  ]);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/data/runs`, 90_000, server.proc);
  } catch (err) {
    await server.stop();
    throw new Error(`${(err as Error).message}\n--- tensorboard output ---\n${server.output()}`, {
      cause: err,
    });
  }
  const get = async (path: string) => {
    const res = await fetch(base + path, { signal: AbortSignal.timeout(30_000) });
    if (!res.ok)
      throw new Error(`GET ${path} → HTTP ${res.status}: ${(await res.text()).slice(0, 500)}`);
    return res;
  };
  return {
    base,
    server,
    json: async (path) => (await get(path)).json(),
    bytes: async (path) => {
      const res = await get(path);
      return {
        type: res.headers.get('content-type') ?? '',
        body: new Uint8Array(await res.arrayBuffer()),
      };
    },
    until: async (probe, what, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        try {
          if (await probe()) return;
        } catch {
          /* not ready yet */
        }
        if (Date.now() > deadline)
          throw new Error(`TensorBoard never showed ${what}\n${server.output().slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    },
  };
}

/** `?run=…&tag=…` */
export const q = (params: Record<string, string>): string =>
  `?${new URLSearchParams(params).toString()}`;
