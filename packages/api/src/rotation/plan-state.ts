import { and, eq, sql } from 'drizzle-orm';
import { schema, type Transaction } from '@tongxing/db';
import { badInput, notFound } from '../problems';

export type Plan = typeof schema.rotationPlan.$inferSelect;

/** The county's plan for the year, locked for the change that follows; created as a draft the first time. */
export async function draftPlan(tx: Transaction, tenantId: string, userId: string, countyId: string, year: number): Promise<Plan> {
  await tx.insert(schema.rotationPlan).values({ tenantId, countyId, year, createdBy: userId }).onConflictDoNothing();
  const [plan] = await tx
    .select()
    .from(schema.rotationPlan)
    .where(and(eq(schema.rotationPlan.countyId, countyId), eq(schema.rotationPlan.year, year)))
    .for('update');
  if (plan!.state !== 'draft') throw badInput('plan', 'plan_not_draft', { state: plan!.state });
  return plan!;
}

/** A plan by id, locked. */
export async function lockedPlan(tx: Transaction, planId: string): Promise<Plan> {
  const [plan] = await tx.select().from(schema.rotationPlan).where(eq(schema.rotationPlan.id, planId)).for('update');
  if (!plan) throw notFound();
  return plan;
}

/** The plan a move belongs to, locked, which must still be a draft. */
export async function draftPlanOfMove(tx: Transaction, moveId: string): Promise<Plan> {
  const [move] = await tx
    .select({ planId: schema.rotationMove.planId })
    .from(schema.rotationMove)
    .where(eq(schema.rotationMove.id, moveId));
  if (!move) throw notFound();
  const plan = await lockedPlan(tx, move.planId);
  if (plan.state !== 'draft') throw badInput('plan', 'plan_not_draft', { state: plan.state });
  return plan;
}

export const touchPlan = (tx: Transaction, planId: string) =>
  tx
    .update(schema.rotationPlan)
    .set({ updatedAt: sql`now()` })
    .where(eq(schema.rotationPlan.id, planId));
