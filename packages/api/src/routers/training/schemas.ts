import { completionRuleSchema, targetGroupSchema, TRAINING_FORMS } from '@tongxing/domain';
import { z } from 'zod';
import { entityId, listInput, requiredText, sortDir } from '../../inputs';
import { isoDate } from '../../register/fields';

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);

const programmeFields = {
  name: requiredText(100),
  level: requiredText(20),
  form: z.enum(TRAINING_FORMS),
  provider: optionalText(100),
  /** The provider whose accounts record attendance (optional; `provider` is the name printed). */
  providerId: entityId().optional(),
  partner: optionalText(100),
  funding: optionalText(100),
  documentNo: optionalText(60),
  description: optionalText(2000),
  target: targetGroupSchema.default({ schoolTypes: [], locationClasses: [], countyIds: [], subjects: [], roles: [] }),
};

/** A programme of the city (no county) or of one county (县培 and the like). */
export const createProgrammeInput = z.object({ ...programmeFields, countyId: entityId().optional() });
export const updateProgrammeInput = z.object({ programmeId: entityId(), ...programmeFields });
export const programmeIdInput = z.object({ programmeId: entityId() });

export const PROGRAMME_SORTS = ['start', 'name', 'level'] as const;
export const listProgrammesInput = z.object({
  ...listInput,
  level: z.string().trim().max(20).optional(),
  form: z.enum(TRAINING_FORMS).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  sort: z.enum(PROGRAMME_SORTS).default('start'),
  dir: sortDir(),
});

const cohortFields = {
  name: requiredText(60),
  startDate: isoDate(),
  endDate: isoDate(),
  place: optionalText(100),
  capacity: z.number().int().min(1).max(100_000),
  hours: z.number().int().min(0).max(2000),
  completionRule: completionRuleSchema,
  applicationOpen: z.boolean().default(false),
};
const datesInOrder = (c: { startDate: string; endDate: string }) => c.endDate >= c.startDate;
const datesProblem = { path: ['endDate'], params: { key: 'end_before_start' } };

export const createCohortInput = z.object({ programmeId: entityId(), ...cohortFields }).refine(datesInOrder, datesProblem);
export const updateCohortInput = z.object({ cohortId: entityId(), ...cohortFields }).refine(datesInOrder, datesProblem);
export const cohortIdInput = z.object({ cohortId: entityId() });
/** The city's places per county; a county left out has none once any county has a quota. */
export const setQuotasInput = z.object({
  cohortId: entityId(),
  quotas: z
    .array(z.object({ countyId: z.uuid(), places: z.number().int().min(0).max(100_000) }))
    .max(200)
    .refine((rows) => new Set(rows.map((r) => r.countyId)).size === rows.length, { params: { key: 'duplicate_county' } }),
});

export const COHORT_PERIODS = ['upcoming', 'current', 'past'] as const;
export const listCohortsInput = z.object({
  ...listInput,
  period: z.enum(COHORT_PERIODS).optional(),
  level: z.string().trim().max(20).optional(),
  openOnly: z.boolean().default(false),
});

export const nominateInput = z.object({ cohortId: entityId(), teacherId: entityId(), waitlist: z.boolean().default(false) });
export const applyInput = z.object({ cohortId: entityId() });
export const enrolmentIdInput = z.object({ enrolmentId: entityId() });
export const reasonInput = z.object({ enrolmentId: entityId(), reason: requiredText(200) });
export const completeInput = z.object({ enrolmentId: entityId(), result: z.enum(['passed', 'failed']) });

/** A cohort's trainee list by state, or by what the cohort report counts: holding a place, passed, present once. */
export const ENROLMENT_FILTERS = [
  'applied',
  'nominated',
  'enrolled',
  'waitlisted',
  'completed',
  'withdrawn',
  'refused',
  'placed',
  'passed',
  'attended',
] as const;
export type EnrolmentFilter = (typeof ENROLMENT_FILTERS)[number];
export const listEnrolmentsInput = z.object({
  cohortId: entityId(),
  ...listInput,
  state: z.enum(ENROLMENT_FILTERS).optional(),
  /** The county the nomination counts against (a quota's). */
  countyId: entityId().optional(),
});

export const teacherIdInput = z.object({ teacherId: entityId() });
export const manualEntryInput = z.object({
  teacherId: entityId(),
  hours: z.number().int().min(1).max(2000),
  level: requiredText(20),
  /** The training's name as its certificate gives it (the ledger's title). */
  name: requiredText(100),
  completedOn: isoDate(),
  certificateNo: optionalText(60),
  note: requiredText(200),
});
export const entryIdInput = z.object({ entryId: entityId() });
export const reverseEntryInput = z.object({ entryId: entityId(), reason: requiredText(200) });

export const cycleFields = {
  startDate: isoDate(),
  endDate: isoDate(),
  requiredHours: z.number().int().min(1).max(2000),
  minHoursByLevel: z.record(z.string().trim().min(1).max(20), z.number().int().min(0).max(2000)).default({}),
  joiners: z.enum(['prorataMonths', 'full']).default('prorataMonths'),
};
export const createCycleInput = z.object(cycleFields);
export const updateCycleInput = z.object({ cycleId: entityId(), ...cycleFields });

export const PACE_FILTERS = ['behind', 'onPace', 'untrained'] as const;
export const COMPLIANCE_SORTS = ['name', 'school', 'earned', 'missing'] as const;
export const complianceListInput = z.object({
  ...listInput,
  countyId: entityId().optional(),
  schoolId: entityId().optional(),
  pace: z.enum(PACE_FILTERS).optional(),
  asOf: isoDate().optional(),
  sort: z.enum(COMPLIANCE_SORTS).default('name'),
  dir: sortDir(),
});
export const complianceSummaryInput = z.object({ asOf: isoDate().optional() }).default({});
export const addLevelInput = z.object({ name: requiredText(20) });
/** A certificate's verification code as printed (dashes, spaces and full-width characters allowed). */
export const verifyInput = z.object({ code: z.string().trim().min(1).max(40) });
