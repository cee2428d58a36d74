import { schema, type Transaction } from '@tongxing/db';
import { paceOf, type CyclePolicy } from '@tongxing/domain';
import { and, eq, gte, lte, sql } from 'drizzle-orm';

const cy = schema.trainingCycle;
const h = schema.trainingHoursEntry;

export type Cycle = typeof cy.$inferSelect;

/** The city's cycle covering a day, or null when it has none configured for it. */
export async function cycleOn(tx: Transaction, day: string): Promise<Cycle | null> {
  const [row] = await tx
    .select()
    .from(cy)
    .where(and(lte(cy.startDate, day), gte(cy.endDate, day)));
  return row ?? null;
}

export function policyOf(cycle: Cycle): CyclePolicy {
  return {
    startDate: cycle.startDate,
    endDate: cycle.endDate,
    requiredHours: cycle.requiredHours,
    minHoursByLevel: cycle.minHoursByLevel,
    joiners: cycle.joiners,
  };
}

/** When the teacher joined: the start of their first primary post (kept on the teacher by a trigger). */
export async function joinedOn(tx: Transaction, teacherId: string): Promise<string | null> {
  const [row] = await tx.select({ first: schema.teacher.servingSince }).from(schema.teacher).where(eq(schema.teacher.id, teacherId));
  return row?.first ?? null;
}

/** A teacher's hours in the cycle by level, their required hours and pace on `asOf` (paceOf in the domain). */
export async function teacherPace(tx: Transaction, teacherId: string, asOf: string) {
  const cycle = await cycleOn(tx, asOf);
  if (!cycle) return null;
  const [joined, byLevel] = await Promise.all([
    joinedOn(tx, teacherId),
    tx
      .select({ level: h.level, hours: sql<number>`sum(${h.hours})`.mapWith(Number) })
      .from(h)
      .where(and(eq(h.teacherId, teacherId), gte(h.completedOn, cycle.startDate), lte(h.completedOn, cycle.endDate)))
      .groupBy(h.level),
  ]);
  const hoursByLevel = Object.fromEntries(byLevel.map((row) => [row.level, row.hours]));
  return { cycle, joinedOn: joined, hoursByLevel, ...paceOf(policyOf(cycle), { joinedOn: joined, asOf, hoursByLevel }) };
}
