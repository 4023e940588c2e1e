/**
 * Blob keys: opaque, URL-safe strings naming one blob as (run, tag, step, index), encoded as
 * base64url of the JSON array `[run, tag, step, index]` (the shape the Rust data server uses,
 * minus its experiment slot). TensorBoard passes them back verbatim to ReadBlob.
 */

export interface BlobAddress {
  run: string;
  tag: string;
  step: number;
  index: number;
}

export function encodeBlobKey(address: BlobAddress): string {
  return Buffer.from(
    JSON.stringify([address.run, address.tag, address.step, address.index]),
    'utf8',
  ).toString('base64url');
}

/** Parses a blob key; throws a message suitable for INVALID_ARGUMENT when it is not one of ours. */
export function decodeBlobKey(key: string): BlobAddress {
  if (typeof key !== 'string' || key.length === 0)
    throw new Error('blob_key is empty; use a key from ReadBlobSequences');
  if (!/^[A-Za-z0-9_-]+$/.test(key))
    throw new Error(
      `blob_key "${key.slice(0, 80)}" is not base64url; use a key from ReadBlobSequences`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(key, 'base64url').toString('utf8'));
  } catch {
    throw new Error(
      `blob_key "${key.slice(0, 80)}" does not decode to a blob address; use a key from ReadBlobSequences`,
    );
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 4 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string' ||
    !Number.isSafeInteger(parsed[2]) ||
    !Number.isSafeInteger(parsed[3]) ||
    (parsed[3] as number) < 0
  ) {
    throw new Error(
      `blob_key "${key.slice(0, 80)}" is not [run, tag, step, index]; use a key from ReadBlobSequences`,
    );
  }
  return { run: parsed[0], tag: parsed[1], step: parsed[2] as number, index: parsed[3] as number };
}
