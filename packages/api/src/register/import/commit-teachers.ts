import type { Transaction } from '@tongxing/db';
import { sql } from 'drizzle-orm';
import { jsonb } from './jsonb';
import { splitPosts, type Move } from '../split-posts';
import type { TeacherPayload } from './validate-teachers';

/** The register changed between validation and import in a way the import cannot apply. */
export class StaleImport extends Error {
  constructor() {
    super('the register changed since the file was validated');
  }
}

const ROWS = sql`("idNumber" text, name text, sex text, "birthDate" date, phone text, education text, title text, "bankCard" text,
  "schoolId" uuid, "startDate" date, "employmentType" text, status text, roles text[])`;

/**
 * Writes one batch of validated teacher rows, set-based and idempotent (keyed by ID number):
 * changed personal fields of registered teachers (a blank cell keeps the value), new teachers with their
 * first post, and registered teachers at another school moved there (their posts split, never rewritten).
 * A teacher already at the row's school gets no new post, so importing a file twice changes nothing.
 */
export async function commitTeachers(tx: Transaction, tenantId: string, rows: TeacherPayload[]): Promise<void> {
  const batch = jsonb(rows);
  await tx.execute(sql`update teacher t set name = r.name, phone = coalesce(r.phone, t.phone),
      education = coalesce(r.education, t.education), title = coalesce(r.title, t.title), bank_card = coalesce(r."bankCard", t.bank_card)
    from jsonb_to_recordset(${batch}) as r${ROWS}
    where t.id_number = r."idNumber" and (t.name, t.phone, t.education, t.title, t.bank_card)
      is distinct from (r.name, coalesce(r.phone, t.phone), coalesce(r.education, t.education), coalesce(r.title, t.title), coalesce(r."bankCard", t.bank_card))`);
  await tx.execute(sql`with r as (select * from jsonb_to_recordset(${batch}) as r${ROWS}),
    added as (
      insert into teacher (tenant_id, school_id, county_id, serving_since, id_number, name, sex, birth_date, phone, education, title, bank_card)
      select ${tenantId}, "schoolId", (select county_id from school where id = "schoolId"), "startDate", "idNumber", name, sex, "birthDate", phone,
        education, title, "bankCard" from r
      on conflict (tenant_id, id_number) do nothing
      returning id, id_number)
    insert into post (tenant_id, teacher_id, school_id, start_date, employment_type, status, roles)
    select ${tenantId}, a.id, r."schoolId", r."startDate", r."employmentType", r.status, r.roles from added a join r on r."idNumber" = a.id_number`);
  const moves = await tx.execute<Move & { postStart: string | null } & Record<string, unknown>>(sql`
    select t.id as "teacherId", l.id as "postId", l.start_date as "postStart", l.end_date as "postEnd", r."startDate" as day,
      r."schoolId", r."employmentType", r.status, r.roles
    from jsonb_to_recordset(${batch}) as r${ROWS}
    join teacher t on t.id_number = r."idNumber"
    left join lateral (select p.id, p.school_id, p.start_date, p.end_date from post p
      where p.tenant_id = t.tenant_id and p.teacher_id = t.id and p.is_primary order by p.start_date desc limit 1 for update) l on true
    where l.school_id is distinct from r."schoolId"`);
  if (moves.some((m) => m.postStart !== null && m.postStart >= m.day)) throw new StaleImport();
  await splitPosts(tx, tenantId, [...moves]);
}
