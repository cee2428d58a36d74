import { z } from 'zod';
import { entityId } from '../../inputs';
import { IMPORT_KINDS } from '../../register/import/columns';

const MAX_MEGABYTES = 20;

/** An uploaded workbook; only server code (the upload endpoint) can pass its bytes. */
export const startInput = z.object({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().trim().min(1).max(200),
  file: z
    .instanceof(Uint8Array)
    .refine((f) => f.byteLength <= MAX_MEGABYTES * 1024 * 1024, { params: { key: 'file_too_large', max: MAX_MEGABYTES } }),
});

export const jobIdInput = z.object({ jobId: entityId() });
