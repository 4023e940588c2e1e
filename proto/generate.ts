/**
 * Regenerates the protobufjs static module for the TensorBoard messages in proto/*.proto:
 * proto/generated/tensorboard.js (ESM) and proto/generated/tensorboard.d.ts.
 * The output is committed so a fresh clone can build and test without running this.
 *
 * Usage: npm run proto
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const protoDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(protoDir, '..');
const outDir = join(protoDir, 'generated');
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

/**
 * The TensorBoard message files only: other .proto files here (e.g. the gRPC service's
 * data_provider.proto, loaded at runtime by @grpc/proto-loader) are not part of this module.
 */
const MESSAGE_PROTOS = [
  'event.proto',
  'histogram.proto',
  'layout.proto',
  'plugin_data.proto',
  'summary.proto',
  'tensor.proto',
  'tensor_shape.proto',
  'types.proto',
];
// Alphabetical, as the generated output was first produced (keeps regeneration diff-free).
const sources = MESSAGE_PROTOS.map((f) => join(protoDir, f));
const missing = sources.filter((f) => !existsSync(f));
if (missing.length > 0) throw new Error(`npm run proto: missing ${missing.join(', ')}`);

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
