/**
 * What a register date may be. One source for the forms, the API and the import: dates outside these
 * limits cannot be true and are refused; dates inside them but outside the usual range are only
 * flagged on the quality board, since they do happen (a 17-year-old 代课 teacher, a move decided early).
 */
export const DATE_LIMITS = {
  /** No record of the register starts before this. */
  earliest: '1950-01-01',
  /** A post starting more than this many months from today is a typing error (2099 for 2029). */
  monthsAhead: 12,
  /** Nobody takes a post before this age (the statutory minimum working age). */
  minAge: 16,
  /** Flagged: a post starting before this age. */
  usualMinAge: 18,
  /** Flagged: a post starting more than this many months from today. */
  usualMonthsAhead: 6,
} as const;

/** `day` moved by whole months, clamped to the month's end (2026-08-31 + 6 months = 2027-02-28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The day someone born on `birthDate` turns `age` (a 29 February birthday counts from 28 February). */
export const birthday = (birthDate: string, age: number): string => addMonths(birthDate, age * 12);

/** A problem as the API reports it: a key under `error.problem` and its parameters. */
export interface DateProblem {
  key: 'date_before_earliest' | 'date_too_far_ahead' | 'post_before_min_age';
  params: Record<string, string | number>;
}

/** Why a date cannot be true for any register record (before 1950, more than a year ahead), or null. */
export function registerDateProblem(day: string, today: string): DateProblem | null {
  if (day < DATE_LIMITS.earliest) return { key: 'date_before_earliest', params: { min: DATE_LIMITS.earliest } };
  const latest = addMonths(today, DATE_LIMITS.monthsAhead);
  if (day > latest) return { key: 'date_too_far_ahead', params: { max: latest } };
  return null;
}

/** Why a post cannot start on `start` for someone born on `birthDate`, or null. */
export function postStartProblem(start: string, birthDate: string | null, today: string): DateProblem | null {
  const general = registerDateProblem(start, today);
  if (general) return general;
  if (birthDate && start < birthday(birthDate, DATE_LIMITS.minAge))
    return { key: 'post_before_min_age', params: { age: DATE_LIMITS.minAge, date: birthday(birthDate, DATE_LIMITS.minAge) } };
  return null;
}

/** What is possible but unusual about a post's start: flagged for a person to check, never refused. */
export function postStartUnlikely(start: string, birthDate: string | null, today: string): 'young' | 'far_ahead' | null {
  if (birthDate && start < birthday(birthDate, DATE_LIMITS.usualMinAge)) return 'young';
  if (start > addMonths(today, DATE_LIMITS.usualMonthsAhead)) return 'far_ahead';
  return null;
}
