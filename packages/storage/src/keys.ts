import { createHash } from 'node:crypto';

export const THUMBNAIL_SUFFIX = '.thumb.webp';

// Only these shapes reach a file name or an object key, so no key can climb out of the store's folder.
const KEY = /^[0-9a-f]{64}(?:\.thumb\.webp)?$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function thumbnailKey(sha256: string): string {
  return sha256 + THUMBNAIL_SUFFIX;
}

export function assertKey(key: string): void {
  if (!KEY.test(key)) throw new TypeError(`not a content address: ${JSON.stringify(key.slice(0, 100))}`);
}

/** A bare SHA-256 key must be the hash of what is stored under it; a derived file's key names its original. */
export function assertPut(key: string, bytes: Uint8Array): void {
  assertKey(key);
  if (!key.includes('.') && sha256Hex(bytes) !== key) throw new TypeError(`content does not match its address ${key}`);
}
