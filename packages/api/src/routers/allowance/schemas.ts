import { EMPLOYMENT_TYPES, KEY_TEACHER_LEVELS, POST_ROLES, SCHOOL_TYPES } from '@tongxing/domain';
import { z } from 'zod';
import { entityId, requiredText } from '../../inputs';
import { isoDate, isoMonth as month } from '../../register/fields';

const fen = () => z.number().int().max(100_000_000);

/** The rule as the engine reads it (packages/domain/src/allowance/types.ts). */
export const conditionsSchema = z.object({
  locationClasses: z.array(requiredText(20)).max(20).optional(),
  schoolTypes: z.array(z.enum(SCHOOL_TYPES)).optional(),
  countyIds: z.array(z.uuid()).optional(),
  employmentTypes: z.array(z.enum(EMPLOYMENT_TYPES)).optional(),
  inPostRequired: z.boolean().default(true),
  rolesRequired: z.array(z.enum(POST_ROLES)).optional(),
  keyTeacherLevels: z.array(z.enum(KEY_TEACHER_LEVELS)).optional(),
});

export const amountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), monthlyFen: fen() }),
  z.object({ kind: z.literal('tier'), monthlyFenByClass: z.record(z.string().max(20), fen()) }),
  z.object({ kind: z.literal('percentage'), baseName: requiredText(40), rateBasisPoints: z.number().int() }),
]);

export const prorationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('calendarDays') }),
  z.object({ kind: z.literal('fullMonthAbove'), minDays: z.number().int().min(1).max(31) }),
  z.object({ kind: z.literal('none') }),
]);

const versionFields = {
  documentNo: requiredText(60),
  documentTitle: requiredText(120),
  effectiveFrom: isoDate(),
  effectiveTo: isoDate().optional(),
  conditions: conditionsSchema,
  amount: amountSchema,
  proration: prorationSchema,
};

export const createTypeInput = z.object({ name: requiredText(40), sortOrder: z.number().int().min(0).max(1000).default(100) });
export const listVersionsInput = z.object({ allowanceTypeId: entityId().optional() }).default({});
export const createDraftInput = z.object({ allowanceTypeId: entityId(), ...versionFields });
export const updateDraftInput = z.object({ ruleVersionId: entityId(), ...versionFields });
export const ruleVersionIdInput = z.object({ ruleVersionId: entityId() });
export const setBaseInput = z.object({
  name: requiredText(40),
  year: z.number().int().min(2000).max(2100),
  countyId: entityId().optional(),
  annualFen: fen().min(0),
});
export const previewInput = z.object({ teacherId: entityId(), month: month() });

/** At most two years of months: a simulation keeps one month of the city in memory, so its cost grows with the range. */
const SIMULATION_MONTHS = 24;
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
export const simulateInput = z
  .object({ draftIds: z.array(z.uuid()).min(1).max(50), from: month(), to: month() })
  .refine((i) => monthIndex(i.to) >= monthIndex(i.from) && monthIndex(i.to) - monthIndex(i.from) < SIMULATION_MONTHS, {
    path: ['to'],
    params: { key: 'month_range', max: SIMULATION_MONTHS },
  });
