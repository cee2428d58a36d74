/**
 * Where evidence files live outside the database. Keys are content addresses (see `keys.ts`): the
 * SHA-256 of the original in lowercase hex, or that plus a fixed suffix for a file derived from it.
 */
export interface FileStore {
  /** Stores the bytes under the key; storing content that is already there changes nothing. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  /** Removes the file; removing a missing one is not an error. */
  remove(key: string): Promise<void>;
}
