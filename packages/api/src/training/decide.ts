import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { canWithdraw } from '@tongxing/domain';
import { and, asc, eq } from 'drizzle-orm';
import { badInput } from '../problems';
import { assertNotAway, decides } from './enrol';
import { cohortWithProgramme } from './owner';
import { overlappingAbsence, placeProblem, placeRefusal } from './places';

const e = schema.trainingEnrolment;
type Enrolment = typeof e.$inferSelect;

/** The enrolment and its cohort and programme, the cohort locked: every decision may move a place. */
async function load(tx: Transaction, enrolmentId: string) {
  const [enrolment] = await tx.select({ cohortId: e.cohortId }).from(e).where(eq(e.id, enrolmentId));
  if (!enrolment) throw new TRPCError({ code: 'NOT_FOUND' });
  const { cohort, programme } = await cohortWithProgramme(tx, enrolment.cohortId, true);
  const [row] = await tx.select().from(e).where(eq(e.id, enrolmentId));
  return { enrolment: row!, cohort, programme };
}

async function setState(tx: Transaction, user: SessionUser, enrolment: Enrolment, changes: Partial<Enrolment>) {
  try {
    const [row] = await tx
      .update(e)
      .set({ decidedBy: user.id, decidedAt: new Date(), ...changes })
      .where(eq(e.id, enrolment.id))
      .returning();
    return row!;
  } catch (error) {
    placeRefusal(error);
  }
}

/**
 * Approving an application (the county: to the city's approval for a city programme, else enrolled;
 * the city: enrolled) or a county's nomination to a city programme (the city). With no place free the
 * approved enrolment joins the waiting list instead.
 */
export async function approve(tx: Transaction, user: SessionUser, enrolmentId: string) {
  const { enrolment, cohort, programme } = await load(tx, enrolmentId);
  const cityStage =
    enrolment.state === 'nominated' || (enrolment.state === 'applied' && programme.countyId === null && user.role === 'city_admin');
  if (enrolment.state !== 'applied' && enrolment.state !== 'nominated') throw badInput('enrolmentId', 'already_decided');
  if (cityStage ? user.role !== 'city_admin' : !decides(user, programme, enrolment)) throw new TRPCError({ code: 'FORBIDDEN' });
  const next = cityStage || programme.countyId !== null ? 'enrolled' : 'nominated';
  if (enrolment.state === 'nominated') return setState(tx, user, enrolment, { state: 'enrolled' });
  if (await placeProblem(tx, cohort, enrolment.countyId))
    return setState(tx, user, enrolment, { state: 'waitlisted', waitlistedFor: next, waitlistedAt: new Date() });
  await assertNotAway(tx, enrolment.teacherId, cohort);
  return setState(tx, user, enrolment, { state: next });
}

/** Refusing an application, a nomination or a place on the waiting list, with the reason. */
export async function refuse(tx: Transaction, user: SessionUser, enrolmentId: string, reason: string) {
  const { enrolment, programme } = await load(tx, enrolmentId);
  if (!['applied', 'nominated', 'waitlisted'].includes(enrolment.state)) throw badInput('enrolmentId', 'already_decided');
  if (enrolment.state === 'nominated' ? user.role !== 'city_admin' : !decides(user, programme, enrolment))
    throw new TRPCError({ code: 'FORBIDDEN' });
  return setState(tx, user, enrolment, { state: 'refused', reason });
}

/**
 * Withdrawing (the teacher themselves, their county or the city), with the reason. A freed place goes
 * to the first on the waiting list who fits it: of a county with places left, and not away then.
 */
export async function withdraw(tx: Transaction, user: SessionUser, enrolmentId: string, reason: string) {
  const { enrolment, cohort, programme } = await load(tx, enrolmentId);
  const own = user.role === 'teacher' && user.teacherId === enrolment.teacherId;
  if (!own && !decides(user, programme, enrolment)) throw new TRPCError({ code: 'FORBIDDEN' });
  if (!canWithdraw(enrolment.state)) throw badInput('enrolmentId', 'cannot_withdraw', { state: enrolment.state });
  const withdrawn = await setState(tx, user, enrolment, { state: 'withdrawn', reason });
  const promoted = await promoteFromWaitlist(tx, user, cohort.id);
  return { withdrawn, promoted };
}

/** Moves the first fitting waitlisted enrolment into the freed place; returns it, or null. */
async function promoteFromWaitlist(tx: Transaction, user: SessionUser, cohortId: string) {
  const { cohort } = await cohortWithProgramme(tx, cohortId, true);
  const waiting = await tx
    .select()
    .from(e)
    .where(and(eq(e.cohortId, cohortId), eq(e.state, 'waitlisted')))
    .orderBy(asc(e.waitlistedAt), asc(e.id));
  for (const candidate of waiting) {
    if (await placeProblem(tx, cohort, candidate.countyId)) continue;
    if (await overlappingAbsence(tx, candidate.teacherId, cohort)) continue;
    return setState(tx, user, candidate, { state: candidate.waitlistedFor ?? 'enrolled', waitlistedFor: null });
  }
  return null;
}
