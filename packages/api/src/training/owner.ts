import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, eq } from 'drizzle-orm';

const p = schema.trainingProgramme;
const c = schema.trainingCohort;

/**
 * Who runs a programme: the city runs its own (and may step into a county's); a county officer runs
 * the programmes of their county. Running means editing it, its cohorts, and deciding its enrolments.
 */
export function runs(user: SessionUser, programme: { countyId: string | null }): boolean {
  if (user.role === 'city_admin') return true;
  return user.role === 'county_officer' && programme.countyId !== null && programme.countyId === user.countyId;
}

/** Whether the user is the provider of the programme (its accounts take the roll and record results). */
export function provides(user: SessionUser, programme: { providerId: string | null }): boolean {
  return user.role === 'provider' && programme.providerId !== null && programme.providerId === user.providerId;
}

export async function programmeRunBy(tx: Transaction, user: SessionUser, programmeId: string) {
  const [row] = await tx.select().from(p).where(eq(p.id, programmeId));
  if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
  if (!runs(user, row)) throw new TRPCError({ code: 'FORBIDDEN' });
  return row;
}

/** A cohort with its programme, locked for the rest of the transaction when `lock` is set. */
export async function cohortWithProgramme(tx: Transaction, cohortId: string, lock = false) {
  const query = tx
    .select({ cohort: c, programme: p })
    .from(c)
    .innerJoin(p, and(eq(p.tenantId, c.tenantId), eq(p.id, c.programmeId)))
    .where(eq(c.id, cohortId));
  const [row] = await (lock ? query.for('update', { of: c }) : query);
  if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
  return row;
}
