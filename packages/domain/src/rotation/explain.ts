import type { PlanFinding } from './findings';
import { writeLp, type SlackColumn } from './lp-format';
import type { ConstraintGroup, ModelRow, PlanningModel } from './model';
import type { Solver } from './solve';

/** One way out of an infeasible county: relax these groups and the rows of them listed here fail by the numbers given. */
export interface Relaxation {
  groups: ConstraintGroup[];
  findings: PlanFinding[];
}

/** The groups an officer can most plausibly change come first. */
const GROUPS: readonly ConstraintGroup[] = ['floors', 'subject_floors', 'key_teachers', 'pins', 'quota', 'needs', 'one_move'];

function rowFinding(model: PlanningModel, row: ModelRow, slack: SlackColumn, amount: number): PlanFinding {
  const m = row.meaning;
  const name = (schoolId: string) => model.schools.get(schoolId)?.name ?? '';
  switch (m.group) {
    case 'needs': {
      const need = model.needs[m.need]!;
      const place = { schoolId: need.schoolId, schoolName: name(need.schoolId), subject: need.subject, need: need.count };
      return slack.direction === 'short'
        ? { key: 'need_uncovered', params: { ...place, short: amount } }
        : { key: 'need_overfilled', params: { ...place, over: amount } };
    }
    case 'floors':
      return {
        key: 'floor_breached',
        params: { schoolId: m.schoolId, schoolName: name(m.schoolId), staff: m.staff, maxLeaving: m.maxLeaving, over: amount },
      };
    case 'subject_floors':
      return {
        key: 'subject_floor_breached',
        params: { schoolId: m.schoolId, schoolName: name(m.schoolId), subject: m.subject, staff: m.staff, over: amount },
      };
    case 'quota':
      return { key: 'quota_unreachable', params: { quota: m.quota, short: amount } };
    case 'key_teachers':
      return { key: 'key_teachers_unreachable', params: { required: m.required, short: amount } };
    case 'pins':
      return { key: 'pin_unplaceable', params: { teacherId: m.teacherId, schoolId: m.schoolId } };
    case 'one_move':
      return { key: 'teacher_twice', params: { teacherId: m.teacherId } };
  }
}

async function relax(solve: Solver, model: PlanningModel, groups: ConstraintGroup[], timeLimitSeconds: number): Promise<Relaxation | null> {
  const lp = writeLp(model, new Set(groups));
  const solution = await solve(lp.text, { timeLimitSeconds, relativeGap: 0 });
  if (solution.status !== 'optimal' && solution.status !== 'feasible') return null;
  const findings = lp.slacks.flatMap((slack) => {
    const amount = Math.round(solution.values.get(slack.name) ?? 0);
    return amount > 0 ? [rowFinding(model, model.rows[slack.row]!, slack, amount)] : [];
  });
  return { groups, findings };
}

/**
 * For a model HiGHS found infeasible: each group of constraints whose relaxation alone makes it feasible,
 * with the least violation of its rows that then suffices (each group's rows get slack and their total is
 * minimised). When no single group does, all groups are relaxed together.
 */
export async function explainInfeasible(solve: Solver, model: PlanningModel, timeLimitSeconds: number): Promise<Relaxation[]> {
  const present = GROUPS.filter((g) => model.rows.some((r) => r.meaning.group === g));
  const single: Relaxation[] = [];
  for (const group of present) {
    const relaxation = await relax(solve, model, [group], timeLimitSeconds);
    if (relaxation) single.push(relaxation);
  }
  if (single.length > 0) return single;
  const together = await relax(solve, model, present, timeLimitSeconds);
  return together ? [together] : [];
}
