/** Key sanitisation, value encoding and connection/credential handling (no server needed). */
import test from 'ava';
import {
  MLFLOW_INFINITY,
  MlflowError,
  artifactProxyPath,
  decodeMetricValue,
  encodeMetricValue,
  redactUri,
  resolveConnection,
  sanitizeKey,
  storedMetricValue,
  truncateValue,
} from '../../../adapters/mlflow/index.js';

// The server's key rules (H.4): allowed characters and a normalized relative POSIX path.
const validKey = (k: string) =>
  /^[/\w.\- ]*$/.test(k) &&
  k.length <= 250 &&
  !k.startsWith('/') &&
  !k.endsWith('/') &&
  !k.includes('//') &&
  !k.split('/').some((s) => s === '.' || s === '..');

test('scalar tags that are already valid keys are kept as they are', (t) => {
  for (const tag of [
    'cockpit/Loss',
    'cockpit/GradNorm/dense_1/kernel',
    'epoch/train_loss',
    'hyperparameters/learning_rate',
  ]) {
    t.is(sanitizeKey(tag), tag);
  }
});

test('invalid characters, empty and dot segments become a valid key', (t) => {
  t.is(sanitizeKey('cockpit/GradNorm/conv2d:0/kernel'), 'cockpit/GradNorm/conv2d_0/kernel');
  t.is(sanitizeKey('/cockpit//Loss/'), 'cockpit/Loss');
  t.is(sanitizeKey('a/./b/../c'), 'a/b/__/c');
  t.is(sanitizeKey('ünï cøde!'), '_n_ c_de_');
  t.is(sanitizeKey(''), '_');
  t.is(sanitizeKey('///'), '_');
  for (const k of ['x:y', '../up', 'a//b', '.', '..', '/abs', 'tail/', 'q?=1&r'])
    t.true(validKey(sanitizeKey(k)), k);
});

test('over-long keys are cut to 250 characters and stay distinct', (t) => {
  const a = sanitizeKey(`cockpit/${'x'.repeat(300)}/a`);
  const b = sanitizeKey(`cockpit/${'x'.repeat(300)}/b`);
  t.is(a.length, 250);
  t.not(a, b);
  t.true(validKey(a) && validKey(b));
});

test('non-finite metric values are sent as protobuf JSON strings and read back as the server stores them', (t) => {
  t.is(encodeMetricValue(0.25), 0.25);
  t.is(encodeMetricValue(NaN), 'NaN');
  t.is(encodeMetricValue(Infinity), 'Infinity');
  t.is(encodeMetricValue(-Infinity), '-Infinity');
  t.is(JSON.stringify({ v: encodeMetricValue(NaN) }), '{"v":"NaN"}');
  t.true(Number.isNaN(decodeMetricValue('NaN')));
  t.is(decodeMetricValue(1.5), 1.5);
  t.is(storedMetricValue(Infinity), MLFLOW_INFINITY);
  t.is(storedMetricValue(-Infinity), -MLFLOW_INFINITY);
});

test('values are truncated with a visible marker', (t) => {
  t.is(truncateValue('short', 10), 'short');
  const cut = truncateValue('y'.repeat(9000), 8000);
  t.is(cut.length, 8000);
  t.true(cut.endsWith('…[truncated]'));
});

test('connection: options beat env, credentials never reach the display URI', (t) => {
  const env = { MLFLOW_TRACKING_URI: 'http://env-host:5000/', MLFLOW_TRACKING_TOKEN: 'tok-123' };
  const c = resolveConnection({}, env);
  t.is(c.baseUrl, 'http://env-host:5000');
  t.is(c.authorization, 'Bearer tok-123');
  t.false(c.insecureTls);
  t.is(c.timeoutMs, 120_000);
  const u = resolveConnection({ trackingUri: 'https://alice:p%40ss@host/mlflow' }, {});
  t.is(u.displayUri, 'https://host/mlflow');
  t.is(u.authorization, `Basic ${Buffer.from('alice:p@ss').toString('base64')}`);
  const both = resolveConnection({ username: 'bob', password: 'pw', token: 't' }, env);
  t.true(
    both.authorization!.startsWith('Basic '),
    'user+password win over a token, as in the Python client',
  );
  t.true(resolveConnection({}, { ...env, MLFLOW_TRACKING_INSECURE_TLS: 'TRUE' }).insecureTls);
  t.is(resolveConnection({}, { ...env, MLFLOW_HTTP_REQUEST_TIMEOUT: '7' }).timeoutMs, 7000);
});

test('connection errors name the option at fault without echoing credentials', (t) => {
  t.throws(() => resolveConnection({}, {}), {
    message: /trackingUri option or MLFLOW_TRACKING_URI/,
  });
  t.throws(() => resolveConnection({ trackingUri: 'file:///tmp/mlruns' }, {}), {
    message: /http\(s\) URL.*"file:"/,
  });
  t.throws(
    () => resolveConnection({ trackingUri: 'http://x' }, { MLFLOW_TRACKING_INSECURE_TLS: 'yes' }),
    {
      message: /MLFLOW_TRACKING_INSECURE_TLS="yes"/,
    },
  );
  t.is(
    redactUri('see http://user:secret@host:1/x and https://a@b'),
    'see http://***@host:1/x and https://***@b',
  );
});

test('MlflowError messages carry endpoint, URI, status, code and fault; retriable only for outages', (t) => {
  const e = new MlflowError({
    endpoint: 'runs/log-batch',
    trackingUri: 'http://h:1',
    status: 400,
    errorCode: 'INVALID_PARAMETER_VALUE',
    serverMessage: 'bad',
    fault: { field: 'metrics', index: 2, key: 'k', value: 'NaN' },
  });
  t.is(
    e.message,
    'MLflow runs/log-batch at http://h:1 failed: HTTP 400 INVALID_PARAMETER_VALUE: bad [at metrics[2] key="k" value="NaN"]',
  );
  t.false(e.retriable);
  for (const status of [408, 429, 500, 502, 503, 504])
    t.true(new MlflowError({ endpoint: 'x', trackingUri: 'u', status }).retriable);
  for (const status of [400, 401, 403, 404, 409])
    t.false(new MlflowError({ endpoint: 'x', trackingUri: 'u', status }).retriable);
  const down = new MlflowError({
    endpoint: 'runs/get',
    trackingUri: 'http://h:1',
    errorCode: 'ECONNREFUSED',
  });
  t.true(down.retriable && down.unreachable);
  t.is(down.message, 'MLflow runs/get at http://h:1 is unreachable (ECONNREFUSED)');
});

test('artifact proxy paths follow the run artifact_uri and encode segments', (t) => {
  t.is(
    artifactProxyPath('mlflow-artifacts:/1/abc/artifacts', 'cockpit/hist a.json', 'http://h'),
    '/api/2.0/mlflow-artifacts/artifacts/1/abc/artifacts/cockpit/hist%20a.json',
  );
  t.is(
    artifactProxyPath('mlflow-artifacts://host:5000/2/r/artifacts', 'x.png', 'http://h'),
    '/api/2.0/mlflow-artifacts/artifacts/2/r/artifacts/x.png',
  );
  t.is(
    artifactProxyPath(
      'http://h/prefix/api/2.0/mlflow-artifacts/artifacts/3/r/artifacts',
      'a/b',
      'http://h',
    ),
    '/prefix/api/2.0/mlflow-artifacts/artifacts/3/r/artifacts/a/b',
  );
  t.throws(() => artifactProxyPath('/var/mlruns/1/r/artifacts', 'x', 'http://h'), {
    message: /--serve-artifacts/,
  });
  t.throws(() => artifactProxyPath('mlflow-artifacts:/1', '../x', 'http://h'), {
    message: /relative/,
  });
});
