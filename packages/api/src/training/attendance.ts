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

/** Most trainees one roll call (or one roll sheet) marks. */
export const MAX_ROLL = 2000;
/** Five parameters a mark: well under PostgreSQL's 65,535 a statement. */
const MARKS_PER_STATEMENT = 2000;

/** The trainees this user may mark in a cohort (enrolled or completed), in roll order. */
async function traineesOnRoll(tx: Transaction, user: SessionUser, cohortId: string, programme: Programme) {
  const scope = rollScope(user, programme);
  if (!scope) throw new TRPCError({ code: 'FORBIDDEN' });
  return tx
    .select({ enrolmentId: e.id, teacherId: t.id, name: t.name, schoolName: sc.name, state: e.state })
    .from(e)
    .innerJoin(t, and(eq(t.tenantId, e.tenantId), eq(t.id, e.teacherId)))
    .innerJoin(sc, and(eq(sc.tenantId, t.tenantId), eq(sc.id, t.schoolId)))
    .where(and(eq(e.cohortId, cohortId), inArray(e.state, ['enrolled', 'completed']), scope))
    .orderBy(asc(sc.name), asc(t.name), asc(e.id));
}

/** What was recorded in the cohort's sessions (or in one of them): present or absent by enrolment, then by session. */
async function marksOf(tx: Transaction, cohortId: string, sessionId?: string) {
  const rows = await tx
    .select({ enrolmentId: a.enrolmentId, sessionId: a.sessionId, present: a.present })
    .from(a)
    .innerJoin(s, and(eq(s.tenantId, a.tenantId), eq(s.id, a.sessionId)))
    .where(and(eq(s.cohortId, cohortId), sessionId ? eq(a.sessionId, sessionId) : undefined));
  const marks = new Map<string, Record<string, boolean>>();
  for (const r of rows) {
    const ofTrainee = marks.get(r.enrolmentId) ?? {};
    ofTrainee[r.sessionId] = r.present;
    marks.set(r.enrolmentId, ofTrainee);
  }
  return marks;
}

/** The roll of a session: the trainees this user may mark (enrolled or completed), with what was recorded. */
export async function rollOf(tx: Transaction, user: SessionUser, sessionId: string) {
  const { session, cohort, programme } = await sessionWithCohort(tx, sessionId);
  const [onRoll, marks] = await Promise.all([traineesOnRoll(tx, user, cohort.id, programme), marksOf(tx, cohort.id, sessionId)]);
  const trainees = onRoll.map((r) => ({ ...r, present: marks.get(r.enrolmentId)?.[sessionId] ?? null }));
  return { session, cohort, programme, trainees };
}

/** A cohort's whole roll: its sessions, and each trainee this user may mark with what was recorded in each session (by id). */
export async function cohortRoll(tx: Transaction, user: SessionUser, cohortId: string) {
  const { cohort, programme } = await cohortWithProgramme(tx, cohortId);
  const [sessions, onRoll, marks] = await Promise.all([
    sessionsOf(tx, cohortId),
    traineesOnRoll(tx, user, cohortId, programme),
    marksOf(tx, cohortId),
  ]);
  const trainees = onRoll.map((r) => ({ ...r, marks: marks.get(r.enrolmentId) ?? {} }));
  return { cohort, programme, sessions, trainees };
}
export type CohortRoll = Awaited<ReturnType<typeof cohortRoll>>;

/**
 * Writes marks as taken; marking again corrects, and a mark that has not changed is left as it was
 * (no audit event). The caller has checked that every trainee is on the user's roll.
 */
export async function writeMarks(
  tx: Transaction,
  user: SessionUser,
  marks: { sessionId: string; enrolmentId: string; present: boolean }[],
) {
  for (let i = 0; i < marks.length; i += MARKS_PER_STATEMENT)
    await tx
      .insert(a)
      .values(marks.slice(i, i + MARKS_PER_STATEMENT).map((m) => ({ ...m, tenantId: user.tenantId, recordedBy: user.id })))
      .onConflictDoUpdate({
        target: [a.tenantId, a.sessionId, a.enrolmentId],
        set: { present: sql`excluded.present`, recordedBy: sql`excluded.recorded_by` },
        setWhere: sql`${a.present} is distinct from excluded.present`,
      });
}

/** Records the roll as marked; marking again corrects it. Every trainee named must be on the user's roll. */
export async function recordRoll(
  tx: Transaction,
  user: SessionUser,
  sessionId: string,
  marks: { enrolmentId: string; present: boolean }[],
) {
  const { cohort, programme } = await sessionWithCohort(tx, sessionId);
  const onRoll = new Set((await traineesOnRoll(tx, user, cohort.id, programme)).map((r) => r.enrolmentId));
  const stranger = marks.findIndex((m) => !onRoll.has(m.enrolmentId));
  if (stranger >= 0) throw badInput('marks', 'not_on_roll', { row: stranger + 1 });
  await writeMarks(
    tx,
    user,
    marks.map((m) => ({ sessionId, ...m })),
  );
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
