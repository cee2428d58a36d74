import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { sql } from 'drizzle-orm';
import { jsonb } from '../register/import/jsonb';
import { CONFIRMED } from './pairs';
import type { PairingSettings } from './settings';

/**
 * Once an activity is confirmed (every receipt) and the city credits its kind, each participant gets a
 * ledger entry of the activity's hours at the credit's level, dated its last day, written by the user
 * whose answer confirmed it — in one statement, in the confirming transaction. An activity of 0 hours,
 * one still waiting or disputed, and a participant already credited for it (the ledger's unique index)
 * add nothing. Returns how many entries were written.
 */
export async function creditConfirmed(
  tx: Transaction,
  user: SessionUser,
  activityId: string,
  settings: Pick<PairingSettings, 'credits'>,
): Promise<number> {
  if (settings.credits.length === 0) return 0;
  const written = await tx.execute(sql`
    insert into training_hours_entry (tenant_id, teacher_id, hours, level, title, source, completed_on, pairing_activity_id, created_by)
    select a.tenant_id, p.teacher_id, a.hours, c.level,
      '结对帮扶：' || a.kind || '（' || gs.name || '→' || (select string_agg(rs.name, '、' order by rs.code) from pairing_receipt r
        join school rs on rs.tenant_id = r.tenant_id and rs.id = r.school_id
        where r.tenant_id = a.tenant_id and r.activity_id = a.id) || '）',
      'pairing', a.end_date, a.id, ${user.id}::uuid
    from pairing_activity a
    join jsonb_to_recordset(${jsonb(settings.credits)}) as c(kind text, level text) on c.kind = a.kind
    join school gs on gs.tenant_id = a.tenant_id and gs.id = a.giving_school_id
    join pairing_participant p on p.tenant_id = a.tenant_id and p.activity_id = a.id
    where a.id = ${activityId}::uuid and a.hours > 0 and ${CONFIRMED}
    on conflict (tenant_id, pairing_activity_id, teacher_id) where pairing_activity_id is not null and reverses_id is null do nothing`);
  return written.count ?? 0;
}
