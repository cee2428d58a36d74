import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { activityState, todayInChina, type PairingGoods, type Term } from '@tongxing/domain';
import { TRPCError } from '@trpc/server';
import { and, asc, between, desc, eq, inArray, sql } from 'drizzle-orm';
import { recordEvidence, type Upload } from '../evidence/save';
import { badInput } from '../problems';
import { pairSchools } from '../scope';
import { creditConfirmed } from './credit';
import { pairingSettingsOf } from './settings';

const a = schema.pairingActivity;
const r = schema.pairingReceipt;
const ev = schema.pairingEvidence;
const f = schema.evidenceFile;

export interface ActivityInput {
  pairId: string;
  /** A national kind or one of the city's own. */
  kind: string;
  startDate: string;
  endDate: string;
  givingSchoolId: string;
  receivingSchoolIds: string[];
  description: string;
  hours: number;
  students: number;
  teachers: number;
  moneyFen: number;
  goods: PairingGoods;
  participantIds: string[];
  files: Upload[];
}

/**
 * An activity logged by a school of the pair (as giver or receiver): the giving and receiving schools
 * must be the pair's, dated within the pair's period and not ahead of today. Each receiving school gets
 * a receipt to confirm; a receiving school that logs the activity itself has confirmed its own (so an
 * activity it alone receives is confirmed at once, and credited when its kind is).
 */
export async function logActivity(tx: Transaction, user: SessionUser, input: ActivityInput) {
  const [pair] = await tx.select().from(schema.pairingPair).where(eq(schema.pairingPair.id, input.pairId));
  if (!pair) throw new TRPCError({ code: 'NOT_FOUND' });
  const settings = await pairingSettingsOf(tx);
  if (!settings.kinds.includes(input.kind)) throw badInput('kind', 'unknown_kind', { kind: input.kind });
  const schools = new Set([...(await pairSchools(tx, input.pairId))].map((row) => row.schoolId));
  const receivers = [...new Set(input.receivingSchoolIds)];
  if (!schools.has(input.givingSchoolId)) throw badInput('givingSchoolId', 'not_in_pair');
  if (receivers.length === 0) throw badInput('receivingSchoolIds', 'too_few', { min: 1 });
  if (receivers.some((id) => !schools.has(id))) throw badInput('receivingSchoolIds', 'not_in_pair');
  if (receivers.includes(input.givingSchoolId)) throw badInput('receivingSchoolIds', 'receiver_is_giver');
  if (user.role === 'school_admin' && input.givingSchoolId !== user.schoolId && !receivers.includes(user.schoolId!))
    throw badInput('givingSchoolId', 'not_own_activity');
  if (input.endDate < input.startDate) throw badInput('endDate', 'end_before_start');
  if (input.endDate > todayInChina()) throw badInput('endDate', 'date_in_future');
  if (input.startDate < pair.startDate || (pair.endDate && input.startDate > pair.endDate))
    throw badInput('startDate', 'outside_pair', { from: pair.startDate, to: pair.endDate ?? '' });
  if (input.participantIds.length > 0) {
    const people = await tx
      .select({ id: schema.teacher.id })
      .from(schema.teacher)
      .where(and(inArray(schema.teacher.id, input.participantIds), inArray(schema.teacher.schoolId, [...schools])));
    if (people.length !== new Set(input.participantIds).size) throw badInput('participantIds', 'participant_not_in_pair');
  }
  const fileIds = await recordEvidence(tx, user, input.files);
  const [row] = await tx
    .insert(a)
    .values({
      tenantId: user.tenantId,
      pairId: input.pairId,
      kind: input.kind,
      startDate: input.startDate,
      endDate: input.endDate,
      givingSchoolId: input.givingSchoolId,
      description: input.description,
      hours: input.hours,
      students: input.students,
      teachers: input.teachers,
      moneyFen: input.moneyFen,
      goods: input.goods,
      loggedBy: user.id,
    })
    .returning();
  const now = new Date();
  await tx
    .insert(r)
    .values(
      receivers.map((schoolId) =>
        schoolId === user.schoolId
          ? { tenantId: user.tenantId, activityId: row!.id, schoolId, state: 'confirmed' as const, decidedBy: user.id, decidedAt: now }
          : { tenantId: user.tenantId, activityId: row!.id, schoolId },
      ),
    );
  const participants = [...new Set(input.participantIds)];
  if (participants.length > 0)
    await tx
      .insert(schema.pairingParticipant)
      .values(participants.map((teacherId) => ({ tenantId: user.tenantId, activityId: row!.id, teacherId })));
  if (fileIds.length > 0) await tx.insert(ev).values(fileIds.map((fileId) => ({ tenantId: user.tenantId, activityId: row!.id, fileId })));
  await creditConfirmed(tx, user, row!.id, settings);
  return row!;
}

/** A receiving school's answer: only its own pending receipt, once; a dispute says why. The last confirmation credits the ledger. */
export async function answerActivity(
  tx: Transaction,
  user: SessionUser,
  activityId: string,
  answer: { state: 'confirmed' } | { state: 'disputed'; reason: string },
) {
  if (user.role !== 'school_admin') throw new TRPCError({ code: 'FORBIDDEN' });
  const [receipt] = await tx
    .select()
    .from(r)
    .where(and(eq(r.activityId, activityId), eq(r.schoolId, user.schoolId!)))
    .for('update');
  if (!receipt) throw badInput('activityId', 'not_receiver');
  if (receipt.state !== 'pending') throw badInput('activityId', 'already_answered', { state: receipt.state });
  const [row] = await tx
    .update(r)
    .set({ state: answer.state, reason: answer.state === 'disputed' ? answer.reason : null, decidedBy: user.id, decidedAt: new Date() })
    .where(and(eq(r.activityId, activityId), eq(r.schoolId, user.schoolId!)))
    .returning();
  if (answer.state === 'confirmed') await creditConfirmed(tx, user, activityId, await pairingSettingsOf(tx));
  return row!;
}

/**
 * A pair's activities of a term (by their first day), newest first, each with its state from its receipts
 * and its evidence count. The activity ledger lists every term's.
 */
export async function activitiesOf(tx: Transaction, pairId: string, term: Term) {
  const rows = await tx
    .select({
      id: a.id,
      kind: a.kind,
      startDate: a.startDate,
      endDate: a.endDate,
      givingSchoolId: a.givingSchoolId,
      givingSchoolName: schema.school.name,
      description: a.description,
      hours: a.hours,
      students: a.students,
      teachers: a.teachers,
      moneyFen: a.moneyFen,
      receipts: sql<{ schoolId: string; state: 'pending' | 'confirmed' | 'disputed' }[]>`(select coalesce(jsonb_agg(jsonb_build_object(
          'schoolId', x.school_id, 'state', x.state) order by x.school_id), '[]') from pairing_receipt x
        where x.tenant_id = ${a.tenantId} and x.activity_id = ${a.id})`,
      files: sql<number>`(select count(*) from pairing_evidence x where x.tenant_id = ${a.tenantId} and x.activity_id = ${a.id})`.mapWith(
        Number,
      ),
    })
    .from(a)
    .innerJoin(schema.school, and(eq(schema.school.tenantId, a.tenantId), eq(schema.school.id, a.givingSchoolId)))
    .where(and(eq(a.pairId, pairId), between(a.startDate, term.start, term.end)))
    .orderBy(desc(a.startDate), desc(a.createdAt));
  return rows.map((row) => ({ ...row, state: activityState(row.receipts.map((x) => x.state)) }));
}

/** One activity: its receipts (school, answer, reason), participants and evidence files. */
export async function activityDetail(tx: Transaction, activityId: string) {
  const [activity] = await tx.select().from(a).where(eq(a.id, activityId));
  if (!activity) throw new TRPCError({ code: 'NOT_FOUND' });
  const [receipts, participants, files] = await Promise.all([
    tx
      .select({ schoolId: r.schoolId, schoolName: schema.school.name, state: r.state, reason: r.reason, decidedAt: r.decidedAt })
      .from(r)
      .innerJoin(schema.school, and(eq(schema.school.tenantId, r.tenantId), eq(schema.school.id, r.schoolId)))
      .where(eq(r.activityId, activityId))
      .orderBy(asc(schema.school.code)),
    tx
      .select({
        teacherId: schema.teacher.id,
        name: schema.teacher.name,
        // The hours this activity credited to the teacher's ledger and that stand (not reversed), or null.
        creditedHours: sql<number | null>`(select sum(h.hours) from training_hours_entry h
          where h.tenant_id = ${schema.pairingParticipant.tenantId} and h.pairing_activity_id = ${activityId}
          and h.teacher_id = ${schema.teacher.id} and h.reverses_id is null
          and not exists (select 1 from training_hours_entry x where x.tenant_id = h.tenant_id and x.reverses_id = h.id))`.mapWith(
          (v): number | null => Number(v),
        ),
      })
      .from(schema.pairingParticipant)
      .innerJoin(
        schema.teacher,
        and(eq(schema.teacher.tenantId, schema.pairingParticipant.tenantId), eq(schema.teacher.id, schema.pairingParticipant.teacherId)),
      )
      .where(eq(schema.pairingParticipant.activityId, activityId))
      .orderBy(asc(schema.teacher.name)),
    tx
      .select({
        id: f.id,
        fileName: f.fileName,
        mime: f.mime,
        kind: f.kind,
        size: f.size,
        sha256: f.sha256,
        hasThumbnail: sql<boolean>`${f.thumbnailKey} is not null`,
        takenAt: f.takenAt,
        // The same content offered as evidence of another activity of the city (a photo used twice).
        alsoIn: sql<number>`(select count(distinct x.activity_id) from pairing_evidence x
          join evidence_file y on y.tenant_id = x.tenant_id and y.id = x.file_id
          where x.tenant_id = ${ev.tenantId} and y.sha256 = ${f.sha256} and x.activity_id <> ${ev.activityId})`.mapWith(Number),
      })
      .from(ev)
      .innerJoin(f, and(eq(f.tenantId, ev.tenantId), eq(f.id, ev.fileId)))
      .where(eq(ev.activityId, activityId))
      .orderBy(asc(f.uploadedAt), asc(f.id)),
  ]);
  const evidence = files.map((file) => ({ ...file, takenFar: takenFarFrom(file.takenAt, activity.startDate, activity.endDate) }));
  return { activity, state: activityState(receipts.map((x) => x.state)), receipts, participants, evidence };
}

/** How far a photo's capture date may lie outside the activity's dates before it is flagged. */
export const TAKEN_TOLERANCE_DAYS = 7;

/** Whether a photo says it was taken more than the tolerance before the activity began or after it ended. */
export function takenFarFrom(takenAt: string | null, start: string, end: string): boolean {
  if (!takenAt) return false;
  const day = Date.parse(`${takenAt.slice(0, 10)}T00:00:00Z`);
  const margin = TAKEN_TOLERANCE_DAYS * 86_400_000;
  return day < Date.parse(`${start}T00:00:00Z`) - margin || day > Date.parse(`${end}T00:00:00Z`) + margin;
}

/**
 * Which pending receipts wait for the user: a school administrator's own; for a county or the city, those
 * of their schools logged more than the city's pending days ago. Over receipts joined to their activity
 * and school.
 */
async function awaitingWhere(tx: Transaction, user: SessionUser, today: string) {
  const { pendingDays } = await pairingSettingsOf(tx);
  const mine =
    user.role === 'school_admin'
      ? eq(r.schoolId, user.schoolId!)
      : and(
          user.role === 'county_officer' ? eq(schema.school.countyId, user.countyId!) : undefined,
          sql`${a.createdAt} < (${today}::date - ${pendingDays}::int)`,
        );
  return and(eq(r.state, 'pending'), mine);
}

/** What waits for an answer (see `awaitingWhere`), oldest first. */
export async function awaitingAnswers(tx: Transaction, user: SessionUser, today: string) {
  const s = schema.school;
  return tx
    .select({
      activityId: a.id,
      pairId: a.pairId,
      pairName: schema.pairingPair.name,
      kind: a.kind,
      startDate: a.startDate,
      schoolName: s.name,
      loggedAt: a.createdAt,
    })
    .from(r)
    .innerJoin(a, and(eq(a.tenantId, r.tenantId), eq(a.id, r.activityId)))
    .innerJoin(s, and(eq(s.tenantId, r.tenantId), eq(s.id, r.schoolId)))
    .innerJoin(schema.pairingPair, and(eq(schema.pairingPair.tenantId, a.tenantId), eq(schema.pairingPair.id, a.pairId)))
    .where(await awaitingWhere(tx, user, today))
    .orderBy(asc(a.createdAt), asc(a.id))
    .limit(200);
}

/** How many receipts wait for an answer, for the home page. */
export async function awaitingCount(tx: Transaction, user: SessionUser, today: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(r)
    .innerJoin(a, and(eq(a.tenantId, r.tenantId), eq(a.id, r.activityId)))
    .innerJoin(schema.school, and(eq(schema.school.tenantId, r.tenantId), eq(schema.school.id, r.schoolId)))
    .where(await awaitingWhere(tx, user, today));
  return row?.n ?? 0;
}
