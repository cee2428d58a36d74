import { sql } from 'drizzle-orm';
import type { Transaction } from '@tongxing/db';
import type { DraftMove } from '@tongxing/domain';

export interface MoveRow extends DraftMove {
  id: string;
  planId: string;
  teacherName: string;
  fromSchoolName: string;
  toSchoolName: string;
  toCountyId: string;
  keyTeacher: boolean;
  pinned: boolean;
  proposed: boolean;
  sendingState: 'pending' | 'confirmed' | 'objected';
  sendingReason: string | null;
  receivingState: 'pending' | 'confirmed' | 'objected';
  receivingReason: string | null;
  appliedAt: string | null;
}

const SELECT = sql`
  select m.id, m.plan_id as "planId", m.teacher_id as "teacherId", t.name as "teacherName", t.key_teacher_level is not null as "keyTeacher",
    m.from_school_id as "fromSchoolId", fs.name as "fromSchoolName", m.to_school_id as "toSchoolId", ts.name as "toSchoolName",
    ts.county_id as "toCountyId", m.form, m.subject, m.start_date::text as "startDate", m.end_date::text as "endDate", m.pinned, m.proposed,
    m.sending_state as "sendingState", m.sending_reason as "sendingReason", m.receiving_state as "receivingState",
    m.receiving_reason as "receivingReason", m.applied_at::text as "appliedAt"
  from rotation_move m
  join teacher t on t.tenant_id = m.tenant_id and t.id = m.teacher_id
  join school fs on fs.tenant_id = m.tenant_id and fs.id = m.from_school_id
  join school ts on ts.tenant_id = m.tenant_id and ts.id = m.to_school_id`;

/** A plan's moves, by receiving school and teacher. */
export async function movesOfPlan(tx: Transaction, planId: string): Promise<MoveRow[]> {
  return [...(await tx.execute(sql`${SELECT} where m.plan_id = ${planId} order by ts.name, m.subject, t.name`))] as unknown as MoveRow[];
}

/** The moves into or out of a school in plans that were submitted (what the school answers) or approved. */
export async function movesOfSchool(tx: Transaction, schoolId: string, year: number): Promise<(MoveRow & { planState: string })[]> {
  const rows = await tx.execute(sql`
    select x.*, p.state as "planState" from (${SELECT} where (m.from_school_id = ${schoolId} or m.to_school_id = ${schoolId}) and m.year = ${year}) x
    join rotation_plan p on p.id = x."planId" where p.state <> 'draft' order by x."startDate", x."teacherName"`);
  return [...rows] as unknown as (MoveRow & { planState: string })[];
}

/** A teacher's moves of every year, for their history. */
export async function movesOfTeacher(tx: Transaction, teacherId: string): Promise<MoveRow[]> {
  return [...(await tx.execute(sql`${SELECT} where m.teacher_id = ${teacherId} order by m.start_date desc`))] as unknown as MoveRow[];
}
