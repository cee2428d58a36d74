import { z } from 'zod';
import { uploadedFile } from '../inputs';

/** Evidence files of one record at most. */
export const MAX_EVIDENCE_FILES = 6;
const MAX_UPLOAD_MEGABYTES = 20;

/** An uploaded file; only server code (a page's form action) can pass its bytes. */
const upload = z.object({
  name: z.string().trim().min(1).max(200),
  bytes: uploadedFile(MAX_UPLOAD_MEGABYTES),
});

/** A record's evidence: at least `min` files, at most MAX_EVIDENCE_FILES. */
export const evidenceUploads = (min: number) => z.array(upload).min(min).max(MAX_EVIDENCE_FILES);
