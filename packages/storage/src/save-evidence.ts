import { inspectUpload, type InspectedUpload, type UploadLimits } from './inspect-upload';
import { thumbnailKey } from './keys';
import { photoFacts } from './photo-facts';
import type { FileStore } from './store';

export interface SavedEvidence extends InspectedUpload {
  /** `<sha256>.thumb.webp`, or null for documents and photos sharp cannot decode (HEIC). */
  thumbnailKey: string | null;
  width: number | null;
  height: number | null;
  takenAt: string | null;
}

/** Checks an upload and stores it (with its thumbnail for a photo); returns what the caller records. */
export async function saveEvidence(
  store: FileStore,
  bytes: Uint8Array,
  declaredName: string,
  limits?: UploadLimits,
): Promise<SavedEvidence> {
  const upload = await inspectUpload(bytes, declaredName, limits);
  const photo = upload.kind === 'photo' ? await photoFacts(bytes) : null;
  const existed = await store.has(upload.sha256);
  await store.put(upload.sha256, bytes, upload.mime);
  let thumbnail: string | null = null;
  if (photo?.thumbnail) {
    thumbnail = thumbnailKey(upload.sha256);
    try {
      await store.put(thumbnail, photo.thumbnail, 'image/webp');
    } catch (error) {
      // No original without its thumbnail, unless an earlier save (which a record may name) left it.
      if (!existed) await store.remove(upload.sha256).catch(() => {});
      throw error;
    }
  }
  return {
    ...upload,
    thumbnailKey: thumbnail,
    width: photo?.width ?? null,
    height: photo?.height ?? null,
    takenAt: photo?.takenAt ?? null,
  };
}
