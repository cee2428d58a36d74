import type { IneligibleReason, MoveProblem, PlanFinding, RotationEligibility } from '@tongxing/domain';

type T = (key: string, params?: Record<string, unknown>) => string;

/** Why a teacher is not eligible, one sentence per reason. */
export const reasonText = (t: T, reason: IneligibleReason): string => t(`rotation.reasons.${reason.key}`, reason.params);

/** The list's reason column: why eligible (years and age), or every reason that rules the teacher out. */
export function eligibilityText(
  t: T,
  row: Pick<RotationEligibility, 'eligible' | 'reasons' | 'yearsAtSchool' | 'requiredYears' | 'age' | 'maxAge'>,
) {
  if (!row.eligible) return row.reasons.map((r) => reasonText(t, r)).join('；');
  return t('rotation.eligibleBecause', { years: row.yearsAtSchool, required: row.requiredYears, age: row.age, maxAge: row.maxAge });
}

export const moveProblemText = (t: T, problem: MoveProblem): string =>
  t(`rotation.moveProblems.${problem.key}`, { ...problem, endDate: 'endDate' in problem ? (problem.endDate ?? '—') : undefined });

/** A planner's finding as a sentence; teacher ids become names where the page knows them. */
export function findingText(t: T, finding: PlanFinding, names: ReadonlyMap<string, string>): string {
  const params: Record<string, unknown> = { ...finding.params };
  if ('teacherId' in finding.params) params.teacher = names.get(finding.params.teacherId) ?? t('rotation.someTeacher');
  return t(`rotation.findings.${finding.key}`, params);
}

/** 0.123 → "12.3%"; null (nothing to divide by) → "—". */
export const percentText = (share: number | null): string => (share === null ? '—' : `${(Math.round(share * 1000) / 10).toString()}%`);

/** A stint's dates: "2027-09-01 — 2028-07-01", or the start alone for a 调动. */
export const periodText = (startDate: string, endDate: string | null): string => (endDate ? `${startDate} — ${endDate}` : `${startDate} —`);
