import { TRPCError } from '@trpc/server';
import { formatYuan, translator, type Locale, type TFunction } from '@tongxing/domain';
import { ZodError, type z } from 'zod';
import { Conflict, InputProblems, type Place, type Problem } from './problems';

export interface DescribedError {
  message: string;
  /** Field name → readable problem, for forms. */
  fieldErrors: Record<string, string>;
}

/** Objects keyed by a location class (a tier table): their keys are tiers, not fields. */
const TIER_TABLES = new Set(['monthlyFenByClass']);
/** Objects whose parts share names with other objects' (the rotation policy's `quota.percent`, `staffingFloor.percent`). */
const GROUPS = new Set(['maxAge', 'quota', 'keyTeachers', 'stintMonths', 'staffingFloor', 'cityTarget']);
/** Amounts in 分 are shown to the user in 元. */
const isFenField = (field: string) => /Fen(ByClass)?$/.test(field);
/** Problems whose text already names the field, so the message does not repeat it. */
const SELF_NAMING = new Set(['too_few']);
/** Enums short enough to list in the message. */
const LISTABLE_VALUES = 10;

/** The field a nested path ends in, and where in a list or tier table it is. */
function locate(path: readonly PropertyKey[]): { field: string; place?: Place } {
  let field = 'input';
  const place: Place = {};
  path.forEach((segment, i) => {
    if (typeof segment === 'number') place.row = segment + 1;
    else if (TIER_TABLES.has(String(path[i - 1]))) place.tier = String(segment);
    else {
      if (GROUPS.has(String(path[i - 1]))) place.group = String(path[i - 1]);
      field = String(segment);
    }
  });
  return Object.keys(place).length ? { field, place } : { field };
}

function problemFromIssue(issue: z.core.$ZodIssue): Problem {
  const { field, place } = locate(issue.path);
  const at = (key: string, params?: Record<string, unknown>): Problem => ({
    field,
    key,
    ...(params ? { params } : {}),
    ...(place ? { place } : {}),
  });
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? at('required') : at('too_short', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return at('too_few', { min });
      if (isFenField(field) || place?.tier)
        return at(issue.inclusive === false ? 'yuan_not_above' : 'yuan_too_small', { min: formatYuan(min) });
      return at(issue.inclusive === false ? 'not_above' : 'too_small', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return at('too_long', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return at('too_many', { max });
      if (isFenField(field) || place?.tier) return at('yuan_too_big', { max: formatYuan(max) });
      return at('too_big', { max });
    }
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return at('invalid_id');
      return at(`format_${field}`);
    case 'invalid_value':
      return issue.values.length <= LISTABLE_VALUES ? at('one_of', { values: issue.values.map(String) }) : at('invalid_value');
    case 'invalid_type':
      // zod 4 leaves the input out of its issues, so a missing number and a word typed for one look alike.
      if (issue.expected === 'number' || issue.expected === 'int') return at('not_a_number');
      return at(issue.input === undefined || issue.input === null ? 'required' : 'invalid_type');
    case 'not_multiple_of':
      return at('not_a_whole_number');
    case 'custom':
      return at(String(issue.params?.key ?? 'invalid_value'), issue.params ?? {});
    default:
      return at('invalid_value');
  }
}

function problemsOf(error: unknown): Problem[] | null {
  if (error instanceof ZodError) return error.issues.map(problemFromIssue);
  if (error instanceof InputProblems) return error.problems;
  return null;
}

/** "第 2 档（村小）", "教师第 3 项的手机号", or the field's own name. */
function labelOf(t: TFunction, p: Problem): string {
  const field = t(`field.${p.field}`, { defaultValue: p.field });
  if (p.place?.tier)
    return p.place.tierNo
      ? t('error.place.tierNo', { no: p.place.tierNo, name: p.place.tier })
      : t('error.place.tier', { name: p.place.tier });
  if (p.place?.row) return t('error.place.row', { no: p.place.row, field });
  if (p.place?.group)
    return t('error.place.group', {
      group: t(`field.${p.place.group}`, { defaultValue: p.place.group }),
      part: t(`field.part.${p.field}`, { defaultValue: p.field }),
    });
  return field;
}

function problemText(t: TFunction, p: Problem): string {
  const params = { ...p.params, item: t(`field.${p.field}`, { defaultValue: p.field }) } as Record<string, unknown>;
  if (Array.isArray(params.values)) params.values = (params.values as string[]).join(t('error.listSeparator'));
  const generic = p.key.startsWith('format_') ? t('error.problem.invalid_format') : p.key;
  return t(`error.problem.${p.key}`, { ...params, defaultValue: generic });
}

/**
 * Turns any error a procedure can raise into a message in the user's language that names the field
 * (and the row or tier of a nested one) and the problem. Used by the HTTP error formatter and by
 * server-side form actions alike.
 */
export function describeError(error: unknown, locale: Locale): DescribedError {
  const t = translator(locale);
  const cause = error instanceof TRPCError ? error.cause : error;
  const problems = problemsOf(cause);
  if (problems) {
    const fieldErrors: Record<string, string> = {};
    const messages = new Map<string, string>();
    for (const p of problems) {
      const where = `${p.place?.group ?? ''}|${p.field}|${p.place?.row ?? ''}|${p.place?.tier ?? ''}`;
      if (messages.has(where)) continue; // the first problem of a field is the one to fix first
      const problem = problemText(t, p);
      const sentence = SELF_NAMING.has(p.key) && !p.place ? problem : t('error.invalid', { field: labelOf(t, p), problem });
      const key = p.place?.group ? `${p.place.group}.${p.field}` : p.field;
      fieldErrors[key] ??= p.place && !p.place.group ? sentence : problem;
      messages.set(where, sentence);
    }
    const message = [...messages.values()].join('；');
    return { message, fieldErrors };
  }
  if (cause instanceof Conflict) {
    const field = t(`field.${cause.field}`, { defaultValue: cause.field });
    const message = t('error.conflict', { field, value: cause.value });
    return { message, fieldErrors: { [cause.field]: message } };
  }
  const code = error instanceof TRPCError ? error.code : 'INTERNAL_SERVER_ERROR';
  const key =
    { NOT_FOUND: 'error.notFound', FORBIDDEN: 'error.forbidden', UNAUTHORIZED: 'error.unauthorized', TOO_MANY_REQUESTS: 'error.busy' }[
      code as string
    ] ?? 'error.generic';
  return { message: t(key), fieldErrors: {} };
}
