import { PROBLEM_CATEGORIES, PROBLEM_RECORD_KINDS } from '@tongxing/domain';
import { z } from 'zod';
import { evidenceUploads } from '../../evidence/inputs';
import { entityId, listInput, requiredText, sortDir } from '../../inputs';
import { isoDate, isoMonth } from '../../register/fields';

export const createVisitInput = z.object({
  visitedOn: isoDate(),
  title: requiredText(100),
  inspectors: requiredText(200),
  notes: z.string().trim().max(2000).default(''),
  sites: z
    .array(z.object({ countyId: entityId(), schoolId: entityId().nullable().default(null) }))
    .min(1)
    .max(50),
});
export const visitIdInput = z.object({ visitId: entityId() });

export const createProblemInput = z.object({
  visitId: entityId().optional(),
  description: requiredText(500),
  category: z.enum(PROBLEM_CATEGORIES),
  record: z.object({ kind: z.enum(PROBLEM_RECORD_KINDS), id: entityId() }).optional(),
  countyId: entityId(),
  schoolId: entityId().optional(),
  ownerId: entityId(),
  deadline: isoDate(),
});

export const problemListInput = z.object({
  ...listInput,
  state: z.enum(['open', 'submitted', 'closed']).optional(),
  overdue: z.boolean().optional(),
  mine: z.boolean().optional(),
  countyId: entityId().optional(),
  category: z.enum(PROBLEM_CATEGORIES).optional(),
  visitId: entityId().optional(),
  sort: z.enum(['deadline', 'found', 'county']).default('deadline'),
  dir: sortDir(),
});
export const reportInput = z.object({ month: isoMonth() });
export const problemIdInput = z.object({ problemId: entityId() });
export const rectifyInput = z.object({ problemId: entityId(), note: requiredText(1000), files: evidenceUploads(1) });
export const closeInput = z.object({ problemId: entityId(), comment: z.string().trim().max(200).optional() });
export const returnInput = z.object({ problemId: entityId(), comment: requiredText(200) });
