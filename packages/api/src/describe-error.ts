import { TRPCError } from '@trpc/server';
import { translator, type Locale } from '@tongxing/domain';
import { ZodError, type z } from 'zod';
import { Conflict, InputProblems, type Problem } from './problems';

export interface DescribedError {
  message: string;
  /** Field name → readable problem, for forms. */
  fieldErrors: Record<string, string>;
}

function problemFromIssue(issue: z.core.$ZodIssue): Problem {
  const field = String(issue.path.at(-1) ?? 'input');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { field, key: 'required' };
      return { field, key: 'too_short', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { field, key: 'too_long', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { field, key: 'invalid_format' };
    case 'invalid_value':
      return { field, key: 'invalid_value' };
    case 'invalid_type':
      return { field, key: issue.input === undefined || issue.input === null ? 'required' : 'invalid_type' };
    case 'custom':
      return { field, key: String(issue.params?.key ?? 'invalid_value'), params: issue.params ?? {} };
    default:
      return { field, key: 'invalid_value' };
  }
}

function problemsOf(error: unknown): Problem[] | null {
  if (error instanceof ZodError) return error.issues.map(problemFromIssue);
  if (error instanceof InputProblems) return error.problems;
  return null;
}

/**
 * Turns any error a procedure can raise into a message in the user's language that names the field
 * and the problem. Used by the HTTP error formatter and by server-side form actions alike.
 */
export function describeError(error: unknown, locale: Locale): DescribedError {
  const t = translator(locale);
  const cause = error instanceof TRPCError ? error.cause : error;
  const problems = problemsOf(cause);
  if (problems) {
    const fieldErrors: Record<string, string> = {};
    const messages = new Set<string>();
    for (const p of problems) {
      if (p.field in fieldErrors) continue; // the first problem of a field is the one to fix first
      const problem = t(`error.problem.${p.key}`, { ...p.params, defaultValue: p.key });
      fieldErrors[p.field] = problem;
      messages.add(t('error.invalid', { field: t(`field.${p.field}`, { defaultValue: p.field }), problem }));
    }
    const message = [...messages].join('；');
    return { message, fieldErrors };
  }
  if (cause instanceof Conflict) {
    const field = t(`field.${cause.field}`, { defaultValue: cause.field });
    const message = t('error.conflict', { field, value: cause.value });
    return { message, fieldErrors: { [cause.field]: message } };
  }
  const code = error instanceof TRPCError ? error.code : 'INTERNAL_SERVER_ERROR';
  const key =
    { NOT_FOUND: 'error.notFound', FORBIDDEN: 'error.forbidden', UNAUTHORIZED: 'error.unauthorized' }[code as string] ?? 'error.generic';
  return { message: t(key), fieldErrors: {} };
}
