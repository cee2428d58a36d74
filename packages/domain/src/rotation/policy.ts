import { z } from 'zod';

/** 调动 (transfer), 支教 (a stint at a rural school), 走教 (teaching at several schools), 援教. */
export const ROTATION_FORMS = ['调动', '支教', '走教', '援教'] as const;
export type RotationForm = (typeof ROTATION_FORMS)[number];

/** How a share of a count becomes a whole number of teachers: 10% of 37 is 4 (ceil), 4 (half_up), 3 (floor). */
export const SHARE_ROUNDINGS = ['ceil', 'half_up', 'floor'] as const;
export type ShareRounding = (typeof SHARE_ROUNDINGS)[number];

/** The 骨干 minimum is a share of those rotated (national), or of all eligible teachers (Anhui). */
export const KEY_TEACHER_BASES = ['rotated', 'eligible'] as const;
export type KeyTeacherBase = (typeof KEY_TEACHER_BASES)[number];

export interface Share {
  percent: number;
  rounding: ShareRounding;
}

/** A county's or the city's rotation policy for one year, as the tenant configures it. */
export interface RotationPolicy {
  year: number;
  /** `MM-DD` of `year`: years at the school and ages are counted as of this day (e.g. 08-31). */
  referenceDay: string;
  /** Years continuously at the current school before a teacher is eligible (national: 6). */
  minYearsAtSchool: number;
  /** The same for principals (national: after two terms). */
  principalMinYearsAtSchool: number;
  /** No rotation when older than this, in completed years (周岁) on the reference date. */
  maxAge: { male: number; female: number };
  /** At least this share of the eligible teachers is rotated. */
  quota: Share;
  /** 骨干教师 are at least this share of `of`. */
  keyTeachers: Share & { of: KeyTeacherBase };
  /** A stint (any form but 调动) lasts from `min` to `max` whole months: one school year 09-01 → 07-01 is 10. */
  stintMonths: { min: number; max: number };
  forms: RotationForm[];
  /**
   * Location classes from the most urban to the most rural (the city's own tiers included); a move goes
   * towards the rural end, or from a 优质校 to a school that is not one.
   */
  classOrder: string[];
  /** No sending school loses more than this share of its teachers, nor (when set) its only teacher of a subject. */
  staffingFloor: Share & { keepOnlyTeacherOfSubject: boolean };
  /** The first class of `classOrder` that counts as rural: service there (and at any school that is not a 优质校 of it) counts for titles. */
  ruralFrom: string;
  /** The city's own yearly target, e.g. 兰州's at least 100 urban teachers to schools of poverty counties; null when it sets none. */
  cityTarget: { minTeachers: number; toPovertyCounties: boolean } | null;
}

const percent = () => z.number().int().min(0).max(100);
const share = () => z.object({ percent: percent(), rounding: z.enum(SHARE_ROUNDINGS) });
const years = () => z.number().int().min(1).max(40);
const age = () => z.number().int().min(18).max(70);

/** `MM-DD` that exists in every year (29 February does not). */
export function isReferenceDay(value: string): boolean {
  if (!/^\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`2023-${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(5, 10) === value;
}

const unique = (list: readonly string[]) => new Set(list).size === list.length;

export const rotationPolicySchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    referenceDay: z.string().refine(isReferenceDay, { params: { key: 'reference_day' } }),
    minYearsAtSchool: years(),
    principalMinYearsAtSchool: years(),
    maxAge: z.object({ male: age(), female: age() }),
    quota: share(),
    keyTeachers: share().extend({ of: z.enum(KEY_TEACHER_BASES) }),
    stintMonths: z.object({ min: z.number().int().min(1).max(120), max: z.number().int().min(1).max(120) }),
    forms: z
      .array(z.enum(ROTATION_FORMS))
      .min(1)
      .refine(unique, { params: { key: 'duplicate_form' } }),
    classOrder: z
      .array(z.string().trim().min(1).max(20))
      .min(2)
      .max(20)
      .refine(unique, { params: { key: 'duplicate_class' } }),
    staffingFloor: share().extend({ keepOnlyTeacherOfSubject: z.boolean() }),
    ruralFrom: z.string().trim().min(1).max(20),
    cityTarget: z.object({ minTeachers: z.number().int().min(1).max(100_000), toPovertyCounties: z.boolean() }).nullable(),
  })
  .refine((p) => p.stintMonths.min <= p.stintMonths.max, {
    path: ['stintMonths', 'max'],
    params: { key: 'stint_range' },
  })
  .refine((p) => p.classOrder.includes(p.ruralFrom), {
    path: ['ruralFrom'],
    params: { key: 'rural_from_not_in_order' },
  }) satisfies z.ZodType<RotationPolicy, unknown>;

/**
 * The year a county plans in on `today`: this year's rotation until the national reference day (31 August),
 * then next year's. What the pages show when no year is asked for.
 */
export const planningYear = (today: string): number => Number(today.slice(0, 4)) + (today.slice(5) > '08-31' ? 1 : 0);

/** The day of `policy.year` that eligibility is counted on. */
export const referenceDate = (policy: Pick<RotationPolicy, 'year' | 'referenceDay'>): string =>
  `${String(policy.year).padStart(4, '0')}-${policy.referenceDay}`;

/**
 * The national rule (2014) as a starting point for a year the city has not configured: six years at the
 * school (principals after two three-year terms), 10% of the eligible a year, 骨干 20% of those rotated,
 * stints of one school year to three years, no school losing more than 10% of its staff or its only
 * teacher of a subject; service from 乡镇 on counts as rural. The age limits are the common provincial ones (men 55, women 50).
 */
export function nationalPolicy(year: number, classOrder: readonly string[]): RotationPolicy {
  return {
    year,
    referenceDay: '08-31',
    minYearsAtSchool: 6,
    principalMinYearsAtSchool: 6,
    maxAge: { male: 55, female: 50 },
    quota: { percent: 10, rounding: 'ceil' },
    keyTeachers: { percent: 20, of: 'rotated', rounding: 'ceil' },
    stintMonths: { min: 10, max: 36 },
    forms: ['调动', '支教', '走教', '援教'],
    classOrder: [...classOrder],
    staffingFloor: { percent: 10, rounding: 'floor', keepOnlyTeacherOfSubject: true },
    ruralFrom: classOrder.includes('乡镇') ? '乡镇' : classOrder[Math.floor(classOrder.length / 2)]!,
    cityTarget: null,
  };
}

/** Whether a school of this class counts as rural under the policy (乡镇 and after, by default). */
export const isRuralClass = (policy: Pick<RotationPolicy, 'classOrder' | 'ruralFrom'>, locationClass: string): boolean => {
  const rank = policy.classOrder.indexOf(locationClass);
  return rank >= 0 && rank >= policy.classOrder.indexOf(policy.ruralFrom);
};
