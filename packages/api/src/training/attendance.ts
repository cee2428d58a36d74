import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { completionOutcome } from '@tongxing/domain';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { badInput } from '../problems';
import { complete } from './ledger';
import { cohortWithProgramme, provides, runs } from './owner';

const s = schema.trainingSession;
const a = schema.trainingAttendance;
const e = schema.trainingEnrolment;
const t = schema.teacher;
const sc = schema.school;

type Programme = typeof schema.trainingProgramme.$inferSelect;

/** Who takes a cohort's roll: its runner and its provider for every trainee; a school for its own staff. */
function rollScope(user: SessionUser, programme: Programme) {
  if (runs(user, programme) || provides(user, programme)) return sql`true`;
  if (user.role === 'school_admin') return eq(t.schoolId, user.schoolId!);
  return null;
}

async function sessionWithCohort(tx: Transaction, sessionId: string) {
  const [session] = await tx.select().from(s).where(eq(s.id, sessionId));
  if (!session) throw new TRPCError({ code: 'NOT_FOUND' });
  return { session, ...(await cohortWithProgramme(tx, session.cohortId)) };
}

/** A session of the cohort on one of its days; the runner or the provider adds it. */
export async function addSession(tx: Transaction, user: SessionUser, input: { cohortId: string; sessionDate: string; name: string }) {
  const { cohort, programme } = await cohortWithProgramme(tx, input.cohortId);
  if (!runs(user, programme) && !provides(user, programme)) throw new TRPCError({ code: 'FORBIDDEN' });
  if (input.sessionDate < cohort.startDate || input.sessionDate > cohort.endDate)
    throw badInput('sessionDate', 'session_outside_cohort', { from: cohort.startDate, to: cohort.endDate });
  const [row] = await tx
    .insert(s)
    .values({ tenantId: user.tenantId, cohortId: cohort.id, sessionDate: input.sessionDate, name: input.name })
    .returning();
  return row!;
}

/** The cohort's sessions in order, each with how many were marked present and absent. */
export function sessionsOf(tx: Transaction, cohortId: string) {
  return tx
    .select({
      id: s.id,
      sessionDate: s.sessionDate,
      name: s.name,
      present: sql<number>`count(${a.id}) filter (where ${a.present})`.mapWith(Number),
      absent: sql<number>`count(${a.id}) filter (where not ${a.present})`.mapWith(Number),
    })
    .from(s)
    .leftJoin(a, and(eq(a.tenantId, s.tenantId), eq(a.sessionId, s.id)))
    .where(eq(s.cohortId, cohortId))
    .groupBy(s.tenantId, s.id)
    .orderBy(asc(s.sessionDate), asc(s.name));
}

/** The roll of a session: the trainees this user may mark (enrolled or completed), with what was recorded. */
export async function rollOf(tx: Transaction, user: SessionUser, sessionId: string) {
  const { session, cohort, programme } = await sessionWithCohort(tx, sessionId);
  const scope = rollScope(user, programme);
  if (!scope) throw new TRPCError({ code: 'FORBIDDEN' });
  const trainees = await tx
    .select({ enrolmentId: e.id, teacherId: t.id, name: t.name, schoolName: sc.name, state: e.state, present: a.present })
    .from(e)
    .innerJoin(t, and(eq(t.tenantId, e.tenantId), eq(t.id, e.teacherId)))
    .innerJoin(sc, and(eq(sc.tenantId, t.tenantId), eq(sc.id, t.schoolId)))
    .leftJoin(a, and(eq(a.tenantId, e.tenantId), eq(a.enrolmentId, e.id), eq(a.sessionId, sessionId)))
    .where(and(eq(e.cohortId, cohort.id), inArray(e.state, ['enrolled', 'completed']), scope))
    .orderBy(asc(sc.name), asc(t.name), asc(e.id));
  return { session, cohort, programme, trainees };
}

/** Records the roll as marked; marking again corrects it. Every trainee named must be on the user's roll. */
export async function recordRoll(
  tx: Transaction,
  user: SessionUser,
  sessionId: string,
  marks: { enrolmentId: string; present: boolean }[],
) {
  const { trainees } = await rollOf(tx, user, sessionId);
  const onRoll = new Set(trainees.map((r) => r.enrolmentId));
  const stranger = marks.findIndex((m) => !onRoll.has(m.enrolmentId));
  if (stranger >= 0) throw badInput('marks', 'not_on_roll', { row: stranger + 1 });
  if (marks.length === 0) return { recorded: 0 };
  await tx
    .insert(a)
    .values(marks.map((m) => ({ tenantId: user.tenantId, sessionId, enrolmentId: m.enrolmentId, present: m.present, recordedBy: user.id })))
    .onConflictDoUpdate({
      target: [a.tenantId, a.sessionId, a.enrolmentId],
      set: { present: sql`excluded.present`, recordedBy: sql`excluded.recorded_by` },
      setWhere: sql`${a.present} is distinct from excluded.present`,
    });
  return { recorded: marks.length };
}

/**
 * Applies an attendance rule (e.g. ≥ 80% of sessions) to every enrolled trainee: each passes or fails
 * by completionOutcome, and a pass writes the hours. Only the runner or the provider may, once sessions exist.
 */
export async function completeByAttendance(tx: Transaction, user: SessionUser, cohortId: string) {
  const { cohort, programme } = await cohortWithProgramme(tx, cohortId);
  if (!runs(user, programme) && !provides(user, programme)) throw new TRPCError({ code: 'FORBIDDEN' });
  if (cohort.completionRule.kind !== 'attendance') throw badInput('cohortId', 'rule_is_assessment');
  const [{ n: sessions } = { n: 0 }] = await tx.select({ n: count() }).from(s).where(eq(s.cohortId, cohortId));
  if (sessions === 0) throw badInput('cohortId', 'no_sessions');
  // The outer columns are named in full: drizzle leaves a one-table select's columns unqualified.
  const enrolled = await tx
    .select({
      id: e.id,
      attended: sql<number>`(select count(*) from training_attendance x
        where x.tenant_id = training_enrolment.tenant_id and x.enrolment_id = training_enrolment.id and x.present)`.mapWith(Number),
    })
    .from(e)
    .where(and(eq(e.cohortId, cohortId), eq(e.state, 'enrolled')));
  const outcome = { passed: 0, failed: 0 };
  for (const row of enrolled) {
    const result = completionOutcome(cohort.completionRule, { sessions, attended: row.attended, assessment: null });
    if (result === 'pending') continue;
    await complete(tx, user, row.id, result);
    outcome[result] += 1;
  }
  return { sessions, ...outcome };
}
