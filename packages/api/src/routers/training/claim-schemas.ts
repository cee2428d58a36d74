import { z } from 'zod';
import { entityId, listInput, requiredText } from '../../inputs';
import { isoDate } from '../../register/fields';
import { optionalText } from './schemas';

/** Evidence files of one claim at most. */
export const MAX_CLAIM_FILES = 6;
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** An uploaded file; only server code (the page's form action) can pass its bytes. */
const upload = z.object({
  name: z.string().trim().min(1).max(200),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_UPLOAD_BYTES, { params: { key: 'file_too_large', max: 20 } }),
});

export const submitClaimInput = z.object({
  teacherId: entityId(),
  hours: z.number().int().min(1).max(2000),
  level: requiredText(20),
  title: requiredText(100),
  completedOn: isoDate(),
  certificateNo: optionalText(60),
  note: z.string().trim().max(200).default(''),
  files: z.array(upload).min(1).max(MAX_CLAIM_FILES),
});

export const CLAIM_STATES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export const claimListInput = z.object({ ...listInput, state: z.enum(CLAIM_STATES).optional() });
export const claimIdInput = z.object({ claimId: entityId() });
export const refuseClaimInput = z.object({ claimId: entityId(), reason: requiredText(200) });
export const claimFileInput = z.object({ claimId: entityId(), fileId: entityId(), thumbnail: z.boolean().default(false) });
