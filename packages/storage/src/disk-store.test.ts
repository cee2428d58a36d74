import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskStore } from './disk-store';
import { sha256Hex, thumbnailKey } from './keys';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tongxing-disk-store-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
}

describe('diskStore', () => {
  const bytes = Buffer.from('送教下乡 2026-04-18');
  const key = sha256Hex(bytes);

  it('puts, gets, tells and removes a file under <root>/ab/cd/<sha256>', async () => {
    const store = diskStore(root);
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    await store.put(key, bytes, 'text/plain');
    expect(await store.has(key)).toBe(true);
    expect(await store.get(key)).toEqual(bytes);
    expect(await filesUnder(root)).toEqual([join(key.slice(0, 2), key.slice(2, 4), key)]);
    await store.remove(key);
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    await expect(store.remove(key)).resolves.toBeUndefined();
  });

  it('keeps one file when the same content is put twice, and leaves no temporary file', async () => {
    const store = diskStore(root);
    await store.put(key, bytes, 'text/plain');
    await store.put(key, bytes, 'text/plain');
    await Promise.all([store.put(key, bytes, 'text/plain'), store.put(key, bytes, 'text/plain')]);
    await store.put(thumbnailKey(key), Buffer.from('thumb'), 'image/webp');
    expect(await filesUnder(root)).toEqual(
      [join(key.slice(0, 2), key.slice(2, 4), key), join(key.slice(0, 2), key.slice(2, 4), `${key}.thumb.webp`)].sort(),
    );
  });

  it('writes through a temporary file, so many concurrent writers leave only whole files', async () => {
    const store = diskStore(root);
    const contents = Array.from({ length: 8 }, (_, i) => Buffer.alloc(256 * 1024, i));
    await Promise.all(contents.map((content) => store.put(sha256Hex(content), content, 'application/octet-stream')));
    const files = await filesUnder(root);
    expect(files).toHaveLength(8);
    expect(files.every((file) => /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(file))).toBe(true);
    for (const content of contents) expect(await store.get(sha256Hex(content))).toEqual(content);
  });

  it('removes its temporary file when the write fails', async () => {
    const store = diskStore(root);
    // A folder where the file should go makes the final rename fail.
    await mkdir(join(root, key.slice(0, 2), key.slice(2, 4), key), { recursive: true });
    await expect(store.put(key, bytes, 'text/plain')).rejects.toThrow();
    expect(await filesUnder(root)).toEqual([]);
  });

  it('refuses a bare key that is not the hash of its content', async () => {
    const store = diskStore(root);
    await expect(store.put(sha256Hex(Buffer.from('other')), bytes, 'text/plain')).rejects.toThrow(/does not match/);
    expect(await filesUnder(root)).toEqual([]);
  });

  it.each([
    '../../../etc/passwd',
    `../${key}`,
    `${key}/../../x`,
    key.toUpperCase(),
    key.slice(1),
    `${key}.exe`,
    `${key}.thumb.webp/..`,
    `${key}\0`,
    '',
  ])('refuses the key %j in every operation', async (bad) => {
    const store = diskStore(root);
    await expect(store.put(bad, bytes, 'text/plain')).rejects.toThrow(/not a content address/);
    await expect(store.get(bad)).rejects.toThrow(/not a content address/);
    await expect(store.has(bad)).rejects.toThrow(/not a content address/);
    await expect(store.remove(bad)).rejects.toThrow(/not a content address/);
    expect(await filesUnder(root)).toEqual([]);
  });
});
