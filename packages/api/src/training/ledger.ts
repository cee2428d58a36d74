import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { todayInChina } from '@tongxing/domain';
import { desc, eq } from 'drizzle-orm';
import { violatedConstraint } from '../postgres-errors';
import { badInput } from '../problems';
import { decides } from './enrol';
import { assertLevel } from './levels';
import { cohortWithProgramme, provides, runs } from './owner';
import { newVerificationCode } from './verification-code';

const e = schema.trainingEnrolment;
const h = schema.trainingHoursEntry;

/**
 * Recording an enrolled teacher's result (合格/不合格) — the programme's runner or provider. A pass writes the
 * cohort's hours to the teacher's ledger, dated the cohort's last day.
 */
export async function complete(tx: Transaction, user: SessionUser, enrolmentId: string, result: 'passed' | 'failed') {
  const [found] = await tx.select({ cohortId: e.cohortId }).from(e).where(eq(e.id, enrolmentId));
  if (!found) throw new TRPCError({ code: 'NOT_FOUND' });
  const { cohort, programme } = await cohortWithProgramme(tx, found.cohortId);
  if (!runs(user, programme) && !provides(user, programme)) throw new TRPCError({ code: 'FORBIDDEN' });
  const [enrolment] = await tx.select().from(e).where(eq(e.id, enrolmentId)).for('update');
  if (enrolment!.state !== 'enrolled') throw badInput('enrolmentId', 'not_enrolled', { state: enrolment!.state });
  if (cohort.startDate > todayInChina()) throw badInput('enrolmentId', 'cohort_not_started', { date: cohort.startDate });
  const [row] = await tx
    .update(e)
    .set({ state: 'completed', result, decidedBy: user.id, decidedAt: new Date() })
    .where(eq(e.id, enrolmentId))
    .returning();
  if (result === 'passed' && cohort.hours > 0)
    await tx.insert(h).values({
      tenantId: user.tenantId,
      teacherId: enrolment!.teacherId,
      hours: cohort.hours,
      level: programme.level,
      title: `${programme.name}（${cohort.name}）`,
      source: 'cohort',
      completedOn: cohort.endDate,
      enrolmentId,
      // The certificate's number is its verification code (结业证书验证码).
      certificateNo: newVerificationCode(),
      createdBy: user.id,
    });
  return row!;
}

export interface ManualEntry {
  teacherId: string;
  hours: number;
  level: string;
  name: string;
  completedOn: string;
  certificateNo: string | null;
  note: string;
}

/** A county's (or the city's) entry of training done elsewhere, with what it rests on. */
export async function addManual(tx: Transaction, user: SessionUser, entry: ManualEntry) {
  if (entry.completedOn > todayInChina()) throw badInput('completedOn', 'date_in_future');
  await assertLevel(tx, entry.level);
  try {
    const [row] = await tx
      .insert(h)
      .values({
        tenantId: user.tenantId,
        teacherId: entry.teacherId,
        hours: entry.hours,
        level: entry.level,
        title: entry.name,
        completedOn: entry.completedOn,
        certificateNo: entry.certificateNo,
        note: entry.note,
        source: 'manual',
        createdBy: user.id,
      })
      .returning();
    return row!;
  } catch (error) {
    if (violatedConstraint(error) === 'training_certificate_claim_tenant_id_certificate_no_pk')
      throw badInput('certificateNo', 'certificate_recorded');
    throw error;
  }
}

/** A correction: an entry of the opposite hours that names the one it reverses. Nothing is edited. */
export async function reverse(tx: Transaction, user: SessionUser, entryId: string, reason: string) {
  const [entry] = await tx.select().from(h).where(eq(h.id, entryId));
  if (!entry) throw new TRPCError({ code: 'NOT_FOUND' });
  if (entry.reversesId) throw badInput('entryId', 'is_reversal');
  if (entry.enrolmentId) {
    const [enrolment] = await tx.select({ countyId: e.countyId, cohortId: e.cohortId }).from(e).where(eq(e.id, entry.enrolmentId));
    const { programme } = await cohortWithProgramme(tx, enrolment!.cohortId);
    if (!decides(user, programme, enrolment!)) throw new TRPCError({ code: 'FORBIDDEN' });
  }
  try {
    const [row] = await tx
      .insert(h)
      .values({
        tenantId: user.tenantId,
        teacherId: entry.teacherId,
        hours: -entry.hours,
        level: entry.level,
        title: entry.title,
        source: entry.source,
        completedOn: entry.completedOn,
        reversesId: entry.id,
        note: reason,
        createdBy: user.id,
      })
      .returning();
    return row!;
  } catch (error) {
    if (violatedConstraint(error) === 'training_hours_entry_reversed_once') throw badInput('entryId', 'already_reversed');
    throw error;
  }
}

/** A teacher's ledger, newest first, with who wrote each entry and which entries were reversed. */
export async function ledgerOf(tx: Transaction, teacherId: string) {
  const rows = await tx
    .select({
      id: h.id,
      hours: h.hours,
      level: h.level,
      title: h.title,
      source: h.source,
      completedOn: h.completedOn,
      enrolmentId: h.enrolmentId,
      certificateNo: h.certificateNo,
      reversesId: h.reversesId,
      note: h.note,
      createdAt: h.createdAt,
    })
    .from(h)
    .where(eq(h.teacherId, teacherId))
    .orderBy(desc(h.completedOn), desc(h.createdAt));
  const reversed = new Set(rows.flatMap((r) => (r.reversesId ? [r.reversesId] : [])));
  return rows.map((r) => ({ ...r, reversed: reversed.has(r.id) }));
}
