/**
 * Regenerates the protobufjs static module for the TensorBoard messages in proto/*.proto:
 * proto/generated/tensorboard.js (ESM) and proto/generated/tensorboard.d.ts.
 * The output is committed so a fresh clone can build and test without running this.
 *
 * Usage: npm run proto
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const protoDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(protoDir, '..');
const outDir = join(protoDir, 'generated');
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

const sources = readdirSync(protoDir)
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join(protoDir, f));
if (sources.length === 0) throw new Error(`no .proto files found in ${protoDir}`);

mkdirSync(outDir, { recursive: true });
const js = join(outDir, 'tensorboard.js');
const dts = join(outDir, 'tensorboard.d.ts');

// static-module + esm wrapper: plain ESM importing protobufjs/minimal.js, no runtime reflection.
execFileSync(
  bin('pbjs'),
  ['-t', 'static-module', '-w', 'esm', '--es6', '-p', protoDir, '-o', js, ...sources],
  {
    stdio: 'inherit',
  },
);
execFileSync(bin('pbts'), ['-o', dts, js], { stdio: 'inherit' });
console.log(`wrote ${js} and ${dts} from ${sources.length} .proto files`);
