/**
 * Where the tracking server is and how to authenticate: options first, then the MLflow client's
 * environment variables (trackers.md H.7). The resolved `displayUri` never holds credentials.
 */

export interface ConnectionOptions {
  /** Base URL of the tracking server; default `MLFLOW_TRACKING_URI`. http(s) only. */
  trackingUri?: string;
  /** Bearer token; default `MLFLOW_TRACKING_TOKEN`. */
  token?: string;
  /** Basic-auth user; default `MLFLOW_TRACKING_USERNAME` (or the URI's user info). */
  username?: string;
  /** Basic-auth password; default `MLFLOW_TRACKING_PASSWORD` (or the URI's user info). */
  password?: string;
  /** Skip TLS certificate checks; default `MLFLOW_TRACKING_INSECURE_TLS`. */
  insecureTls?: boolean;
  /** CA bundle (PEM file) to verify the server; default `MLFLOW_TRACKING_SERVER_CERT_PATH`. */
  serverCertPath?: string;
  /** Client certificate (PEM file with certificate and key) for mutual TLS; default `MLFLOW_TRACKING_CLIENT_CERT_PATH`. */
  clientCertPath?: string;
  /** Per-request timeout in ms; default `MLFLOW_HTTP_REQUEST_TIMEOUT` seconds, else 120 s. */
  timeoutMs?: number;
}

export interface Connection {
  /** Base URL without user info or trailing slash, used for requests. */
  baseUrl: string;
  /** Same as baseUrl: safe to print (credentials are never part of it). */
  displayUri: string;
  /** The Authorization header value, if any. Never print it. */
  authorization?: string;
  insecureTls: boolean;
  serverCertPath?: string;
  clientCertPath?: string;
  timeoutMs: number;
}

/** Parses MLflow's boolean env spelling (true/false/1/0, any case). */
export function envFlag(name: string, env: NodeJS.ProcessEnv = process.env): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new Error(`${name}=${JSON.stringify(raw)} is not a boolean (use true/false/1/0)`);
}

/** Resolves options and environment into a connection; throws naming the option at fault. */
export function resolveConnection(
  options: ConnectionOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Connection {
  const raw = options.trackingUri ?? env.MLFLOW_TRACKING_URI;
  if (!raw) {
    throw new Error(
      'no MLflow tracking server given: set the trackingUri option or MLFLOW_TRACKING_URI (e.g. http://127.0.0.1:5000)',
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `trackingUri/MLFLOW_TRACKING_URI is not a URL: ${JSON.stringify(redactUri(raw))}`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(
      `trackingUri/MLFLOW_TRACKING_URI must be an http(s) URL of a tracking server, got scheme "${url.protocol}" (file/sqlite stores need the Python client)`,
    );
  }
  const uriUser = url.username ? decodeURIComponent(url.username) : undefined;
  const uriPassword = url.password ? decodeURIComponent(url.password) : undefined;
  url.username = '';
  url.password = '';
  url.hash = '';
  url.search = '';
  const baseUrl = url.toString().replace(/\/+$/, '');

  const username = options.username ?? env.MLFLOW_TRACKING_USERNAME ?? uriUser;
  const password = options.password ?? env.MLFLOW_TRACKING_PASSWORD ?? uriPassword;
  const token = options.token ?? env.MLFLOW_TRACKING_TOKEN;
  // Same precedence as the Python client's request code: Basic when both user and password are set.
  let authorization: string | undefined;
  if (username !== undefined && password !== undefined) {
    authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  } else if (token) {
    authorization = `Bearer ${token}`;
  }

  const insecureTls = options.insecureTls ?? envFlag('MLFLOW_TRACKING_INSECURE_TLS', env) ?? false;
  const serverCertPath =
    options.serverCertPath ?? (env.MLFLOW_TRACKING_SERVER_CERT_PATH || undefined);
  const clientCertPath =
    options.clientCertPath ?? (env.MLFLOW_TRACKING_CLIENT_CERT_PATH || undefined);
  if (insecureTls && serverCertPath) {
    throw new Error(
      'insecureTls/MLFLOW_TRACKING_INSECURE_TLS and serverCertPath/MLFLOW_TRACKING_SERVER_CERT_PATH exclude each other: either skip verification or verify with the CA bundle',
    );
  }
  let timeoutMs = options.timeoutMs;
  if (timeoutMs === undefined && env.MLFLOW_HTTP_REQUEST_TIMEOUT) {
    timeoutMs = Number(env.MLFLOW_HTTP_REQUEST_TIMEOUT) * 1000;
    if (!(timeoutMs > 0))
      throw new Error(
        `MLFLOW_HTTP_REQUEST_TIMEOUT=${env.MLFLOW_HTTP_REQUEST_TIMEOUT} is not a positive number of seconds`,
      );
  }
  return {
    baseUrl,
    displayUri: baseUrl,
    authorization,
    insecureTls,
    serverCertPath,
    clientCertPath,
    timeoutMs: timeoutMs ?? 120_000,
  };
}

/** Removes user info from anything URL-like, for messages built from raw input. */
export function redactUri(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1***@');
}
