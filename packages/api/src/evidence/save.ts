import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { saveEvidence, UploadRejected } from '@tongxing/storage';
import { badInput } from '../problems';
import { evidenceFiles } from './files';

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/**
 * Checks and stores each upload, then records it: the file reaches the store before its row, so a
 * record never names a missing file, and a refused file (wrong type by content, too large) leaves no
 * row. Returns the new rows' ids in the order given.
 */
export async function recordEvidence(tx: Transaction, user: SessionUser, uploads: Upload[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, upload] of uploads.entries()) {
    let saved;
    try {
      saved = await saveEvidence(evidenceFiles(), upload.bytes, upload.name);
    } catch (error) {
      if (error instanceof UploadRejected)
        throw badInput('files', `evidence_${error.code}`, {
          row: i + 1,
          name: upload.name,
          detected: error.detected?.extension ?? '?',
          max: error.limit ? Math.round(error.limit / 1024 / 1024) : '',
        });
      throw error;
    }
    const [row] = await tx
      .insert(schema.evidenceFile)
      .values({
        tenantId: user.tenantId,
        sha256: saved.sha256,
        size: saved.size,
        mime: saved.mime,
        kind: saved.kind,
        fileName: upload.name.slice(0, 200),
        thumbnailKey: saved.thumbnailKey,
        width: saved.width,
        height: saved.height,
        takenAt: saved.takenAt,
        uploadedBy: user.id,
      })
      .returning({ id: schema.evidenceFile.id });
    ids.push(row!.id);
  }
  return ids;
}

/** A recorded file's bytes (or its thumbnail's) with what a download needs; null when the store has lost it. */
export async function evidenceBytes(file: { sha256: string; thumbnailKey: string | null }, thumbnail: boolean) {
  const key = thumbnail && file.thumbnailKey ? file.thumbnailKey : file.sha256;
  return evidenceFiles().get(key);
}
