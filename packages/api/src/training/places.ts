import { schema, type Transaction } from '@tongxing/db';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import { violatedConstraint } from '../postgres-errors';
import { badInput } from '../problems';

const q = schema.trainingQuota;
const away = schema.teacherAway;

type Cohort = typeof schema.trainingCohort.$inferSelect;

/** Why a county cannot take one more place in a cohort now, or null when it can. */
export async function placeProblem(
  tx: Transaction,
  cohort: Cohort,
  countyId: string,
): Promise<'capacity_full' | 'quota_full' | 'no_quota' | null> {
  if (cohort.held >= cohort.capacity) return 'capacity_full';
  const quotas = await tx.select({ countyId: q.countyId, places: q.places, held: q.held }).from(q).where(eq(q.cohortId, cohort.id));
  if (quotas.length === 0) return null;
  const mine = quotas.find((row) => row.countyId === countyId);
  if (!mine) return 'no_quota';
  return mine.held >= mine.places ? 'quota_full' : null;
}

/** The off-the-job absence of the teacher that the cohort's days would overlap, if any. */
export async function overlappingAbsence(tx: Transaction, teacherId: string, cohort: Cohort, exceptSourceId?: string) {
  if (!cohort.offTheJob) return null;
  const end = nextDay(cohort.endDate);
  const [row] = await tx
    .select({ startDate: away.startDate, endDate: away.endDate, source: away.source })
    .from(away)
    .where(
      and(
        eq(away.teacherId, teacherId),
        lt(away.startDate, end),
        gt(away.endDate, cohort.startDate),
        exceptSourceId ? ne(away.sourceId, exceptSourceId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A refusal by the database's own rules (a concurrent nomination took the last place) as the reason a user reads. */
export function placeRefusal(error: unknown): never {
  switch (violatedConstraint(error)) {
    case 'training_cohort_capacity_full':
      throw badInput('cohortId', 'capacity_full');
    case 'training_quota_full':
      throw badInput('cohortId', 'quota_full');
    case 'teacher_away_no_overlap':
      throw badInput('teacherId', 'away_overlap_concurrent');
    case 'training_enrolment_cohort_teacher_key':
      throw badInput('teacherId', 'already_enrolled');
    default:
      throw error;
  }
}
