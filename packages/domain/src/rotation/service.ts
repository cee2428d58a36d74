import { addMonths } from '../register/date-limits';
import { addDays, contains, lengthInDays, type Interval } from '../register/dates';

/** A post as the register stores it: `[startDate, endDate)`, end null = open. */
export interface PostInterval {
  schoolId: string;
  role: 'primary' | 'secondary';
  startDate: string;
  endDate: string | null;
}

export interface Stay {
  schoolId: string;
  /** The first day of the unbroken run of primary posts at the school. */
  since: string;
}

/**
 * The school of the primary post covering `day`, and since when the teacher has been there without a
 * break. A leave or a role change is a new post at the same school that starts where the last one ended,
 * so it continues the stay; a post at another school (a transfer, a stint) or a gap of any length
 * starts it again. Secondary posts (走教) do not count either way.
 */
export function currentStay(posts: readonly PostInterval[], day: string): Stay | null {
  const primaries = posts.filter((p) => p.role === 'primary');
  let post = primaries.find((p) => contains({ start: p.startDate, end: p.endDate }, day));
  if (!post) return null;
  const schoolId = post.schoolId;
  for (;;) {
    const start: string = post.startDate;
    const before = primaries.find((p) => p.endDate === start && p.startDate < start && p.schoolId === schoolId);
    if (!before) return { schoolId, since: post.startDate };
    post = before;
  }
}

export const nextDay = (day: string): string => addDays(day, 1);

/** Whole years from `from` to `to`, each ending on an anniversary of `from` (29 February's on 28 February). */
function wholeYears(from: string, to: string): number {
  let years = Math.max(0, Number(to.slice(0, 4)) - Number(from.slice(0, 4)));
  while (years > 0 && addMonths(from, years * 12) > to) years--;
  return years;
}

/** Completed years of service on `day`, counting `day` itself as served: since 2020-09-01, 2026-08-31 makes 6. */
export const yearsServed = (since: string, day: string): number => wholeYears(since, nextDay(day));

/** The first day on which a stay since `since` has lasted `years` years. */
export const yearsReachedOn = (since: string, years: number): string => addDays(addMonths(since, years * 12), -1);

/** Age in completed years (周岁) on `day`: one is `n` from the `n`th birthday on. */
export const ageOn = (birthDate: string, day: string): number => wholeYears(birthDate, day);

/** A title needs at least a year of rural or weak-school service before 高级 (counted in days). */
export const TITLE_SERVICE_DAYS = 365;

/**
 * Days of rural or weak-school service up to and including `day`: the union of the intervals given (posts
 * at rural schools, and rotation stints wherever they were), so a stint at a rural school counts once.
 */
export function serviceDays(intervals: readonly Interval[], day: string): number {
  const until = nextDay(day);
  const clipped = intervals
    .map((i) => ({ start: i.start, end: i.end === null || i.end > until ? until : i.end }))
    .filter((i) => i.start < i.end)
    .sort((a, b) => a.start.localeCompare(b.start));
  let days = 0;
  let covered: string | null = null;
  for (const i of clipped) {
    const start = covered !== null && covered > i.start ? covered : i.start;
    if (start < i.end) days += lengthInDays({ start, end: i.end })!;
    if (covered === null || i.end > covered) covered = i.end;
  }
  return days;
}
