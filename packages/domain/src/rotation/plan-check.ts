import { addMonths } from '../register/date-limits';
import { overlaps } from '../register/dates';
import type { RotationCandidate, RotationNeed, RotationSchool } from './county';
import { moveDirection, type MoveDirection } from './direction';
import type { RotationForm, RotationPolicy } from './policy';
import { keyTeacherMinimum, maxLeaving, rotationQuota } from './quota';

/** One move of a drafted plan; `[startDate, endDate)`, end null only for a 调动. */
export interface DraftMove {
  teacherId: string;
  fromSchoolId: string;
  toSchoolId: string;
  subject: string;
  form: RotationForm;
  startDate: string;
  endDate: string | null;
}

/** A time the teacher is already away from their school: a stint, an off-the-job training placement. */
export interface Absence {
  teacherId: string;
  startDate: string;
  endDate: string | null;
}

export interface PlanContext {
  schools: readonly RotationSchool[];
  /** Every eligible teacher of the county: their number is the quota's base. */
  eligible: readonly RotationCandidate[];
  /** The county's own needs: each is checked to be covered exactly. */
  needs: readonly RotationNeed[];
  /**
   * Needs of receiving schools in other counties that moves name: a move there must meet one, but its
   * coverage is that county's to check (its own plan may fill the rest).
   */
  outsideNeeds?: readonly RotationNeed[];
  away?: readonly Absence[];
}

export type MoveProblem =
  | { key: 'teacher_not_eligible' | 'not_home_school' | 'unknown_school' | 'same_school' | 'form_not_allowed' | 'end_required' }
  | { key: 'transfer_has_end' | 'end_before_start' | 'subject_not_taught' | 'subject_not_needed' | 'duplicate_teacher' }
  | { key: 'to_more_urban' | 'weak_to_strong' | 'same_standing' }
  | { key: 'unknown_class'; locationClass: string }
  | { key: 'stint_too_short'; minMonths: number; earliestEnd: string }
  | { key: 'stint_too_long'; maxMonths: number; latestEnd: string }
  | { key: 'already_away'; startDate: string; endDate: string | null };

export interface MoveCheck {
  teacherId: string;
  direction: MoveDirection | null;
  problems: MoveProblem[];
}

export interface FloorCheck {
  schoolId: string;
  staff: number;
  leaving: number;
  maxLeaving: number;
  /** Subjects the school would have no teacher of once these leave. */
  emptiedSubjects: string[];
  ok: boolean;
}

export interface NeedCheck extends RotationNeed {
  covered: number;
  ok: boolean;
}

export interface PlanReport {
  ok: boolean;
  quota: { eligible: number; required: number; planned: number; short: number };
  keyTeachers: { of: RotationPolicy['keyTeachers']['of']; required: number; planned: number; short: number };
  moves: MoveCheck[];
  floors: FloorCheck[];
  needs: NeedCheck[];
}

function stintProblems(policy: RotationPolicy, move: DraftMove): MoveProblem[] {
  if (move.form === '调动') return move.endDate === null ? [] : [{ key: 'transfer_has_end' }];
  if (move.endDate === null) return [{ key: 'end_required' }];
  if (move.endDate <= move.startDate) return [{ key: 'end_before_start' }];
  const earliestEnd = addMonths(move.startDate, policy.stintMonths.min);
  const latestEnd = addMonths(move.startDate, policy.stintMonths.max);
  if (move.endDate < earliestEnd) return [{ key: 'stint_too_short', minMonths: policy.stintMonths.min, earliestEnd }];
  if (move.endDate > latestEnd) return [{ key: 'stint_too_long', maxMonths: policy.stintMonths.max, latestEnd }];
  return [];
}

/** A drafted plan against the policy: every check with its numbers, as the live panel beside the plan shows them. */
export function checkPlan(policy: RotationPolicy, context: PlanContext, moves: readonly DraftMove[]): PlanReport {
  const schools = new Map(context.schools.map((s) => [s.id, s]));
  const eligible = new Map(context.eligible.map((t) => [t.teacherId, t]));
  const needed = new Set([...context.needs, ...(context.outsideNeeds ?? [])].map((n) => `${n.schoolId}\n${n.subject}`));
  const movesOf = new Map<string, number>();
  for (const m of moves) movesOf.set(m.teacherId, (movesOf.get(m.teacherId) ?? 0) + 1);

  const checks = moves.map((move): MoveCheck => {
    const problems: MoveProblem[] = [];
    const teacher = eligible.get(move.teacherId);
    if (!teacher) problems.push({ key: 'teacher_not_eligible' });
    else {
      if (teacher.schoolId !== move.fromSchoolId) problems.push({ key: 'not_home_school' });
      if (!teacher.subjects.includes(move.subject)) problems.push({ key: 'subject_not_taught' });
    }
    if ((movesOf.get(move.teacherId) ?? 0) > 1) problems.push({ key: 'duplicate_teacher' });
    const from = schools.get(move.fromSchoolId);
    const to = schools.get(move.toSchoolId);
    let direction: MoveDirection | null = null;
    if (!from || !to) problems.push({ key: 'unknown_school' });
    else if (from.id === to.id) problems.push({ key: 'same_school' });
    else {
      direction = moveDirection(policy.classOrder, from, to);
      if (!direction.allowed)
        problems.push(
          direction.reason === 'unknown_class'
            ? { key: 'unknown_class', locationClass: direction.locationClass }
            : { key: direction.reason },
        );
    }
    if (!needed.has(`${move.toSchoolId}\n${move.subject}`)) problems.push({ key: 'subject_not_needed' });
    if (!policy.forms.includes(move.form)) problems.push({ key: 'form_not_allowed' });
    problems.push(...stintProblems(policy, move));
    const stint = { start: move.startDate, end: move.form === '调动' ? null : move.endDate };
    const away = context.away?.find((a) => a.teacherId === move.teacherId && overlaps({ start: a.startDate, end: a.endDate }, stint));
    if (away) problems.push({ key: 'already_away', startDate: away.startDate, endDate: away.endDate });
    return { teacherId: move.teacherId, direction, problems };
  });

  const leavers = new Map<string, Set<string>>();
  for (const m of moves) {
    const set = leavers.get(m.fromSchoolId) ?? new Set<string>();
    set.add(m.teacherId);
    leavers.set(m.fromSchoolId, set);
  }
  const floors = [...leavers].map(([schoolId, teacherIds]): FloorCheck => {
    const school = schools.get(schoolId);
    const staff = school?.staff ?? 0;
    const limit = maxLeaving(policy, staff);
    const leavingBySubject = new Map<string, number>();
    for (const id of teacherIds) {
      const subjects = eligible.get(id)?.subjects ?? moves.filter((m) => m.teacherId === id).map((m) => m.subject);
      for (const s of new Set(subjects)) leavingBySubject.set(s, (leavingBySubject.get(s) ?? 0) + 1);
    }
    const emptiedSubjects = policy.staffingFloor.keepOnlyTeacherOfSubject
      ? [...leavingBySubject].filter(([s, n]) => n >= (school?.staffBySubject[s] ?? 0)).map(([s]) => s)
      : [];
    return {
      schoolId,
      staff,
      leaving: teacherIds.size,
      maxLeaving: limit,
      emptiedSubjects,
      ok: teacherIds.size <= limit && emptiedSubjects.length === 0,
    };
  });

  const needs = context.needs.map((need): NeedCheck => {
    const covered = moves.filter((m) => m.toSchoolId === need.schoolId && m.subject === need.subject).length;
    return { ...need, covered, ok: covered === need.count };
  });

  const rotated = new Set(moves.map((m) => m.teacherId).filter((id) => eligible.has(id)));
  const rotatedKey = [...rotated].filter((id) => eligible.get(id)?.keyTeacher).length;
  const quotaRequired = rotationQuota(policy, eligible.size);
  const keyRequired = keyTeacherMinimum(policy, { eligible: eligible.size, rotated: rotated.size });
  const quota = {
    eligible: eligible.size,
    required: quotaRequired,
    planned: rotated.size,
    short: Math.max(0, quotaRequired - rotated.size),
  };
  const keyTeachers = {
    of: policy.keyTeachers.of,
    required: keyRequired,
    planned: rotatedKey,
    short: Math.max(0, keyRequired - rotatedKey),
  };

  const ok =
    quota.short === 0 &&
    keyTeachers.short === 0 &&
    checks.every((c) => c.problems.length === 0) &&
    floors.every((f) => f.ok) &&
    needs.every((n) => n.ok);
  return { ok, quota, keyTeachers, moves: checks, floors, needs };
}
