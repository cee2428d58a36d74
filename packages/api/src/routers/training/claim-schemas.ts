import { z } from 'zod';
import { entityId, listInput, requiredText } from '../../inputs';
import { isoDate } from '../../register/fields';
import { evidenceUploads } from '../../evidence/inputs';
import { optionalText } from './schemas';

export const submitClaimInput = z.object({
  teacherId: entityId(),
  hours: z.number().int().min(1).max(2000),
  level: requiredText(20),
  title: requiredText(100),
  completedOn: isoDate(),
  certificateNo: optionalText(60),
  note: z.string().trim().max(200).default(''),
  files: evidenceUploads(1),
});

export const CLAIM_STATES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export const claimListInput = z.object({ ...listInput, state: z.enum(CLAIM_STATES).optional() });
export const claimIdInput = z.object({ claimId: entityId() });
export const refuseClaimInput = z.object({ claimId: entityId(), reason: requiredText(200) });
