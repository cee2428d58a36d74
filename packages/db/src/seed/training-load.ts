import { sql } from 'drizzle-orm';
import type { Database } from '../client';

export interface LedgerLoad {
  /** Ledger entries per teacher (25 gives about 750,000 for a 30,000-teacher city). */
  perTeacher: number;
  /** The cycle the entries fall in, both days inclusive. */
  cycle: { startDate: string; endDate: string; requiredHours: number };
  /** Repeatable: the same seed gives the same ledger. */
  seed: number;
}

/**
 * A loaded city's hours cycle and a ledger of imported records spread over it, for the benchmarks:
 * set-based (one INSERT … SELECT over the teachers), written as the owner. Hours are 4–40 per entry,
 * levels cycle through the six defaults, dates are uniform over the cycle, certificate numbers unique.
 */
export async function loadTrainingLedger(owner: Database, tenantId: string, load: LedgerLoad): Promise<number> {
  await owner.execute(sql`select setseed(${(load.seed % 1000) / 1000})`);
  await owner.execute(sql`insert into training_cycle (tenant_id, start_date, end_date, required_hours, min_hours_by_level, joiners)
    values (${tenantId}, ${load.cycle.startDate}, ${load.cycle.endDate}, ${load.cycle.requiredHours}, '{}', 'prorataMonths')`);
  const rows = await owner.execute<{ n: number }>(sql`
    with admin as (select id from app_user where tenant_id = ${tenantId} and role = 'city_admin' order by created_at limit 1),
    inserted as (
      insert into training_hours_entry (tenant_id, teacher_id, hours, level, title, source, completed_on, certificate_no, created_by)
      select t.tenant_id, t.id, 4 + floor(random() * 37)::int,
        (array['国培', '省培', '市培', '县培', '校本', '东西部协作'])[1 + (g % 6)],
        '平台培训 ' || g, 'import',
        ${load.cycle.startDate}::date + floor(random() * (${load.cycle.endDate}::date - ${load.cycle.startDate}::date + 1))::int,
        'B' || replace(t.id::text, '-', '') || '-' || g, (select id from admin)
      from teacher t cross join generate_series(1, ${load.perTeacher}) g
      where t.tenant_id = ${tenantId}
      returning 1)
    select count(*)::int as n from inserted`);
  return rows[0]!.n;
}
