/**
 * Parity with TensorBoard's own loader: the same event files (written by the TensorBoard sink)
 * served once by TensorBoard's Rust data server (`--logdir --load_fast=true`) and once by our
 * logdir source through `--grpc_data_provider` must look the same over the HTTP API: runs,
 * every scalar series, histograms, text, the custom-scalars layout and the latest images.
 */
import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogdirSource } from '../../../adapters/grpc/logdir.js';
import { startDataProviderServer } from '../../../adapters/grpc/server.js';
import { RunStore } from '../../../adapters/grpc/store.js';
import { tensorBoard } from '../../../adapters/tensorboard/sink.js';
import { freePort, startServer, trackerVenv, waitForHttp } from '../../helpers/trackers.js';
import { recordAt, runInfo } from './fixtures.js';

const bin = await trackerVenv();
const integration = bin ? test : test.skip;

type Json = any;
const STEPS = 25;
const T0 = 1_700_000_000;

integration(
  'our provider and TensorBoard’s Rust loader show the same event files identically',
  async (t) => {
    const logdir = mkdtempSync(join(tmpdir(), 'grpc-parity-'));
    t.teardown(() => rmSync(logdir, { recursive: true, force: true }));
    const sink = tensorBoard(logdir, { run: 'parity', flushEveryRecords: 1, flushIntervalMs: 0 });
    sink.open(runInfo('parity', T0));
    for (let s = 0; s < STEPS; s++) sink.write(recordAt(s, T0));
    sink.close({ status: 'finished' });

    const store = new RunStore();
    await new LogdirSource(store, logdir).scan();
    const provider = await startDataProviderServer(store, { dataLocation: logdir });
    t.teardown(() => provider.close());

    const [oursPort, rustPort] = [await freePort(), await freePort()];
    const common = ['--host', '127.0.0.1', '--reload_interval', '1'];
    const ours = startServer(join(bin!, 'tensorboard'), [
      `--grpc_data_provider=${provider.address}`,
      ...common,
      '--port',
      String(oursPort),
    ]);
    t.teardown(() => ours.stop());
    const rust = startServer(join(bin!, 'tensorboard'), [
      '--logdir',
      logdir,
      '--load_fast=true',
      ...common,
      '--port',
      String(rustPort),
    ]);
    t.teardown(() => rust.stop());
    const A = `http://127.0.0.1:${oursPort}`;
    const B = `http://127.0.0.1:${rustPort}`;
    await Promise.all([
      waitForHttp(`${A}/data/runs`, 90_000, ours.proc),
      waitForHttp(`${B}/data/runs`, 90_000, rust.proc),
    ]);

    const get = async (base: string, path: string): Promise<Json> => {
      const res = await fetch(base + path, { signal: AbortSignal.timeout(20_000) });
      if (!res.ok) throw new Error(`${base}${path} → HTTP ${res.status}`);
      return res.json();
    };
    // The Rust loader needs a reload cycle or two before the run is complete.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const pts = await get(B, '/data/plugin/scalars/scalars?run=parity&tag=cockpit%2FLoss').catch(
        () => [],
      );
      if (pts.length === STEPS || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const same = async (path: string, what = path) =>
      t.deepEqual(await get(A, path), await get(B, path), what);

    await same('/data/runs');
    const tags = await get(A, '/data/plugin/scalars/tags');
    t.deepEqual(tags, await get(B, '/data/plugin/scalars/tags'));
    const scalarTags = Object.keys(tags.parity);
    t.true(scalarTags.length > 30);
    for (const tag of scalarTags)
      await same(`/data/plugin/scalars/scalars?run=parity&tag=${encodeURIComponent(tag)}`, tag);
    await same('/data/plugin/histograms/tags');
    await same('/data/plugin/histograms/histograms?run=parity&tag=cockpit%2FGradHist1d');
    // The text plugin lists tags in provider order, which for the Rust loader is a hash order.
    const textTags = async (base: string) =>
      ((await get(base, '/data/plugin/text/tags')).parity as string[]).sort();
    t.deepEqual(await textTags(A), await textTags(B));
    for (const tag of ['cockpit/run', 'cockpit/quantities', 'cockpit/model', 'cockpit/run_end']) {
      await same(`/data/plugin/text/text?run=parity&tag=${encodeURIComponent(tag)}`, tag);
    }
    await same('/data/plugin/custom_scalars/layout');
    await same('/data/plugin/custom_scalars/scalars?run=parity&tag=%5Ecockpit%2FAlpha');
    await same('/data/plugin/images/tags');
    // Which 10 of the 25 images each reservoir keeps is random; the latest one is always kept.
    const latestImage = async (base: string) => {
      const list: { step: number; wall_time: number; query: string }[] = await get(
        base,
        '/data/plugin/images/images?run=parity&tag=cockpit%2FGradHist2d&sample=0',
      );
      const last = list.at(-1)!;
      const bytes = Buffer.from(
        await (
          await fetch(`${base}/data/plugin/images/individualImage?${last.query}`)
        ).arrayBuffer(),
      );
      return {
        count: list.length,
        step: last.step,
        wall: last.wall_time,
        bytes: bytes.toString('base64'),
      };
    };
    t.deepEqual(await latestImage(A), await latestImage(B));
  },
);
