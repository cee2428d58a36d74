import {
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  isIsoDate,
  KEY_TEACHER_LEVELS,
  MOBILE_PATTERN,
  parseIdNumber,
  POST_ROLES,
  POST_STATUSES,
  postStartProblem,
  registerDateProblem,
  SUBJECTS,
  TITLES,
  todayInChina,
} from '@tongxing/domain';
import { z } from 'zod';
import { requiredText } from '../inputs';

/** A calendar date `YYYY-MM-DD`. */
export const isoDate = () =>
  z
    .string()
    .trim()
    .refine(isIsoDate, { params: { key: 'invalid_date' } });

/** A post's start or change date: a real date within the register's limits (DATE_LIMITS in the domain). */
export const postDate = () =>
  isoDate().superRefine((day, ctx) => {
    const problem = isIsoDate(day) ? registerDateProblem(day, todayInChina()) : null;
    if (problem) ctx.addIssue({ code: 'custom', params: { key: problem.key, ...problem.params } });
  });

/** A first post cannot start before the person was old enough to work (the birth date is in the ID number). */
export function startsAtWorkingAge(value: { idNumber: string; startDate: string }, ctx: z.RefinementCtx): void {
  const parsed = parseIdNumber(value.idNumber);
  if (!parsed.ok) return;
  const problem = postStartProblem(value.startDate, parsed.value.birthDate, todayInChina());
  if (problem?.key === 'post_before_min_age')
    ctx.addIssue({ code: 'custom', path: ['startDate'], params: { key: problem.key, ...problem.params } });
}

/** A valid 身份证号, normalised to upper case; the problem is named (check digit, birth date, …). */
export const idNumber = () =>
  z
    .string()
    .trim()
    .min(1)
    .transform((raw, ctx) => {
      const parsed = parseIdNumber(raw);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', params: { key: `id_${parsed.problem}` } });
        return z.NEVER;
      }
      return parsed.value.idNumber;
    });

export const mobile = () =>
  z
    .string()
    .trim()
    .refine((v) => MOBILE_PATTERN.test(v), { params: { key: 'mobile' } });

/** The person's own fields (sex and birth date come from the ID number). */
export const teacherFields = {
  name: requiredText(40),
  phone: mobile().optional(),
  education: z.enum(EDUCATION_LEVELS).optional(),
  subjects: z.array(z.enum(SUBJECTS)).max(5).default([]),
  title: z.enum(TITLES).optional(),
  titleDate: isoDate().optional(),
  keyTeacherLevel: z.enum(KEY_TEACHER_LEVELS).optional(),
  /** 一卡通 / bank card: 12–19 digits */
  bankCard: z
    .string()
    .trim()
    .refine((v) => /^\d{12,19}$/.test(v), { params: { key: 'bank_card' } })
    .optional(),
};

/** What a post carries besides its school and dates. */
export const postFields = {
  employmentType: z.enum(EMPLOYMENT_TYPES),
  status: z.enum(POST_STATUSES).default('在岗'),
  roles: z.array(z.enum(POST_ROLES)).max(5).default([]),
};

/** A calendar month `YYYY-MM`. */
export const isoMonth = () =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v), { params: { key: 'invalid_month' } });
