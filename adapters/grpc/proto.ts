/**
 * Runtime loading of the data-provider service (proto/data_provider.proto) with
 * @grpc/proto-loader. Server and test clients use the same definition, so both sides agree on
 * the wire format by construction.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

/** Full gRPC service name, as TensorBoard calls it. */
export const SERVICE_NAME = 'tensorboard.data.TensorBoardDataProvider';

/**
 * Object conversion both sides use: field names as in the .proto (snake_case), int64 as JS
 * numbers (steps stay far below 2^53), enums as numbers, defaults filled in and absent
 * sub-messages as `null` — so "filter absent" and "filter present but empty" stay distinct.
 */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: Number,
  enums: Number,
  bytes: Buffer,
  defaults: true,
  arrays: true,
  oneofs: true,
};

/**
 * The proto/ folder: the nearest one above this file that holds data_provider.proto — from the
 * sources (adapters/grpc → ../../proto) as from a build (dist/adapters/grpc → ../../../proto).
 */
function protoDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  let dir = here;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'proto');
    if (existsSync(join(candidate, 'data_provider.proto'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    `proto/data_provider.proto not found in any folder above ${here}; is the package installed completely?`,
  );
}

let cached: grpc.GrpcObject | undefined;

/** The loaded package tree (`tensorboard.data.TensorBoardDataProvider` etc.). */
export function loadDataProviderPackage(): grpc.GrpcObject {
  if (!cached) {
    const dir = protoDir();
    const definition = protoLoader.loadSync(join(dir, 'data_provider.proto'), {
      ...LOADER_OPTIONS,
      includeDirs: [dir],
    });
    cached = grpc.loadPackageDefinition(definition);
  }
  return cached;
}

/** The service client constructor; its `.service` is the definition the server registers. */
export function dataProviderClientConstructor(): grpc.ServiceClientConstructor {
  const pkg = loadDataProviderPackage() as unknown as {
    tensorboard: { data: { TensorBoardDataProvider: grpc.ServiceClientConstructor } };
  };
  return pkg.tensorboard.data.TensorBoardDataProvider;
}

/** A plaintext client for `address` (`host:port`); used by tests, the bench and tools. */
export function createDataProviderClient(
  address: string,
  options: grpc.ClientOptions = {},
): grpc.Client {
  const Client = dataProviderClientConstructor();
  return new Client(address, grpc.credentials.createInsecure(), {
    'grpc.max_receive_message_length': 256 * 1024 * 1024,
    ...options,
  });
}
