import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { targetMismatch, todayInChina } from '@tongxing/domain';
import { and, eq } from 'drizzle-orm';
import { badInput } from '../problems';
import { cohortWithProgramme, runs } from './owner';
import { overlappingAbsence, placeProblem, placeRefusal, previousDay } from './places';
import { targetFactsOf } from './teacher-facts';

const e = schema.trainingEnrolment;

type Cohort = typeof schema.trainingCohort.$inferSelect;
type State = (typeof schema.ENROLMENT_STATE_VALUES)[number];

export interface EnrolRequest {
  cohortId: string;
  teacherId: string;
  origin: 'nominated' | 'applied';
  /** Put the teacher on the waiting list when no place is free, instead of refusing. */
  waitlist: boolean;
}

/** Refuses an off-the-job placement over another absence of the teacher, naming its dates. */
export async function assertNotAway(tx: Transaction, teacherId: string, cohort: Cohort, exceptSourceId?: string) {
  const clash = await overlappingAbsence(tx, teacherId, cohort, exceptSourceId);
  if (clash) throw badInput('teacherId', 'away_overlap', { what: clash.source, from: clash.startDate, to: previousDay(clash.endDate) });
}

/**
 * A county officer's (or the city's) nomination, or a teacher's application. Everything is checked
 * before anything is written: the cohort is open (applications), the teacher fits the target group,
 * is not already in the cohort and not away on another off-the-job placement, and a place is free
 * (else the waiting list, when asked for). The database checks the same places and absences again,
 * so two officers nominating for the last place at once cannot both have it.
 */
export async function enrol(tx: Transaction, user: SessionUser, request: EnrolRequest) {
  const { cohort, programme } = await cohortWithProgramme(tx, request.cohortId, true);
  if (request.origin === 'applied' && !(cohort.applicationOpen && cohort.startDate > todayInChina()))
    throw badInput('cohortId', 'not_open');
  if (request.origin === 'nominated' && user.role === 'county_officer' && programme.countyId && programme.countyId !== user.countyId)
    throw new TRPCError({ code: 'FORBIDDEN' });

  const facts = await targetFactsOf(tx, request.teacherId, cohort.startDate);
  const mismatch = targetMismatch(programme.target, facts);
  if (mismatch) throw badInput('teacherId', 'outside_target', { criterion: mismatch.criterion });

  const [existing] = await tx
    .select({ state: e.state })
    .from(e)
    .where(and(eq(e.cohortId, cohort.id), eq(e.teacherId, request.teacherId)));
  if (existing) throw badInput('teacherId', 'already_enrolled', { state: existing.state });

  // The city's own nomination needs no one's approval; a county's nomination to a city programme awaits the city.
  const approved: State = user.role === 'city_admin' || programme.countyId !== null ? 'enrolled' : 'nominated';
  let state: State = request.origin === 'applied' ? 'applied' : approved;
  let waitlistedFor: 'nominated' | 'enrolled' | null = null;
  if (state !== 'applied') {
    const problem = await placeProblem(tx, cohort, facts.countyId);
    if (problem && !request.waitlist) throw badInput('cohortId', problem);
    if (problem) {
      waitlistedFor = state as 'nominated' | 'enrolled';
      state = 'waitlisted';
    } else await assertNotAway(tx, request.teacherId, cohort);
  }

  try {
    const [row] = await tx
      .insert(e)
      .values({
        tenantId: user.tenantId,
        cohortId: cohort.id,
        teacherId: request.teacherId,
        countyId: facts.countyId,
        state,
        origin: request.origin,
        waitlistedFor,
        waitlistedAt: state === 'waitlisted' ? new Date() : null,
        createdBy: user.id,
      })
      .returning();
    return row!;
  } catch (error) {
    placeRefusal(error);
  }
}

/** Whether the user may decide this enrolment: the runner of its programme, or its county's officer. */
export function decides(user: SessionUser, programme: { countyId: string | null }, enrolment: { countyId: string }): boolean {
  if (runs(user, programme)) return true;
  return user.role === 'county_officer' && user.countyId === enrolment.countyId;
}
