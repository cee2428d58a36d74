import { INELIGIBLE_KEYS, ROTATION_FORMS, rotationPolicySchema, SUBJECTS } from '@tongxing/domain';
import { z } from 'zod';
import { entityId, listInput, requiredText, sortDir } from '../../inputs';
import { isoDate } from '../../register/fields';

const year = () => z.number().int().min(2000).max(2100);

export const yearInput = z.object({ year: year() });
export const policyInput = rotationPolicySchema;

export const eligibilityListInput = z.object({
  ...listInput,
  year: year(),
  countyId: entityId().optional(),
  schoolId: entityId().optional(),
  show: z.enum(['all', 'eligible', 'ineligible']).default('all'),
  reason: z.enum(INELIGIBLE_KEYS).optional(),
  keyTeacher: z.boolean().optional(),
  sort: z.enum(['name', 'school', 'years', 'age']).default('school'),
  dir: sortDir(),
});
export const eligibilityExportInput = eligibilityListInput.omit({ page: true });

export const teacherYearInput = z.object({ teacherId: entityId(), year: year() });

export const exemptionInput = z
  .object({ teacherId: entityId(), reason: requiredText(100), startDate: isoDate(), endDate: isoDate().nullable().default(null) })
  .refine((e) => e.endDate === null || e.endDate > e.startDate, { path: ['endDate'], params: { key: 'end_not_after_start' } });
export const exemptionIdInput = z.object({ exemptionId: entityId() });

export const needInput = z.object({
  year: year(),
  schoolId: entityId(),
  subject: z.enum(SUBJECTS),
  count: z.number().int().min(1).max(200),
  term: z.enum(['autumn', 'spring']).default('autumn'),
  note: z.string().trim().max(200).default(''),
});
export const needIdInput = z.object({ needId: entityId() });
export const needListInput = z.object({ year: year(), countyId: entityId().optional(), schoolId: entityId().optional() });

export const countyYearInput = z.object({ countyId: entityId(), year: year() });

const terms = {
  form: z.enum(ROTATION_FORMS),
  startDate: isoDate(),
  endDate: isoDate().nullable().default(null),
};
export const addMoveInput = z.object({
  countyId: entityId(),
  year: year(),
  teacherId: entityId(),
  toSchoolId: entityId(),
  subject: z.enum(SUBJECTS),
  pinned: z.boolean().default(false),
  ...terms,
});
export const proposeInput = z.object({ countyId: entityId(), year: year(), ...terms });
export const moveIdInput = z.object({ moveId: entityId() });
export const pinInput = z.object({ moveId: entityId(), pinned: z.boolean() });
export const excludeInput = z.object({ countyId: entityId(), year: year(), teacherId: entityId(), excluded: z.boolean() });
export const planIdInput = z.object({ planId: entityId() });
export const returnInput = z.object({ planId: entityId(), comment: requiredText(200) });
export const answerInput = z.object({ moveId: entityId(), confirmed: z.boolean(), reason: z.string().trim().max(200).optional() });
export const schoolMovesInput = z.object({ year: year(), schoolId: entityId().optional() });
export const teacherIdInput = z.object({ teacherId: entityId() });
export const changeEndInput = z.object({ moveId: entityId(), endDate: isoDate() });
