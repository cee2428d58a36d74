import { eq, sql } from 'drizzle-orm';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import type { RotationNeed } from '@tongxing/domain';

export interface NeedRow extends RotationNeed {
  id: string;
  schoolName: string;
  countyId: string;
  term: 'autumn' | 'spring';
  note: string;
}

/** The year's declared needs of the schools of a county (every county when null), by school. */
export async function needsOf(tx: Transaction, countyId: string | null, year: number, schoolId?: string): Promise<NeedRow[]> {
  const rows = await tx.execute(sql`
    select n.id, n.school_id as "schoolId", s.name as "schoolName", s.county_id as "countyId", n.subject, n.count, n.term, n.note
    from rotation_need n join school s on s.tenant_id = n.tenant_id and s.id = n.school_id
    where n.year = ${year} and ${countyId === null ? sql`true` : sql`s.county_id = ${countyId}`}
      and ${schoolId ? sql`n.school_id = ${schoolId}` : sql`true`}
    order by s.name, n.subject`);
  return [...rows] as unknown as NeedRow[];
}

export interface NeedInput {
  year: number;
  schoolId: string;
  subject: string;
  count: number;
  term: 'autumn' | 'spring';
  note: string;
}

/** Declares (or changes) how many teachers of a subject a school asks for in the year's rotation. */
export async function setNeed(tx: Transaction, user: SessionUser, input: NeedInput) {
  const n = schema.rotationNeed;
  const [row] = await tx
    .insert(n)
    .values({ tenantId: user.tenantId, ...input, createdBy: user.id })
    .onConflictDoUpdate({
      target: [n.tenantId, n.year, n.schoolId, n.subject],
      set: { count: input.count, term: input.term, note: input.note },
    })
    .returning({ id: n.id });
  return row!;
}

export async function removeNeed(tx: Transaction, needId: string) {
  await tx.delete(schema.rotationNeed).where(eq(schema.rotationNeed.id, needId));
}
