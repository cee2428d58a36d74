import { KIND_MAX_LENGTH, pairingGoodsSchema, pairingTargetsSchema } from '@tongxing/domain';
import { z } from 'zod';
import { entityId, listInput, requiredText } from '../../inputs';
import { isoDate } from '../../register/fields';
import { evidenceUploads } from '../../evidence/inputs';
import { termKey } from '../../pairing/activity-list';

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

/** The pairs of the scope: a search, the lead school's county, idle or active pairs. */
export const pairListInput = z.object({ ...listInput, countyId: entityId().optional(), idle: z.boolean().optional() });
export const pairIdInput = z.object({ pairId: entityId(), term: termKey().optional() });
export const dashboardInput = z.object({ term: termKey().optional() }).default({});

export const logActivityInput = z.object({
  pairId: entityId(),
  /** A national kind or one of the city's own (the handler checks which the city has). */
  kind: z.string().trim().min(1).max(KIND_MAX_LENGTH),
  startDate: isoDate(),
  endDate: isoDate(),
  givingSchoolId: entityId(),
  receivingSchoolIds: z.array(entityId()).min(1).max(30),
  description: z.string().trim().max(1000).default(''),
  // At most what one ledger entry may hold, since a crediting kind writes the hours to each participant's ledger.
  hours: z.number().int().min(0).max(2000).default(0),
  students: z.number().int().min(0).max(1_000_000).default(0),
  teachers: z.number().int().min(0).max(100_000).default(0),
  moneyFen: z.number().int().min(0).max(MAX_FEN).default(0),
  goods: pairingGoodsSchema.default([]),
  participantIds: z.array(entityId()).max(200).default([]),
  files: evidenceUploads(0),
});

export const activityIdInput = z.object({ activityId: entityId() });
export const disputeInput = z.object({ activityId: entityId(), reason: requiredText(200) });
