import { and, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { badInput, notFound } from '../problems';
import { applyMove } from './apply';
import { movesOfPlan } from './moves';
import { lockedPlan } from './plan-state';
import { planView } from './plan-view';

const plans = schema.rotationPlan;
const m = schema.rotationMove;

/** Sends a plan that meets every check to its schools for their answers; an earlier objection is asked again. */
export async function submitPlan(tx: Transaction, planId: string) {
  const plan = await lockedPlan(tx, planId);
  if (plan.state !== 'draft') throw badInput('plan', 'plan_not_draft', { state: plan.state });
  const view = await planView(tx, plan.countyId, plan.year);
  if (view.moves.length === 0) throw badInput('plan', 'plan_empty');
  if (!view.report.ok) throw badInput('plan', 'plan_not_ready');
  await tx
    .update(m)
    .set({
      sendingState: sql`case when ${m.sendingState} = 'objected' then 'pending' else ${m.sendingState} end`,
      receivingState: sql`case when ${m.receivingState} = 'objected' then 'pending' else ${m.receivingState} end`,
    })
    .where(eq(m.planId, planId));
  await tx.update(plans).set({ state: 'submitted', comment: null }).where(eq(plans.id, planId));
}

/** A school's answer to a move into or out of it: confirmed, or objected with a reason (the county then changes the plan). */
export async function answerMove(tx: Transaction, user: SessionUser, moveId: string, answer: { confirmed: boolean; reason?: string }) {
  const [move] = await tx.select().from(m).where(eq(m.id, moveId)).for('update');
  if (!move) throw notFound();
  const [plan] = await tx.select({ state: plans.state }).from(plans).where(eq(plans.id, move.planId));
  if (plan!.state !== 'submitted') throw badInput('plan', 'plan_not_submitted');
  const state = answer.confirmed ? ('confirmed' as const) : ('objected' as const);
  const reason = answer.confirmed ? null : (answer.reason ?? null);
  if (!answer.confirmed && !reason) throw badInput('reason', 'reason_required');
  if (move.fromSchoolId === user.schoolId) await tx.update(m).set({ sendingState: state, sendingReason: reason }).where(eq(m.id, moveId));
  else if (move.toSchoolId === user.schoolId)
    await tx.update(m).set({ receivingState: state, receivingReason: reason }).where(eq(m.id, moveId));
  else throw notFound();
}

/**
 * The county's approval of a plan both schools of every move confirmed. A plan with a move into another
 * county waits for the city; otherwise (or once the city approves) every move is applied to the register
 * in this transaction, and the plan is approved.
 */
export async function approvePlan(tx: Transaction, user: SessionUser, planId: string) {
  const plan = await lockedPlan(tx, planId);
  if (plan.state === 'awaiting_city' && user.role !== 'city_admin') throw badInput('plan', 'needs_city');
  if (plan.state !== 'submitted' && plan.state !== 'awaiting_city') throw badInput('plan', 'plan_not_submitted');
  const moves = await movesOfPlan(tx, planId);
  const unanswered = moves.filter((mv) => mv.sendingState !== 'confirmed' || mv.receivingState !== 'confirmed');
  if (unanswered.length > 0)
    throw badInput('plan', 'answers_missing', {
      count: unanswered.length,
      objected: unanswered.filter((mv) => mv.sendingState === 'objected' || mv.receivingState === 'objected').length,
    });
  const view = await planView(tx, plan.countyId, plan.year);
  if (!view.report.ok) throw badInput('plan', 'plan_not_ready');
  const decided = { decidedBy: user.id, decidedAt: sql`now()` };
  if (plan.state === 'submitted' && user.role !== 'city_admin' && moves.some((mv) => mv.toCountyId !== plan.countyId)) {
    await tx
      .update(plans)
      .set({ state: 'awaiting_city', ...decided })
      .where(eq(plans.id, planId));
    return { state: 'awaiting_city' as const };
  }
  for (const move of [...moves].sort((a, b) => a.startDate.localeCompare(b.startDate))) await applyMove(tx, move);
  await tx
    .update(plans)
    .set({ state: 'approved', ...decided })
    .where(eq(plans.id, planId));
  return { state: 'approved' as const };
}

/** Back to the county's draft with a comment: the schools' answers stay, objections are asked again on resubmission. */
export async function returnPlan(tx: Transaction, user: SessionUser, planId: string, comment: string) {
  const plan = await lockedPlan(tx, planId);
  if (plan.state === 'awaiting_city' && user.role !== 'city_admin') throw badInput('plan', 'needs_city');
  if (plan.state !== 'submitted' && plan.state !== 'awaiting_city') throw badInput('plan', 'plan_not_submitted');
  await tx
    .update(plans)
    .set({ state: 'draft', comment, decidedBy: user.id, decidedAt: sql`now()` })
    .where(and(eq(plans.id, planId)));
}
