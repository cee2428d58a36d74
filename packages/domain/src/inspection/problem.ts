/** What kind of failure a problem is, as the sources' audit campaigns sort them (000 张家口, 004 曲靖). */
export const PROBLEM_CATEGORIES = ['补助发放', '台账数据', '培训', '交流轮岗', '结对帮扶', '师德师风', '其他'] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

/** The records a problem may concern, each a kind the scope guard can place. */
export const PROBLEM_RECORD_KINDS = ['school', 'teacher', 'sheet', 'pair', 'cohort', 'rotationPlan', 'rotationMove'] as const;
export type ProblemRecordKind = (typeof PROBLEM_RECORD_KINDS)[number];

export type ProblemState = 'open' | 'submitted' | 'closed';
export type ProblemAction = 'submit' | 'close' | 'return';

/**
 * The problem lifecycle: the owner submits a rectification of an open problem; an inspector closes it
 * (销号) or returns it with a comment, which opens it again. Null when the action does not apply.
 */
export function nextProblemState(state: ProblemState, action: ProblemAction): ProblemState | null {
  if (action === 'submit') return state === 'open' ? 'submitted' : null;
  if (state !== 'submitted') return null;
  return action === 'close' ? 'closed' : 'open';
}

/** Overdue: not closed, and its deadline is before `today` (the deadline day itself still counts as in time). */
export function isOverdue(problem: { state: ProblemState; deadline: string }, today: string): boolean {
  return problem.state !== 'closed' && problem.deadline < today;
}

/** A unit a problem is for: a school of a county, or the county itself (no school). */
export interface ProblemUnit {
  countyId: string;
  schoolId: string | null;
}

/** Who may own a unit's problem: the school's administrators, or for the county itself its officers. */
export function mayOwnProblem(account: { role: string; countyId: string | null; schoolId: string | null }, unit: ProblemUnit): boolean {
  return unit.schoolId
    ? account.role === 'school_admin' && account.schoolId === unit.schoolId
    : account.role === 'county_officer' && account.countyId === unit.countyId;
}

/** Whether the owner takes an action: the owner submits the rectification; only someone else closes or returns it. */
export const ownerTakes = (action: ProblemAction): boolean => action === 'submit';

/** Whether a user may take `action` on the problem now (their permission aside): it follows from the state, and from who owns it. */
export function mayActOnProblem(problem: { state: ProblemState; ownerId: string }, userId: string, action: ProblemAction): boolean {
  return nextProblemState(problem.state, action) !== null && (problem.ownerId === userId) === ownerTakes(action);
}
