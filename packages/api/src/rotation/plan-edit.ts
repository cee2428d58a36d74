import { and, eq, inArray, not } from 'drizzle-orm';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { planRotation, type PlannedMove, type RotationForm, type RotationPolicy, type Solver } from '@tongxing/domain';
import { badInput } from '../problems';
import { absencesOf } from './away';
import { countyEligibility } from './eligibility';
import { needsOf } from './needs';
import { draftPlan, draftPlanOfMove } from './plan-state';
import { policyFor } from './policy';

const m = schema.rotationMove;

export interface MoveTerms {
  form: RotationForm;
  startDate: string;
  endDate: string | null;
}

function checkTerms(policy: RotationPolicy, terms: MoveTerms) {
  if (!policy.forms.includes(terms.form)) throw badInput('form', 'form_not_allowed');
  if (terms.form === '调动' && terms.endDate !== null) throw badInput('endDate', 'transfer_has_end');
  if (terms.form !== '调动' && terms.endDate === null) throw badInput('endDate', 'end_required');
  if (terms.endDate !== null && terms.endDate <= terms.startDate) throw badInput('endDate', 'end_not_after_start');
}

export interface AddMoveInput extends MoveTerms {
  countyId: string;
  year: number;
  teacherId: string;
  toSchoolId: string;
  subject: string;
  pinned: boolean;
}

/**
 * A move the officer drafts by hand: the teacher must be in post in the county on the reference date (the
 * live checks then say whether they are eligible and whether the move meets the policy). A teacher moves
 * at most once a year: of two officers adding the same teacher at once, one wins.
 */
export async function addMove(tx: Transaction, user: SessionUser, input: AddMoveInput) {
  const plan = await draftPlan(tx, user.tenantId, user.id, input.countyId, input.year);
  const { policy } = await policyFor(tx, input.year);
  checkTerms(policy, input);
  const county = await countyEligibility(tx, input.countyId, policy);
  const teacher = county.rows.find((r) => r.teacherId === input.teacherId);
  if (!teacher?.schoolId) throw badInput('teacherId', 'not_in_county_on_day', { day: county.day });
  if (teacher.schoolId === input.toSchoolId) throw badInput('toSchoolId', 'same_school');
  const [row] = await tx
    .insert(m)
    .values({
      tenantId: user.tenantId,
      planId: plan.id,
      year: input.year,
      teacherId: input.teacherId,
      fromSchoolId: teacher.schoolId,
      toSchoolId: input.toSchoolId,
      form: input.form,
      subject: input.subject,
      startDate: input.startDate,
      endDate: input.endDate,
      pinned: input.pinned,
      createdBy: user.id,
    })
    .onConflictDoNothing()
    .returning({ id: m.id });
  if (!row) throw badInput('teacherId', 'already_moving', { year: input.year });
  return row;
}

export async function removeMove(tx: Transaction, moveId: string) {
  await draftPlanOfMove(tx, moveId);
  await tx.delete(m).where(eq(m.id, moveId));
}

/** A pinned move is kept, teacher and school, by the planner's next proposals. */
export async function pinMove(tx: Transaction, moveId: string, pinned: boolean) {
  await draftPlanOfMove(tx, moveId);
  await tx.update(m).set({ pinned }).where(eq(m.id, moveId));
}

/** Leaves a teacher out of (or back into) the planner's proposals; they still count among the eligible. */
export async function excludeTeacher(
  tx: Transaction,
  user: SessionUser,
  input: { countyId: string; year: number; teacherId: string; excluded: boolean },
) {
  const plan = await draftPlan(tx, user.tenantId, user.id, input.countyId, input.year);
  const others = plan.exclusions.filter((id) => id !== input.teacherId);
  await tx
    .update(schema.rotationPlan)
    .set({ exclusions: input.excluded ? [...others, input.teacherId] : others })
    .where(eq(schema.rotationPlan.id, plan.id));
}

/** What the last proposal came to, kept on the plan for its page. */
export type LastRun =
  | {
      status: 'planned';
      at: string;
      optimal: boolean;
      objective: number;
      bound: number | null;
      gap: number | null;
      seconds: number;
      moves: number;
    }
  | { status: 'infeasible'; at: string; findings: unknown[]; relaxations: unknown[] }
  | { status: 'no_solution'; at: string; solverStatus: string; seconds: number };

/**
 * The planner's proposal for the county's year, replacing every move that is not pinned: pinned teachers
 * stay where they are pinned, excluded ones and those already away during the stint are left out. When no
 * plan meets the constraints the moves stay as they were and the reasons are kept on the plan.
 */
export async function proposePlan(
  tx: Transaction,
  user: SessionUser,
  input: MoveTerms & { countyId: string; year: number },
  solve: Solver,
) {
  const plan = await draftPlan(tx, user.tenantId, user.id, input.countyId, input.year);
  const { policy } = await policyFor(tx, input.year);
  checkTerms(policy, input);
  const [county, needs, pinned] = await Promise.all([
    countyEligibility(tx, input.countyId, policy),
    needsOf(tx, input.countyId, input.year),
    tx
      .select({ id: m.id, teacherId: m.teacherId, toSchoolId: m.toSchoolId })
      .from(m)
      .where(and(eq(m.planId, plan.id), eq(m.pinned, true))),
  ]);
  const away = await absencesOf(
    tx,
    county.eligible.map((t) => t.teacherId),
    plan.id,
    input.startDate,
    input.endDate,
  );
  const result = await planRotation(solve, {
    policy,
    schools: county.schools,
    eligible: county.eligible,
    needs,
    pins: pinned.map((p) => ({ teacherId: p.teacherId, schoolId: p.toSchoolId })),
    exclusions: [...plan.exclusions, ...away.map((a) => a.teacherId)],
  });
  const at = new Date().toISOString();
  let lastRun: LastRun;
  if (result.status === 'planned') {
    await writeProposal(tx, user, plan.id, input, result.moves, pinned);
    const { optimal, objective, bound, gap, seconds } = result;
    lastRun = { status: 'planned', at, optimal, objective, bound, gap, seconds, moves: result.moves.length };
  } else if (result.status === 'infeasible')
    lastRun = { status: 'infeasible', at, findings: result.findings, relaxations: result.relaxations };
  else lastRun = { status: 'no_solution', at, solverStatus: result.solverStatus, seconds: result.seconds };
  await tx.update(schema.rotationPlan).set({ lastRun }).where(eq(schema.rotationPlan.id, plan.id));
  return lastRun;
}

async function writeProposal(
  tx: Transaction,
  user: SessionUser,
  planId: string,
  terms: MoveTerms & { year: number },
  moves: PlannedMove[],
  pinned: { id: string; teacherId: string }[],
) {
  const pinnedIds = pinned.map((p) => p.id);
  await tx.delete(m).where(and(eq(m.planId, planId), pinnedIds.length ? not(inArray(m.id, pinnedIds)) : undefined));
  const pinnedTeachers = new Map(pinned.map((p) => [p.teacherId, p.id]));
  for (const move of moves.filter((mv) => pinnedTeachers.has(mv.teacherId)))
    await tx
      .update(m)
      .set({ subject: move.subject })
      .where(eq(m.id, pinnedTeachers.get(move.teacherId)!));
  const fresh = moves.filter((mv) => !pinnedTeachers.has(mv.teacherId));
  if (fresh.length === 0) return;
  await tx.insert(m).values(
    fresh.map((mv) => ({
      tenantId: user.tenantId,
      planId,
      year: terms.year,
      teacherId: mv.teacherId,
      fromSchoolId: mv.fromSchoolId,
      toSchoolId: mv.toSchoolId,
      form: terms.form,
      subject: mv.subject,
      startDate: terms.startDate,
      endDate: terms.endDate,
      proposed: true,
      createdBy: user.id,
    })),
  );
}
