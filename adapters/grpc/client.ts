/**
 * A small promise-based client of the data-provider service, built from the same .proto as the
 * server. Used by tests, the benchmark and anyone who wants to read a live Cockpit from Node.
 */
import * as grpc from '@grpc/grpc-js';
import { createDataProviderClient } from './proto.js';

/** Request/response objects use the .proto field names (snake_case), int64 as numbers. */
export type Message = Record<string, any>;

export const UNARY_METHODS = [
  'GetExperiment',
  'ListPlugins',
  'ListRuns',
  'ListScalars',
  'ReadScalars',
  'ListTensors',
  'ReadTensors',
  'ListBlobSequences',
  'ReadBlobSequences',
] as const;
export type UnaryMethod = (typeof UNARY_METHODS)[number];

export class DataProviderClient {
  readonly raw: grpc.Client;

  constructor(address: string, options?: grpc.ClientOptions) {
    this.raw = createDataProviderClient(address, options);
  }

  /** Calls a unary RPC; rejects with the grpc ServiceError (which has `.code`). */
  call(method: UnaryMethod, request: Message = {}, deadlineMs = 30_000): Promise<Message> {
    const fn = (this.raw as unknown as Record<string, Function>)[method]!; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
    return new Promise((resolve, reject) => {
      fn.call(
        this.raw,
        request,
        { deadline: Date.now() + deadlineMs },
        (err: grpc.ServiceError | null, res: Message) => (err ? reject(err) : resolve(res)),
      );
    });
  }

  /** Opens the ReadBlob stream (for callers that want to cancel or inspect chunks). */
  readBlobStream(blobKey: string): grpc.ClientReadableStream<Message> {
    return (
      this.raw as unknown as { ReadBlob: (req: Message) => grpc.ClientReadableStream<Message> }
    ).ReadBlob({ blob_key: blobKey });
  }

  /** Reads a whole blob (concatenating the streamed chunks, as TensorBoard does). */
  readBlob(blobKey: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      const stream = this.readBlobStream(blobKey);
      stream.on('data', (m: Message) => chunks.push(m.data as Buffer));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  }

  close(): void {
    this.raw.close();
  }
}
