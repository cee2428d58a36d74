import { z } from 'zod';
import { entityId, uploadedFile } from '../../inputs';
import { IMPORT_KINDS } from '../../register/import/columns';

const MAX_MEGABYTES = 20;

/** An uploaded workbook; only server code (the upload endpoint) can pass its bytes. */
export const startInput = z.object({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().trim().min(1).max(200),
  file: uploadedFile(MAX_MEGABYTES),
});

export const jobIdInput = z.object({ jobId: entityId() });
