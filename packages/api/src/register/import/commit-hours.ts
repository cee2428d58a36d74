import type { Transaction } from '@tongxing/db';
import { sql } from 'drizzle-orm';
import { jsonb } from './jsonb';
import type { HoursPayload } from './validate-hours';

const ROWS = sql`("certificateNo" text, "teacherId" uuid, hours int, level text, title text, "completedOn" date)`;

/**
 * Appends one batch of validated hours rows to the ledger, set-based: one entry per certificate, from
 * source `import`, written by the uploader. Each row claims its certificate number first, so a number
 * recorded since the check is left out rather than failing the batch; the rows of those are returned,
 * to be listed as skipped.
 */
export async function commitHours(tx: Transaction, tenantId: string, userId: string, rows: HoursPayload[]): Promise<number[]> {
  const added = await tx.execute<{ certificateNo: string } & Record<string, unknown>>(sql`
    with r as (select gen_random_uuid() as id, r.* from jsonb_to_recordset(${jsonb(rows)}) as r${ROWS}),
    claimed as (
      insert into training_certificate_claim (tenant_id, certificate_no, entry_id)
      select ${tenantId}, "certificateNo", id from r
      on conflict do nothing
      returning entry_id)
    insert into training_hours_entry (id, tenant_id, teacher_id, hours, level, title, source, completed_on, certificate_no, created_by)
    select r.id, ${tenantId}, "teacherId", hours, level, title, 'import', "completedOn", "certificateNo", ${userId}
    from r join claimed on claimed.entry_id = r.id
    returning certificate_no as "certificateNo"`);
  if (added.length === rows.length) return [];
  const written = new Set(added.map((a) => a.certificateNo));
  return rows.filter((r) => !written.has(r.certificateNo)).map((r) => r.row);
}
