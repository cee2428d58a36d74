import { isIsoDate } from '../register/dates';
import { inclusiveDays } from './days';

export const MAX_CYCLE_HOURS = 2000;

/** A city's hours cycle (e.g. 360 学时 in five years), dates inclusive, with optional minimums per level. */
export interface CyclePolicy {
  startDate: string;
  /** Inclusive. */
  endDate: string;
  requiredHours: number;
  minHoursByLevel: Record<string, number>;
  /** What a teacher who starts mid-cycle owes: a share by calendar months left, or the full hours. */
  joiners: 'prorataMonths' | 'full';
}

export interface PaceFacts {
  /** The start of the teacher's first post; null when unknown (treated as before the cycle). */
  joinedOn: string | null;
  asOf: string;
  /** Hours earned in the cycle by level; reversals make entries negative. */
  hoursByLevel: Record<string, number>;
}

export interface Pace {
  required: number;
  earned: number;
  /** required × elapsedDays ÷ spanDays, rounded down; onPace compares exactly. */
  expected: number;
  onPace: boolean;
  missing: number;
  missingByLevel: Record<string, number>;
  elapsedDays: number;
  spanDays: number;
}

export interface CycleProblem {
  field: 'startDate' | 'endDate' | 'requiredHours' | 'minHoursByLevel';
  key: 'invalid_date' | 'dates_order' | 'not_a_whole_number' | 'too_small' | 'too_big' | 'level_minimum_range' | 'level_minimums_exceed';
  params?: Record<string, string | number>;
}

export function cycleDays(policy: Pick<CyclePolicy, 'startDate' | 'endDate'>): number {
  return inclusiveDays(policy.startDate, policy.endDate);
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const floorDiv = (a: number, b: number) => (a - (((a % b) + b) % b)) / b;
const roundHalfUp = (a: number, b: number) => floorDiv(2 * a + b, 2 * b);

/** The months a teacher owes out of the months of the cycle, both counted by calendar month inclusive. */
function owedMonths(policy: CyclePolicy, joinedOn: string | null): { months: number; total: number } {
  const total = monthIndex(policy.endDate) - monthIndex(policy.startDate) + 1;
  if (joinedOn === null || joinedOn <= policy.startDate) return { months: total, total };
  if (joinedOn > policy.endDate) return { months: 0, total };
  if (policy.joiners === 'full') return { months: total, total };
  return { months: monthIndex(policy.endDate) - monthIndex(joinedOn) + 1, total };
}

function prorate(hours: number, { months, total }: { months: number; total: number }): number {
  return months === total ? hours : roundHalfUp(hours * months, total);
}

/** The hours a teacher owes in the cycle, given the start of their first post. */
export function requiredHoursFor(policy: CyclePolicy, joinedOn: string | null): number {
  return prorate(policy.requiredHours, owedMonths(policy, joinedOn));
}

/** The level minimums a teacher owes, in the same proportion (and rounding) as the required hours. */
export function minHoursByLevelFor(policy: CyclePolicy, joinedOn: string | null): Record<string, number> {
  const share = owedMonths(policy, joinedOn);
  return Object.fromEntries(Object.entries(policy.minHoursByLevel).map(([level, min]) => [level, prorate(min, share)]));
}

/**
 * Where a teacher stands on `asOf`: the hours expected by then grow day by day over their span (from
 * the later of the cycle's start and their joining, to the cycle's end).
 */
export function paceOf(policy: CyclePolicy, facts: PaceFacts): Pace {
  const required = requiredHoursFor(policy, facts.joinedOn);
  const spanStart = facts.joinedOn !== null && facts.joinedOn > policy.startDate ? facts.joinedOn : policy.startDate;
  const spanDays = inclusiveDays(spanStart, policy.endDate);
  const elapsedDays = Math.min(spanDays, inclusiveDays(spanStart, facts.asOf));
  const earned = Object.values(facts.hoursByLevel).reduce((sum, hours) => sum + hours, 0);
  // Rounded up, so that whole hours earned ≥ expected exactly when the teacher is on pace.
  const expected = spanDays === 0 ? required : Math.ceil((required * elapsedDays) / spanDays);
  const missingByLevel: Record<string, number> = {};
  for (const [level, min] of Object.entries(minHoursByLevelFor(policy, facts.joinedOn))) {
    const short = min - (facts.hoursByLevel[level] ?? 0);
    if (short > 0) missingByLevel[level] = short;
  }
  return {
    required,
    earned,
    expected,
    onPace: earned * spanDays >= required * elapsedDays,
    missing: Math.max(0, required - earned),
    missingByLevel,
    elapsedDays,
    spanDays,
  };
}

/** What makes a cycle policy unsaveable; the sum of the minimums is only checked once each one is in range. */
export function cycleProblems(policy: CyclePolicy): CycleProblem[] {
  const problems: CycleProblem[] = [];
  const startValid = isIsoDate(policy.startDate);
  const endValid = isIsoDate(policy.endDate);
  if (!startValid) problems.push({ field: 'startDate', key: 'invalid_date' });
  if (!endValid) problems.push({ field: 'endDate', key: 'invalid_date' });
  if (startValid && endValid && policy.endDate <= policy.startDate) problems.push({ field: 'endDate', key: 'dates_order' });

  const required = policy.requiredHours;
  const requiredValid = Number.isInteger(required) && required >= 1 && required <= MAX_CYCLE_HOURS;
  if (!Number.isInteger(required)) problems.push({ field: 'requiredHours', key: 'not_a_whole_number' });
  else if (required < 1) problems.push({ field: 'requiredHours', key: 'too_small', params: { min: 1 } });
  else if (required > MAX_CYCLE_HOURS) problems.push({ field: 'requiredHours', key: 'too_big', params: { max: MAX_CYCLE_HOURS } });

  // Against invalid required hours only a negative minimum is certainly wrong.
  const minimums = Object.entries(policy.minHoursByLevel);
  const outOfRange = minimums.filter(([, min]) => !(min >= 0) || (requiredValid && min > required));
  for (const [level] of outOfRange)
    problems.push({ field: 'minHoursByLevel', key: 'level_minimum_range', params: { level, max: required } });
  const sum = minimums.reduce((total, [, min]) => total + min, 0);
  if (requiredValid && outOfRange.length === 0 && sum > required)
    problems.push({ field: 'minHoursByLevel', key: 'level_minimums_exceed', params: { sum, max: required } });
  return problems;
}
