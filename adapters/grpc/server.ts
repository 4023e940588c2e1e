/**
 * Starting and stopping the data-provider gRPC server. Plaintext, loopback by default: TensorBoard's
 * default `--grpc_creds_type=local` connects without TLS only to loopback addresses (F.4), and a
 * debugger of a training run should not be reachable from the network unless asked for.
 */
import * as grpc from '@grpc/grpc-js';
import { dataProviderClientConstructor } from './proto.js';
import { encodeReadScalarsResponse, type ReadScalarsResponseObject } from './scalar-codec.js';
import { dataProviderHandlers, type ServiceOptions } from './service.js';
import type { RunStore } from './store.js';

export const DEFAULT_HOST = '127.0.0.1';

export interface DataProviderServerOptions extends ServiceOptions {
  /** TCP port; 0 (default) lets the OS choose. */
  port?: number;
  /** Bind address; default 127.0.0.1. Anything else exposes the data to that network. */
  host?: string;
}

/** A running server. */
export interface DataProviderServer {
  /** The bound port (the OS-chosen one when port 0 was asked). */
  readonly port: number;
  readonly host: string;
  /** `host:port` as TensorBoard's `--grpc_data_provider` wants it. */
  readonly address: string;
  /** Stops accepting calls, waits up to `graceMs` for running ones, then cuts the rest. */
  close(graceMs?: number): Promise<void>;
}

function hostPort(host: string, port: number): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The service definition with ReadScalars answered by the direct encoder (generic one as fallback). */
function withFastScalars(service: grpc.ServiceDefinition): grpc.ServiceDefinition {
  const read = service.ReadScalars as grpc.MethodDefinition<unknown, unknown>;
  const generic = read.responseSerialize;
  const responseSerialize = (value: unknown): Buffer => {
    try {
      return encodeReadScalarsResponse(value as ReadScalarsResponseObject);
    } catch {
      return generic(value);
    }
  };
  return { ...service, ReadScalars: { ...read, responseSerialize } };
}

/** Starts serving `store` over gRPC; resolves once the port is bound. */
export async function startDataProviderServer(
  store: RunStore,
  options: DataProviderServerOptions = {},
): Promise<DataProviderServer> {
  const host = options.host ?? DEFAULT_HOST;
  const requestedPort = options.port ?? 0;
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    throw new Error(`port must be an integer in 0..65535, got ${requestedPort}`);
  }
  const server = new grpc.Server({
    // Responses can be large (100 tags × 1000 points); TensorBoard accepts up to 256 MiB.
    'grpc.max_send_message_length': 256 * 1024 * 1024,
    'grpc.max_receive_message_length': 4 * 1024 * 1024,
  });
  server.addService(
    withFastScalars(dataProviderClientConstructor().service),
    dataProviderHandlers(store, options),
  );
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(
      hostPort(host, requestedPort),
      grpc.ServerCredentials.createInsecure(),
      (err, bound) => {
        if (err)
          reject(
            new Error(
              `cannot bind the gRPC data provider to ${hostPort(host, requestedPort)}: ${err.message}`,
            ),
          );
        else resolve(bound);
      },
    );
  });
  let closed: Promise<void> | undefined;
  return {
    port,
    host,
    address: hostPort(host, port),
    close(graceMs = 2000) {
      closed ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      return closed;
    },
  };
}
