import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertKey, assertPut } from './keys';
import type { FileStore } from './store';

/** Files under `<root>/ab/cd/<key>`, where ab and cd are the key's first four hex digits. */
export function diskStore(root: string): FileStore {
  const pathOf = (key: string) => {
    assertKey(key);
    return join(root, key.slice(0, 2), key.slice(2, 4), key);
  };

  return {
    async put(key, bytes) {
      assertPut(key, bytes);
      const path = pathOf(key);
      if (await exists(path)) return;
      const folder = dirname(path);
      await mkdir(folder, { recursive: true });
      // Written beside its final name and renamed into place: a reader sees the whole file or none,
      // and a crash leaves at most a `.tmp-` file, never a truncated original.
      const temp = join(folder, `.tmp-${randomBytes(8).toString('hex')}`);
      try {
        const file = await open(temp, 'wx');
        try {
          await file.writeFile(bytes);
          await file.sync();
        } finally {
          await file.close();
        }
        await rename(temp, path);
      } catch (error) {
        await unlink(temp).catch(() => {});
        throw error;
      }
    },

    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async has(key) {
      return exists(pathOf(key));
    },

    async remove(key) {
      try {
        await unlink(pathOf(key));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
