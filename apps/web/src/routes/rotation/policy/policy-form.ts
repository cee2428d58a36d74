import { describeError } from '@tongxing/api';
import { rotationPolicySchema, translator, type Locale, type RotationPolicy } from '@tongxing/domain';
import { ZodError } from 'zod';

/** The policy form's fields as posted: dotted names (`maxAge.male`) for the nested parts, so each error lands on its own input. */
export interface PolicyForm {
  values: Record<string, string>;
  forms: string[];
  policy: unknown;
}

const number = (text: string) => (text === '' ? undefined : Number(text));

/** The posted form as the policy's shape (numbers as numbers, checkboxes as booleans, one class per line) and the raw values to show again. */
export function readPolicyForm(form: FormData): PolicyForm {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (key !== 'forms' && typeof value === 'string') values[key] = value.trim();
  const text = (key: string) => values[key] ?? '';
  const on = (key: string) => text(key) === 'on';
  const forms = form.getAll('forms').map(String);
  const policy = {
    year: number(text('year')),
    referenceDay: text('referenceDay'),
    minYearsAtSchool: number(text('minYearsAtSchool')),
    principalMinYearsAtSchool: number(text('principalMinYearsAtSchool')),
    maxAge: { male: number(text('maxAge.male')), female: number(text('maxAge.female')) },
    quota: { percent: number(text('quota.percent')), rounding: text('quota.rounding') },
    keyTeachers: { percent: number(text('keyTeachers.percent')), rounding: text('keyTeachers.rounding'), of: text('keyTeachers.of') },
    stintMonths: { min: number(text('stintMonths.min')), max: number(text('stintMonths.max')) },
    forms,
    classOrder: text('classOrder')
      .split(/\r?\n|[,，、]/)
      .map((line) => line.trim())
      .filter(Boolean),
    staffingFloor: {
      percent: number(text('staffingFloor.percent')),
      rounding: text('staffingFloor.rounding'),
      keepOnlyTeacherOfSubject: on('staffingFloor.keepOnlyTeacherOfSubject'),
    },
    ruralFrom: text('ruralFrom'),
    cityTarget: on('cityTarget.enabled')
      ? { minTeachers: number(text('cityTarget.minTeachers')), toPovertyCounties: on('cityTarget.toPovertyCounties') }
      : null,
  };
  return { values, forms, policy };
}

/**
 * The policy checked here first, so that every problem names its own input: the API's errors name the last
 * part of a path (`percent`), which the three shares of the policy have in common.
 */
export function checkPolicy(
  policy: unknown,
  locale: Locale,
): { ok: true; policy: RotationPolicy } | { ok: false; message: string; fieldErrors: Record<string, string> } {
  const parsed = rotationPolicySchema.safeParse(policy);
  if (parsed.success) return { ok: true, policy: parsed.data };
  const t = translator(locale);
  const fieldErrors: Record<string, string> = {};
  const sentences: string[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path.filter((segment) => typeof segment === 'string').join('.');
    if (fieldErrors[field]) continue;
    const problem = Object.values(describeError(new ZodError([issue]), locale).fieldErrors)[0] ?? t('error.generic');
    fieldErrors[field] = problem;
    sentences.push(t('error.invalid', { field: t(`rotation.policy.fields.${field}`, { defaultValue: field }), problem }));
  }
  return { ok: false, message: sentences.join('；'), fieldErrors };
}
