import { TRPCError } from '@trpc/server';
import { schema, type Database, type Transaction } from '@tongxing/db';
import { and, eq, sql } from 'drizzle-orm';
import { badInput } from '../problems';

const h = schema.trainingHoursEntry;
const e = schema.trainingEnrolment;
const c = schema.trainingCohort;
const p = schema.trainingProgramme;

/** What a completion certificate prints, for a cohort's ledger entry that stands (not reversed). */
export async function certificateFactsOf(tx: Transaction, entryId: string) {
  const [row] = await tx
    .select({
      source: h.source,
      hours: h.hours,
      completedOn: h.completedOn,
      code: h.certificateNo,
      reversesId: h.reversesId,
      reversed: sql<boolean>`exists (select 1 from ${h} r where r.tenant_id = ${h.tenantId} and r.reverses_id = ${h.id})`,
      teacherName: schema.teacher.name,
      programmeName: p.name,
      cohortName: c.name,
      level: p.level,
      startDate: c.startDate,
      endDate: c.endDate,
      city: schema.tenant.name,
    })
    .from(h)
    .innerJoin(schema.teacher, and(eq(schema.teacher.tenantId, h.tenantId), eq(schema.teacher.id, h.teacherId)))
    .innerJoin(schema.tenant, eq(schema.tenant.id, h.tenantId))
    .leftJoin(e, and(eq(e.tenantId, h.tenantId), eq(e.id, h.enrolmentId)))
    .leftJoin(c, and(eq(c.tenantId, e.tenantId), eq(c.id, e.cohortId)))
    .leftJoin(p, and(eq(p.tenantId, c.tenantId), eq(p.id, c.programmeId)))
    .where(eq(h.id, entryId));
  if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
  if (row.source !== 'cohort' || row.reversesId || !row.code || !row.programmeName) throw badInput('entryId', 'no_certificate');
  if (row.reversed) throw badInput('entryId', 'certificate_revoked');
  return {
    teacherName: row.teacherName,
    programmeName: row.programmeName,
    cohortName: row.cohortName!,
    level: row.level!,
    hours: row.hours,
    startDate: row.startDate!,
    endDate: row.endDate!,
    completedOn: row.completedOn,
    city: row.city,
    verificationCode: row.code,
  };
}

/** The public check of a code: only what the SECURITY DEFINER function returns (masked name and the certificate's lines). */
export async function verifyCertificate(db: Database, code: string) {
  const rows = await db.execute<{
    city: string;
    masked_name: string;
    title: string;
    level: string;
    hours: number;
    completed_on: string;
    revoked: boolean;
  }>(sql`select * from training_verify_certificate(${code})`);
  return [...rows].map((r) => ({
    city: r.city,
    maskedName: r.masked_name,
    title: r.title,
    level: r.level,
    hours: r.hours,
    completedOn: r.completed_on,
    revoked: r.revoked,
  }));
}
