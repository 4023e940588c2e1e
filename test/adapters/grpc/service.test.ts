/**
 * Every RPC of the data provider through a real gRPC client generated from the same .proto,
 * against a server fed by the grpcServer() sink with realistic (golden) records.
 */
import test from 'ava';
import * as grpc from '@grpc/grpc-js';
import { DataProviderClient, type Message } from '../../../adapters/grpc/client.js';
import { grpcServer, type GrpcServerSink } from '../../../adapters/grpc/sink.js';
import { startDataProviderServer } from '../../../adapters/grpc/server.js';
import { RunStore, DataClass } from '../../../adapters/grpc/store.js';
import { encodeBlobKey } from '../../../adapters/grpc/blob-key.js';
import { tensorboard } from '../../../proto/generated/tensorboard.js';
import { cockpitLayout } from '../../../adapters/tensorboard/layout.js';
import { encodePng } from '../../../adapters/tensorboard/images/png.js';
import { PARAMETERS, goldenLog, recordAt, runInfo } from './fixtures.js';

const STEPS = 40;
let sink: GrpcServerSink;
let client: DataProviderClient;

const scalars = { plugin_filter: { plugin_name: 'scalars' } };
const filter = (runs: string[] | null, tags: string[] | null) => ({
  run_tag_filter: {
    ...(runs ? { runs: { names: runs } } : {}),
    ...(tags ? { tags: { names: tags } } : {}),
  },
});

async function rejectsWith(
  t: import('ava').ExecutionContext,
  p: Promise<unknown>,
  code: grpc.status,
  text: RegExp,
) {
  const err = (await t.throwsAsync(p)) as grpc.ServiceError;
  t.is(err.code, code, err.details);
  t.regex(err.details, text);
}

test.before(async () => {
  sink = grpcServer({ announce: false, blobChunkSize: 1024 });
  await sink.open(runInfo('mlp'));
  for (let step = 0; step < STEPS; step++) await sink.write(recordAt(step));
  // A second run in the same store, fed directly.
  sink.store.add(
    'other',
    'cockpit/Loss',
    { pluginName: 'scalars', dataClass: DataClass.SCALAR },
    { step: 0, wallTime: 1_800_000_000, value: 3 },
  );
  client = new DataProviderClient(sink.server!.address);
});

test.after.always(async () => {
  client?.close();
  await sink?.stop();
});

test('server binds 127.0.0.1 by default', (t) => {
  t.is(sink.server!.host, '127.0.0.1');
  t.regex(sink.server!.address, /^127\.0\.0\.1:\d+$/);
});

test('GetExperiment names the run and reports the earliest start time', async (t) => {
  const res = await client.call('GetExperiment', { experiment_id: '' });
  t.is(res.name, 'mlp');
  t.is(res.creation_time.seconds, 1_700_000_000);
});

test('ListRuns lists runs by start time with their start time', async (t) => {
  const res = await client.call('ListRuns', {});
  t.deepEqual(
    res.runs.map((r: Message) => [r.name, r.start_time]),
    [
      ['mlp', 1_700_000_000],
      ['other', 1_800_000_000],
    ],
  );
});

test('ListPlugins lists the plugins that have data', async (t) => {
  const res = await client.call('ListPlugins', {});
  t.deepEqual(
    res.plugins.map((p: Message) => p.name),
    ['custom_scalars', 'histograms', 'images', 'scalars', 'text'],
  );
});

test('ListScalars reports max step, wall time and scalars metadata per tag', async (t) => {
  const res = await client.call('ListScalars', { ...scalars, ...filter(['mlp'], null) });
  t.is(res.runs.length, 1);
  const tags = new Map<string, Message>(
    res.runs[0].tags.map((e: Message) => [e.tag_name, e.metadata]),
  );
  for (const tag of [
    'cockpit/Loss',
    'cockpit/Alpha',
    'cockpit/GradNorm',
    'cockpit/GradNorm/dense_1/kernel',
    'hyperparameters/learning_rate',
  ]) {
    t.true(tags.has(tag), tag);
  }
  const loss = tags.get('cockpit/Loss')!;
  t.is(loss.max_step, STEPS - 1);
  t.is(loss.max_wall_time, 1_700_000_000 + STEPS - 1);
  t.is(loss.summary_metadata.plugin_data.plugin_name, 'scalars');
  t.is(loss.summary_metadata.data_class, DataClass.SCALAR);
  t.regex(loss.summary_metadata.summary_description, /loss/i);
});

test('ReadScalars returns the recorded values as float32, in step order', async (t) => {
  const res = await client.call('ReadScalars', {
    ...scalars,
    ...filter(['mlp'], ['cockpit/Loss']),
    downsample: { num_points: 1000 },
  });
  const data = res.runs[0].tags[0].data;
  const log = goldenLog();
  t.deepEqual(data.step, [...Array(STEPS).keys()]);
  t.deepEqual(
    data.value,
    data.step.map((s: number) => Math.fround(log[s % 5]!.Loss as number)),
  );
  t.is(data.wall_time[7], 1_700_000_007);
});

test('ReadScalars downsamples to num_points per series and always keeps the latest point', async (t) => {
  const res = await client.call('ReadScalars', {
    ...scalars,
    ...filter(['mlp'], ['cockpit/Loss', 'cockpit/GradNorm']),
    downsample: { num_points: 5 },
  });
  t.is(res.runs[0].tags.length, 2);
  for (const entry of res.runs[0].tags) {
    t.is(entry.data.step.length, 5);
    t.is(entry.data.step.at(-1), STEPS - 1);
    t.deepEqual(
      [...entry.data.step].sort((a: number, b: number) => a - b),
      entry.data.step,
    );
  }
  const one = await client.call('ReadScalars', {
    ...scalars,
    ...filter(['mlp'], ['cockpit/Loss']),
    downsample: { num_points: 1 },
  });
  t.deepEqual(one.runs[0].tags[0].data.step, [STEPS - 1]);
  const none = await client.call('ReadScalars', {
    ...scalars,
    ...filter(['mlp'], ['cockpit/Loss']),
    downsample: { num_points: 0 },
  });
  t.deepEqual(none.runs[0].tags[0].data.step, []);
});

test('filters: absent matches all, present but empty matches none', async (t) => {
  const all = await client.call('ListScalars', scalars);
  t.deepEqual(
    all.runs.map((r: Message) => r.run_name),
    ['mlp', 'other'],
  );
  const noRuns = await client.call('ListScalars', {
    ...scalars,
    run_tag_filter: { runs: { names: [] } },
  });
  t.deepEqual(noRuns.runs, []);
  const noTags = await client.call('ReadScalars', {
    ...scalars,
    run_tag_filter: { runs: { names: ['mlp'] }, tags: { names: [] } },
    downsample: { num_points: 10 },
  });
  t.deepEqual(noTags.runs, []);
  // A multi-run read where only one run has the tag returns what exists.
  const partial = await client.call('ReadScalars', {
    ...scalars,
    ...filter(['mlp', 'other'], ['cockpit/Alpha']),
    downsample: { num_points: 10 },
  });
  t.deepEqual(
    partial.runs.map((r: Message) => r.run_name),
    ['mlp'],
  );
});

test('ListTensors/ReadTensors serve GradHist1d as a [k, 3] DT_DOUBLE histogram tensor', async (t) => {
  const list = await client.call('ListTensors', { plugin_filter: { plugin_name: 'histograms' } });
  t.deepEqual(
    list.runs[0].tags.map((e: Message) => e.tag_name),
    ['cockpit/GradHist1d'],
  );
  t.is(list.runs[0].tags[0].metadata.summary_metadata.data_class, DataClass.TENSOR);
  const res = await client.call('ReadTensors', {
    plugin_filter: { plugin_name: 'histograms' },
    ...filter(['mlp'], ['cockpit/GradHist1d']),
    downsample: { num_points: 500 },
  });
  const data = res.runs[0].tags[0].data;
  t.is(data.step.length, STEPS);
  const tensor = data.value[3];
  const h = goldenLog()[3]!.GradHist1d as { hist: number[]; edges: number[] };
  t.is(tensor.dtype, 2);
  t.deepEqual(
    tensor.tensor_shape.dim.map((d: Message) => d.size),
    [h.hist.length, 3],
  );
  const rows = new Float64Array(new Uint8Array(tensor.tensor_content).buffer);
  t.deepEqual([rows[0], rows[1], rows[2]], [h.edges[0], h.edges[1], h.hist[0]]);
  t.is(
    rows.reduce((s, x, i) => (i % 3 === 2 ? s + x : s), 0),
    h.hist.reduce((a, b) => a + b, 0),
  );
});

test('the custom-scalars layout is served as the latest custom_scalars__config__ tensor, equal to cockpitLayout', async (t) => {
  const res = await client.call('ReadTensors', {
    plugin_filter: { plugin_name: 'custom_scalars' },
    run_tag_filter: { tags: { names: ['custom_scalars__config__'] } },
    downsample: { num_points: 1 },
  });
  const tensor = res.runs[0].tags[0].data.value[0];
  t.is(tensor.dtype, 7);
  const layout = tensorboard.Layout.toObject(tensorboard.Layout.decode(tensor.string_val[0]), {
    defaults: false,
  });
  const info = runInfo();
  const expected = tensorboard.Layout.toObject(
    tensorboard.Layout.decode(
      tensorboard.Layout.encode(
        cockpitLayout(
          info.quantities.map((q) => q.name),
          PARAMETERS,
        ) as tensorboard.ILayout,
      ).finish(),
    ),
    { defaults: false },
  );
  t.deepEqual(layout, expected);
  t.true((layout.category as Message[]).some((c) => c.title === 'STEP SIZE'));
});

test('blob sequences: GradHist2d images as [width, height, png] with max_length 3, streamed by ReadBlob', async (t) => {
  const list = await client.call('ListBlobSequences', { plugin_filter: { plugin_name: 'images' } });
  const meta = list.runs[0].tags.find((e: Message) => e.tag_name === 'cockpit/GradHist2d').metadata;
  t.is(meta.max_length, 3);
  t.is(meta.summary_metadata.data_class, DataClass.BLOB_SEQUENCE);
  const res = await client.call('ReadBlobSequences', {
    plugin_filter: { plugin_name: 'images' },
    ...filter(['mlp'], ['cockpit/GradHist2d']),
    downsample: { num_points: 10 },
  });
  const data = res.runs[0].tags[0].data;
  // Blob sequences keep at most 10 points (reservoir), including the latest.
  t.is(data.step.length, 10);
  t.is(data.step.at(-1), STEPS - 1);
  const refs = data.values.at(-1).blob_refs;
  t.is(refs.length, 3);
  const [w, h, png] = await Promise.all(refs.map((r: Message) => client.readBlob(r.blob_key)));
  t.deepEqual(png!.subarray(0, 8), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  t.is(png!.readUInt32BE(16), Number(w!.toString()));
  t.is(png!.readUInt32BE(20), Number(h!.toString()));
  // blobChunkSize 1024: a multi-kB PNG arrives in several chunks and is reassembled exactly.
  t.true(png!.length > 1024);
});

test('panel artifacts become the cockpit/panel image series', async (t) => {
  const rgba = new Uint8Array(4 * 6 * 4).fill(200);
  const png = encodePng({ width: 6, height: 4, rgba });
  await sink.artifact!({
    kind: 'panel',
    step: 12,
    fileName: 'panel.png',
    contentType: 'image/png',
    data: png,
  });
  const res = await client.call('ReadBlobSequences', {
    plugin_filter: { plugin_name: 'images' },
    ...filter(['mlp'], ['cockpit/panel']),
    downsample: { num_points: 10 },
  });
  const data = res.runs[0].tags[0].data;
  t.deepEqual(data.step, [12]);
  const blobs = await Promise.all(
    data.values[0].blob_refs.map((r: Message) => client.readBlob(r.blob_key)),
  );
  t.deepEqual(blobs.map((b) => b.toString('latin1')).slice(0, 2), ['6', '4']);
  t.deepEqual(blobs[2], Buffer.from(png));
});

test('malformed requests get INVALID_ARGUMENT', async (t) => {
  await rejectsWith(
    t,
    client.call('ListScalars', {}),
    grpc.status.INVALID_ARGUMENT,
    /plugin_name is required/,
  );
  await rejectsWith(
    t,
    client.call('ReadScalars', {
      plugin_filter: { plugin_name: '' },
      downsample: { num_points: 1 },
    }),
    grpc.status.INVALID_ARGUMENT,
    /plugin_name/,
  );
  await rejectsWith(
    t,
    client.call('ReadScalars', scalars),
    grpc.status.INVALID_ARGUMENT,
    /downsample is required/,
  );
  await rejectsWith(
    t,
    client.call('ReadTensors', { ...scalars, downsample: { num_points: -1 } }),
    grpc.status.INVALID_ARGUMENT,
    />= 0/,
  );
  await rejectsWith(t, client.readBlob('not a key!'), grpc.status.INVALID_ARGUMENT, /base64url/);
  await rejectsWith(
    t,
    client.readBlob(Buffer.from('{"a":1}').toString('base64url')),
    grpc.status.INVALID_ARGUMENT,
    /\[run, tag, step, index\]/,
  );
  await rejectsWith(t, client.readBlob(''), grpc.status.INVALID_ARGUMENT, /empty/);
});

test('unknown runs, tags and blobs get NOT_FOUND', async (t) => {
  await rejectsWith(
    t,
    client.call('ReadScalars', {
      ...scalars,
      ...filter(['nope'], null),
      downsample: { num_points: 1 },
    }),
    grpc.status.NOT_FOUND,
    /run "nope" not found/,
  );
  await rejectsWith(
    t,
    client.call('ListTensors', {
      plugin_filter: { plugin_name: 'histograms' },
      ...filter(['nope'], null),
    }),
    grpc.status.NOT_FOUND,
    /nope/,
  );
  await rejectsWith(
    t,
    client.call('ReadScalars', {
      ...scalars,
      ...filter(['mlp'], ['cockpit/Nope']),
      downsample: { num_points: 1 },
    }),
    grpc.status.NOT_FOUND,
    /cockpit\/Nope/,
  );
  // A scalar tag asked for as a blob sequence does not exist there either.
  await rejectsWith(
    t,
    client.call('ReadBlobSequences', {
      plugin_filter: { plugin_name: 'images' },
      ...filter(['mlp'], ['cockpit/Loss']),
      downsample: { num_points: 1 },
    }),
    grpc.status.NOT_FOUND,
    /cockpit\/Loss/,
  );
  await rejectsWith(
    t,
    client.readBlob(encodeBlobKey({ run: 'nope', tag: 'cockpit/GradHist2d', step: 1, index: 2 })),
    grpc.status.NOT_FOUND,
    /run "nope"/,
  );
  await rejectsWith(
    t,
    client.readBlob(encodeBlobKey({ run: 'mlp', tag: 'cockpit/Loss', step: 1, index: 2 })),
    grpc.status.NOT_FOUND,
    /cockpit\/Loss/,
  );
  await rejectsWith(
    t,
    client.readBlob(
      encodeBlobKey({ run: 'mlp', tag: 'cockpit/GradHist2d', step: 10_000, index: 2 }),
    ),
    grpc.status.NOT_FOUND,
    /step 10000/,
  );
  await rejectsWith(
    t,
    client.readBlob(
      encodeBlobKey({ run: 'mlp', tag: 'cockpit/GradHist2d', step: STEPS - 1, index: 3 }),
    ),
    grpc.status.NOT_FOUND,
    /index 3/,
  );
  // The server is still healthy afterwards.
  t.is((await client.call('ListRuns')).runs.length, 2);
});

test('concurrent clients read consistent data while records keep arriving', async (t) => {
  const sink = grpcServer({ announce: false });
  await sink.open(runInfo('mlp'));
  for (let step = 0; step < STEPS; step++) await sink.write(recordAt(step));
  const clients = Array.from({ length: 6 }, () => new DataProviderClient(sink.server!.address));
  try {
    const writer = (async () => {
      for (let step = STEPS; step < STEPS + 30; step++) {
        await sink.write(recordAt(step));
        await new Promise((r) => setImmediate(r));
      }
    })();
    const reads = clients.flatMap((c) =>
      Array.from({ length: 5 }, () =>
        c.call('ReadScalars', {
          ...scalars,
          ...filter(['mlp'], ['cockpit/Loss', 'cockpit/GradNorm']),
          downsample: { num_points: 1000 },
        }),
      ),
    );
    const results = await Promise.all([...reads, writer]);
    for (const res of results.slice(0, -1) as Message[]) {
      for (const entry of res.runs[0].tags) {
        const steps: number[] = entry.data.step;
        t.true(steps.length >= STEPS);
        t.deepEqual(steps, [...Array(steps.length).keys()]); // gap-free prefix, in order
        t.is(entry.data.value.length, steps.length);
      }
    }
    const after = await clients[0]!.call('ReadScalars', {
      ...scalars,
      ...filter(['mlp'], ['cockpit/Loss']),
      downsample: { num_points: 1000 },
    });
    t.is(after.runs[0].tags[0].data.step.at(-1), STEPS + 29);
  } finally {
    for (const c of clients) c.close();
    await sink.close({ status: 'finished' });
  }
});

test('a client cancelling a ReadBlob stream mid-way leaves the server serving', async (t) => {
  const store = new RunStore();
  const big = new Uint8Array(16 * 1024 * 1024).map((_, i) => i & 0xff);
  store.add(
    'r',
    'img',
    { pluginName: 'images', dataClass: DataClass.BLOB_SEQUENCE },
    { step: 1, wallTime: 1, value: [Buffer.from('1'), Buffer.from('1'), big] },
  );
  const server = await startDataProviderServer(store, { blobChunkSize: 16 * 1024 });
  const c = new DataProviderClient(server.address);
  try {
    const key = encodeBlobKey({ run: 'r', tag: 'img', step: 1, index: 2 });
    const received = await new Promise<{ bytes: number; code: number }>((resolve) => {
      let bytes = 0;
      const stream = c.readBlobStream(key);
      stream.on('data', (m: Message) => {
        bytes += m.data.length;
        if (bytes >= 256 * 1024) stream.cancel();
      });
      stream.on('error', (err: grpc.ServiceError) => resolve({ bytes, code: err.code }));
      stream.on('end', () => resolve({ bytes, code: grpc.status.OK }));
    });
    t.is(received.code, grpc.status.CANCELLED);
    t.true(received.bytes < big.length);
    // Many cancellations in a row, then a full read: the server is unaffected.
    for (let i = 0; i < 10; i++) {
      const s = c.readBlobStream(key);
      await new Promise<void>((r) => {
        s.once('data', () => s.cancel());
        s.on('error', () => r());
        s.on('end', () => r());
      });
    }
    const full = await c.readBlob(key);
    t.is(full.length, big.length);
    t.true(full.equals(Buffer.from(big.buffer)));
  } finally {
    c.close();
    await server.close();
  }
});

test('the store bounds memory: 5000 steps keep 1000 scalar points, 100 tensors, 10 images per series', async (t) => {
  const store = new RunStore();
  const sm = { pluginName: 'scalars', dataClass: DataClass.SCALAR } as const;
  const tm = { pluginName: 'histograms', dataClass: DataClass.TENSOR } as const;
  const bm = { pluginName: 'images', dataClass: DataClass.BLOB_SEQUENCE } as const;
  for (let s = 0; s < 5000; s++) {
    store.add('r', 's', sm, { step: s, wallTime: s, value: s });
    store.add('r', 't', tm, {
      step: s,
      wallTime: s,
      value: { dtype: 2, tensor_shape: { dim: [] } },
    });
    store.add('r', 'b', bm, { step: s, wallTime: s, value: [Buffer.from('x')] });
  }
  const run = store.getRun('r')!;
  t.deepEqual(
    ['s', 't', 'b'].map((tag) => run.series.get(tag)!.reservoir.size),
    [1000, 100, 10],
  );
  for (const tag of ['s', 't', 'b']) t.is(run.series.get(tag)!.reservoir.last()!.step, 4999);
  // A uniform sample: about half of the kept scalar points come from the first half of the run.
  const firstHalf = run.series
    .get('s')!
    .reservoir.points()
    .filter((p) => p.step < 2500).length;
  t.true(firstHalf > 400 && firstHalf < 600, `${firstHalf}`);
  // samplesPerPlugin overrides, 0 keeps everything.
  const all = new RunStore({ samplesPerPlugin: { scalars: 0 } });
  for (let s = 0; s < 5000; s++) all.add('r', 's', sm, { step: s, wallTime: s, value: s });
  t.is(all.getRun('r')!.series.get('s')!.reservoir.size, 5000);
});

test('the run description is served as markdown text tensors, like the event-file sink writes it', async (t) => {
  const res = await client.call('ReadTensors', {
    plugin_filter: { plugin_name: 'text' },
    ...filter(['mlp'], ['cockpit/run', 'cockpit/model']),
    downsample: { num_points: 10 },
  });
  const byTag = new Map<string, Message>(
    res.runs[0].tags.map((e: Message) => [e.tag_name, e.data]),
  );
  const run = byTag.get('cockpit/run')!;
  t.deepEqual(run.step, [0]);
  t.is(run.value[0].dtype, 7);
  t.regex(run.value[0].string_val[0].toString('utf8'), /Cockpit run mlp/);
  t.regex(byTag.get('cockpit/model')!.value[0].string_val[0].toString('utf8'), /dense_1/);
});

test('a client process dying mid-stream is harmless to the server', async (t) => {
  const store = new RunStore();
  const big = new Uint8Array(32 * 1024 * 1024).fill(7);
  store.add(
    'r',
    'img',
    { pluginName: 'images', dataClass: DataClass.BLOB_SEQUENCE },
    { step: 1, wallTime: 1, value: [Buffer.from('1'), Buffer.from('1'), big] },
  );
  const server = await startDataProviderServer(store, { blobChunkSize: 16 * 1024 });
  try {
    const key = encodeBlobKey({ run: 'r', tag: 'img', step: 1, index: 2 });
    const clientModule = new URL('../../../adapters/grpc/client.ts', import.meta.url).href;
    // A separate process reads the first chunks, then exits without closing anything (TCP reset).
    const script = `
      const { DataProviderClient } = await import(${JSON.stringify(clientModule)});
      const c = new DataProviderClient(${JSON.stringify(server.address)});
      let n = 0;
      c.readBlobStream(${JSON.stringify(key)}).on('data', (m) => {
        n += m.data.length;
        if (n >= 1 << 20) { console.log('got', n); process.exit(0); }
      });`;
    const { execFile } = await import('node:child_process');
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { timeout: 60_000 },
        (err, stdout) => (err ? reject(err) : resolve(stdout)),
      ),
    );
    t.regex(out, /got \d+/);
    // The server keeps serving complete blobs to others.
    const c = new DataProviderClient(server.address);
    try {
      t.is((await c.readBlob(key)).length, big.length);
      t.is((await c.call('ListRuns')).runs[0].name, 'r');
    } finally {
      c.close();
    }
  } finally {
    await server.close();
  }
});
