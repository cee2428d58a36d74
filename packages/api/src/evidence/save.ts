import { TRPCError } from '@trpc/server';
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

/**
 * What a download of a recorded file sends: its bytes (or its thumbnail's, when asked and there is one),
 * its name and the type found from its content. NOT_FOUND when the store has lost it.
 */
export async function evidenceDownload(
  file: { sha256: string; thumbnailKey: string | null; fileName: string; mime: string },
  thumbnail: boolean,
) {
  const small = thumbnail && file.thumbnailKey !== null;
  const bytes = await evidenceFiles().get(small ? file.thumbnailKey! : file.sha256);
  if (!bytes) throw new TRPCError({ code: 'NOT_FOUND', message: 'evidence file missing from the store' });
  return { bytes, fileName: file.fileName, mime: small ? 'image/webp' : file.mime };
}
