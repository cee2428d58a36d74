import { ACTIVITY_KINDS, pairingGoodsSchema, pairingTargetsSchema, termFromKey } from '@tongxing/domain';
import { z } from 'zod';
import { entityId, listInput, requiredText } from '../../inputs';
import { isoDate } from '../../register/fields';
import { evidenceUploads } from '../../evidence/inputs';

const MAX_FEN = 100_000_000_00;

export const createPairInput = z.object({
  name: requiredText(60),
  kind: z.enum(['pair', 'community']),
  leadSchoolId: entityId(),
  memberSchoolIds: z.array(entityId()).min(1).max(30),
  startDate: isoDate(),
  endDate: isoDate().nullable().default(null),
  goals: z.string().trim().max(500).default(''),
  targets: pairingTargetsSchema.default({}),
  budgetFen: z.number().int().min(0).max(MAX_FEN).default(0),
});

export const pairListInput = z.object({ ...listInput });
/** A term by its key: `2026-autumn`, `2027-spring`. */
const termKey = () => z.string().refine((key) => termFromKey(key) !== null, { params: { key: 'invalid_value' } });
export const pairIdInput = z.object({ pairId: entityId(), term: termKey().optional() });
export const dashboardInput = z.object({ term: termKey().optional() }).default({});

export const logActivityInput = z.object({
  pairId: entityId(),
  kind: z.enum(ACTIVITY_KINDS),
  startDate: isoDate(),
  endDate: isoDate(),
  givingSchoolId: entityId(),
  receivingSchoolIds: z.array(entityId()).min(1).max(30),
  description: z.string().trim().max(1000).default(''),
  hours: z.number().int().min(0).max(10_000).default(0),
  students: z.number().int().min(0).max(1_000_000).default(0),
  teachers: z.number().int().min(0).max(100_000).default(0),
  moneyFen: z.number().int().min(0).max(MAX_FEN).default(0),
  goods: pairingGoodsSchema.default([]),
  participantIds: z.array(entityId()).max(200).default([]),
  files: evidenceUploads(0),
});

export const activityIdInput = z.object({ activityId: entityId() });
export const disputeInput = z.object({ activityId: entityId(), reason: requiredText(200) });
