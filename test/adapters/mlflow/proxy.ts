/**
 * A small HTTP proxy on 127.0.0.1 in front of a real MLflow server, for fault tests: it can answer
 * some requests itself (429/503 like an overloaded server, 401/403 like an auth-enabled one) or
 * forward them and then lose the answer (the server did the work, the client sees 502), or
 * accept them and never answer.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What to do with one request: forward it, answer it, or forward it and replace the answer. */
export type ProxyAction =
  | { kind: 'forward' }
  | { kind: 'answer'; status: number; body: string; headers?: Record<string, string> }
  | { kind: 'forward-then-fail'; status: number }
  | { kind: 'hang' };

export interface FaultProxy {
  uri: string;
  /** Requests seen, by action kind. */
  counts: Record<ProxyAction['kind'], number>;
  /** Authorization headers seen (to prove the client sent them). */
  authorizations: Set<string>;
  close(): Promise<void>;
}

export async function faultProxy(
  target: string,
  decide: (req: http.IncomingMessage, n: number) => ProxyAction,
): Promise<FaultProxy> {
  const targetUrl = new URL(target);
  const counts = { forward: 0, answer: 0, 'forward-then-fail': 0, hang: 0 };
  const authorizations = new Set<string>();
  let n = 0;
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    if (req.headers.authorization) authorizations.add(req.headers.authorization);
    const action = decide(req, n++);
    counts[action.kind]++;
    if (action.kind === 'hang') return; // accepted, never answered (until close)
    if (action.kind === 'answer') {
      req.resume();
      res.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
      res.end(action.body);
      return;
    }
    const upstream = http.request(
      {
        host: targetUrl.hostname,
        port: targetUrl.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: targetUrl.host },
        agent,
      },
      (up) => {
        if (action.kind === 'forward-then-fail') {
          up.resume();
          up.on('end', () => {
            res.writeHead(action.status, { 'content-type': 'text/plain' });
            res.end('Bad Gateway (answer lost on purpose)');
          });
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`upstream error: ${err.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `http://127.0.0.1:${port}`,
    counts,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
