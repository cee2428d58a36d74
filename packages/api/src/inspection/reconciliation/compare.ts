import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { sql } from 'drizzle-orm';
import { badInput, notFound } from '../../problems';
import { finishValidated, jobOf, lockValidated } from '../../register/import/jobs';
import { countyAsked } from '../../scope';

export interface CompareInput {
  jobId: string;
  checkTitle: string;
  asOf: string;
  month?: string;
  countyId?: string;
}

/**
 * Takes a checked roster's import job, which ends as done; its rows are read by the comparison itself.
 * Only a roster every row of which passed the check is compared: a row left out would show up as
 * someone missing from it.
 */
async function takeRoster(tx: Transaction, user: SessionUser, jobId: string) {
  const job = await jobOf(tx, user, jobId);
  if (!job) throw notFound();
  if (job.kind !== 'roster') throw badInput('jobId', 'not_a_roster');
  if (job.status !== 'validated') throw badInput('jobId', 'import_not_ready');
  if (job.errorCount > 0 || job.validRows === 0) throw badInput('jobId', 'roster_not_clean');
  if (!(await lockValidated(tx, user, jobId))) throw badInput('jobId', 'import_not_ready');
  return job;
}

/**
 * Compares a checked roster with the register of the county (the city's when none) as of a day, and
 * with the month's sheets when one is given, in one statement that writes the check and every
 * difference: on the roster but not in post; in post but not on the roster; on both at different
 * schools; paid on the month's sheets (any state: a draft is what is about to be paid) but not on the roster.
 */
export async function compareRoster(tx: Transaction, user: SessionUser, input: CompareInput) {
  const countyId = countyAsked(user, input.countyId);
  const job = await takeRoster(tx, user, input.jobId);
  const [check] = await tx
    .insert(schema.rosterCheck)
    .values({
      tenantId: user.tenantId,
      title: input.checkTitle,
      fileName: job.fileName,
      countyId,
      asOf: input.asOf,
      month: input.month ?? null,
      rosterRows: job.validRows,
      createdBy: user.id,
    })
    .returning({ id: schema.rosterCheck.id });
  // Written out, not `($1 is null or … = $1)`: a prepared statement's generic plan cannot drop the unused branch.
  const inCounty = (column: string) => (countyId === null ? sql`true` : sql`${sql.raw(column)} = ${countyId}::uuid`);
  await tx.execute(sql`
    with r as (
      select r.* from import_job, jsonb_to_recordset(import_job.payload) as r("idNumber" text, name text, "schoolId" uuid)
      where import_job.id = ${input.jobId}),
    in_post as (
      select t.id as teacher_id, t.id_number, t.name, p.school_id
      from post p
      join teacher t on t.tenant_id = p.tenant_id and t.id = p.teacher_id
      join school s on s.tenant_id = p.tenant_id and s.id = p.school_id
      where p.is_primary and p.start_date <= ${input.asOf}::date and (p.end_date is null or p.end_date > ${input.asOf}::date)
        and ${inCounty('s.county_id')}),
    paid as (
      select l.teacher_id, sum(l.amount_fen) as fen
      from allowance_line l join allowance_sheet sh on sh.tenant_id = l.tenant_id and sh.id = l.sheet_id
      where sh.month = ${input.month ?? null}::text and ${inCounty('sh.county_id')}
      group by l.teacher_id having sum(l.amount_fen) > 0),
    found (kind, teacher_id, id_number, name, school_id, roster_school_id, paid_fen) as (
      select 'not_in_register', t.id, r."idNumber", r.name, null::uuid, r."schoolId", null::bigint
        from r
        left join teacher t on t.id_number = r."idNumber" and ${inCounty('t.county_id')}
        where not exists (select 1 from in_post ip where ip.id_number = r."idNumber")
      union all
      select 'not_on_roster', ip.teacher_id, ip.id_number, ip.name, ip.school_id, null, null
        from in_post ip where not exists (select 1 from r where r."idNumber" = ip.id_number)
      union all
      select 'other_school', ip.teacher_id, ip.id_number, ip.name, ip.school_id, r."schoolId", null
        from in_post ip join r on r."idNumber" = ip.id_number where r."schoolId" <> ip.school_id
      union all
      select 'paid_not_on_roster', t.id, t.id_number, t.name, t.school_id, null, paid.fen
        from paid join teacher t on t.id = paid.teacher_id
        where not exists (select 1 from r where r."idNumber" = t.id_number))
    insert into roster_difference (tenant_id, check_id, kind, teacher_id, id_number, name, school_id, roster_school_id, paid_fen)
    select ${user.tenantId}, ${check!.id}, kind, teacher_id, id_number, name, school_id, roster_school_id, paid_fen from found`);
  await finishValidated(tx, input.jobId);
  return { checkId: check!.id };
}
