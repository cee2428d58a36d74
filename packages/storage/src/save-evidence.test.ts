import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskStore } from './disk-store';
import { UploadRejected } from './inspect-upload';
import { sha256Hex, thumbnailKey } from './keys';
import { saveEvidence } from './save-evidence';
import type { FileStore } from './store';
import { heic, jpeg, pdf } from './test-files';

let root: string;
let store: FileStore;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tongxing-evidence-'));
  store = diskStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A store whose thumbnail writes fail, as a full disk or a dropped connection would. */
function failingThumbnails(inner: FileStore): FileStore {
  return {
    ...inner,
    async put(key, bytes, contentType) {
      if (key.endsWith('.thumb.webp')) throw new Error('disk full');
      return inner.put(key, bytes, contentType);
    },
  };
}

describe('saveEvidence', () => {
  it('stores a photo with its thumbnail and returns the facts to record', async () => {
    const bytes = await jpeg({ width: 1600, height: 1200, dateTimeOriginal: '2026:03:09 14:05:00' });
    const sha256 = sha256Hex(bytes);
    const saved = await saveEvidence(store, bytes, 'IMG_2031.JPG');
    expect(saved).toEqual({
      sha256,
      size: bytes.length,
      mime: 'image/jpeg',
      kind: 'photo',
      extension: 'jpg',
      thumbnailKey: `${sha256}.thumb.webp`,
      width: 1600,
      height: 1200,
      takenAt: '2026-03-09 14:05:00',
    });
    expect(await store.get(sha256)).toEqual(bytes);
    expect(await sharp((await store.get(thumbnailKey(sha256)))!).metadata()).toMatchObject({ format: 'webp', width: 320 });
  });

  it('stores a document alone', async () => {
    const bytes = await pdf();
    const saved = await saveEvidence(store, bytes, '活动记录.pdf');
    expect(saved).toMatchObject({ kind: 'document', thumbnailKey: null, width: null, height: null, takenAt: null });
    expect(await store.has(sha256Hex(bytes))).toBe(true);
  });

  it('keeps a HEIC original without a thumbnail', async () => {
    const saved = await saveEvidence(store, heic(), 'IMG_0002.HEIC');
    expect(saved).toMatchObject({ mime: 'image/heic', thumbnailKey: null, width: 64, height: 48, takenAt: '2026-04-18 09:30:05' });
    expect(await store.has(saved.sha256)).toBe(true);
  });

  it('stores nothing for a refused upload', async () => {
    await expect(saveEvidence(store, Buffer.from('MZ not a photo'), 'a.jpg')).rejects.toBeInstanceOf(UploadRejected);
    await expect(saveEvidence(store, await pdf(), 'a.pdf', { photo: 1, document: 10 })).rejects.toMatchObject({ code: 'too_large' });
  });

  it('takes the new original back out when its thumbnail cannot be stored', async () => {
    const bytes = await jpeg({ width: 64, height: 48 });
    await expect(saveEvidence(failingThumbnails(store), bytes, 'a.jpg')).rejects.toThrow('disk full');
    expect(await store.has(sha256Hex(bytes))).toBe(false);
  });

  it('leaves an original that an earlier save stored when the thumbnail fails this time', async () => {
    const bytes = await jpeg({ width: 64, height: 48 });
    await store.put(sha256Hex(bytes), bytes, 'image/jpeg');
    await expect(saveEvidence(failingThumbnails(store), bytes, 'a.jpg')).rejects.toThrow('disk full');
    expect(await store.get(sha256Hex(bytes))).toEqual(bytes);
  });

  it('saves the same photo twice as one pair of files', async () => {
    const bytes = await jpeg({ width: 64, height: 48 });
    const first = await saveEvidence(store, bytes, 'a.jpg');
    expect(await saveEvidence(store, bytes, 'copy of a.jpg')).toEqual(first);
  });
});
