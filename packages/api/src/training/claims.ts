import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { todayInChina } from '@tongxing/domain';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { PAGE_SIZE, toPage } from '../inputs';
import { recordEvidence, type Upload } from '../evidence/save';
import { badInput } from '../problems';
import { visible } from '../scope';
import { addManual } from './ledger';
import { assertLevel } from './levels';

const claim = schema.trainingHoursClaim;
const link = schema.trainingClaimEvidence;
const file = schema.evidenceFile;
const t = schema.teacher;
const s = schema.school;

export interface ClaimInput {
  teacherId: string;
  hours: number;
  level: string;
  title: string;
  completedOn: string;
  certificateNo: string | null;
  note: string;
  files: Upload[];
}

/**
 * A claim of training done elsewhere, with its evidence, for the county to decide. The teacher claims
 * for themself, a school administrator for a teacher of the school (the scope guard has checked the
 * teacher). A certificate number already in the ledger is refused now rather than on approval.
 */
export async function submitClaim(tx: Transaction, user: SessionUser, input: ClaimInput) {
  if (user.role === 'teacher' && input.teacherId !== user.teacherId) throw new TRPCError({ code: 'FORBIDDEN' });
  if (input.completedOn > todayInChina()) throw badInput('completedOn', 'date_in_future');
  await assertLevel(tx, input.level);
  if (input.certificateNo) {
    const [taken] = await tx
      .select({ n: count() })
      .from(schema.trainingCertificateClaim)
      .where(eq(schema.trainingCertificateClaim.certificateNo, input.certificateNo));
    if (taken!.n > 0) throw badInput('certificateNo', 'certificate_recorded');
  }
  const fileIds = await recordEvidence(tx, user, input.files);
  const [row] = await tx
    .insert(claim)
    .values({
      tenantId: user.tenantId,
      teacherId: input.teacherId,
      hours: input.hours,
      level: input.level,
      title: input.title,
      completedOn: input.completedOn,
      certificateNo: input.certificateNo,
      note: input.note,
      submittedBy: user.id,
    })
    .returning();
  await tx.insert(link).values(fileIds.map((fileId) => ({ tenantId: user.tenantId, claimId: row!.id, fileId })));
  return row!;
}

async function pendingClaim(tx: Transaction, claimId: string) {
  const [row] = await tx.select().from(claim).where(eq(claim.id, claimId)).for('update');
  if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
  if (row.state !== 'pending') throw badInput('claimId', 'claim_decided', { state: row.state });
  return row;
}

/** The county (or the city) approves: the hours enter the ledger as a manual entry that names the claim's evidence in its note. */
export async function approveClaim(tx: Transaction, user: SessionUser, claimId: string) {
  const row = await pendingClaim(tx, claimId);
  const entry = await addManual(tx, user, {
    teacherId: row.teacherId,
    hours: row.hours,
    level: row.level,
    name: row.title,
    completedOn: row.completedOn,
    certificateNo: row.certificateNo,
    note: row.note,
  });
  const [decided] = await tx
    .update(claim)
    .set({ state: 'approved', entryId: entry.id, decidedBy: user.id, decidedAt: new Date() })
    .where(eq(claim.id, claimId))
    .returning();
  return decided!;
}

/** The county refuses, saying why; nothing enters the ledger. */
export async function refuseClaim(tx: Transaction, user: SessionUser, claimId: string, reason: string) {
  await pendingClaim(tx, claimId);
  const [decided] = await tx
    .update(claim)
    .set({ state: 'refused', reason, decidedBy: user.id, decidedAt: new Date() })
    .where(eq(claim.id, claimId))
    .returning();
  return decided!;
}

/** Whoever submitted a pending claim (or the teacher it is for) may take it back. */
export async function withdrawClaim(tx: Transaction, user: SessionUser, claimId: string) {
  const row = await pendingClaim(tx, claimId);
  if (row.submittedBy !== user.id && !(user.role === 'teacher' && row.teacherId === user.teacherId))
    throw new TRPCError({ code: 'FORBIDDEN' });
  const [withdrawn] = await tx.update(claim).set({ state: 'withdrawn' }).where(eq(claim.id, claimId)).returning();
  return withdrawn!;
}

const claimColumns = {
  id: claim.id,
  teacherId: claim.teacherId,
  teacherName: t.name,
  schoolName: s.name,
  hours: claim.hours,
  level: claim.level,
  title: claim.title,
  completedOn: claim.completedOn,
  certificateNo: claim.certificateNo,
  note: claim.note,
  state: claim.state,
  reason: claim.reason,
  createdAt: claim.createdAt,
  decidedAt: claim.decidedAt,
  files:
    sql<number>`(select count(*) from training_claim_evidence x where x.tenant_id = ${claim.tenantId} and x.claim_id = ${claim.id})`.mapWith(
      Number,
    ),
};

const withTeacher = and(eq(t.tenantId, claim.tenantId), eq(t.id, claim.teacherId));
const withSchool = and(eq(s.tenantId, t.tenantId), eq(s.id, t.schoolId));

export type ClaimState = (typeof claim.$inferSelect)['state'];

/** The claims of the user's scope, one page, oldest pending first (or of one state). */
export async function claimList(tx: Transaction, user: SessionUser, input: { state?: ClaimState; page: number }) {
  const where = and(visible.teachers(user), input.state ? eq(claim.state, input.state) : undefined);
  const [rows, [total]] = await Promise.all([
    tx
      .select(claimColumns)
      .from(claim)
      .innerJoin(t, withTeacher)
      .innerJoin(s, withSchool)
      .where(where)
      .orderBy(sql`${claim.state} <> 'pending'`, asc(claim.createdAt), asc(claim.id))
      .limit(PAGE_SIZE)
      .offset((input.page - 1) * PAGE_SIZE),
    tx.select({ n: count() }).from(claim).innerJoin(t, withTeacher).innerJoin(s, withSchool).where(where),
  ]);
  return toPage(rows, total?.n ?? 0, input.page);
}

/** A teacher's claims, newest first. */
export function claimsOf(tx: Transaction, teacherId: string) {
  return tx
    .select(claimColumns)
    .from(claim)
    .innerJoin(t, withTeacher)
    .innerJoin(s, withSchool)
    .where(eq(claim.teacherId, teacherId))
    .orderBy(desc(claim.createdAt), desc(claim.id));
}

/** One claim with its evidence files (what each is, not its bytes). */
export async function claimDetail(tx: Transaction, claimId: string) {
  const [row] = await tx.select(claimColumns).from(claim).innerJoin(t, withTeacher).innerJoin(s, withSchool).where(eq(claim.id, claimId));
  if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
  const files = await tx
    .select({
      id: file.id,
      fileName: file.fileName,
      mime: file.mime,
      kind: file.kind,
      size: file.size,
      hasThumbnail: sql<boolean>`${file.thumbnailKey} is not null`,
      takenAt: file.takenAt,
    })
    .from(link)
    .innerJoin(file, and(eq(file.tenantId, link.tenantId), eq(file.id, link.fileId)))
    .where(eq(link.claimId, claimId))
    .orderBy(asc(file.uploadedAt), asc(file.id));
  return { ...row, evidence: files };
}
