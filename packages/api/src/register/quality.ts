import type { Transaction } from '@tongxing/db';
import { addMonths, DATE_LIMITS, todayInChina } from '@tongxing/domain';
import { sql, type SQL } from 'drizzle-orm';

/** The register's checks, in the order a county works through them. */
export const QUALITY_CHECKS = ['noCurrentPost', 'closedSchool', 'overlapping', 'noSuccessor', 'unlikelyStart'] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

interface CheckSql {
  /** teacher_id, teacher_name, school_id, school_name, detail */
  columns: SQL;
  /** from … where, over the scope */
  from: SQL;
  order: SQL;
}

/**
 * 核查: what the register can find wrong by itself, each check over the scope (`county`, RLS keeps it in
 * the tenant) as of `today`. The board lists their findings and the overview counts them, from this one SQL.
 */
export function qualityChecks(county: string | null, today: string): Record<QualityCheck, CheckSql> {
  // Written out rather than `($1 is null or s.county_id = $1)`: the generic plan PostgreSQL keeps for a
  // prepared statement cannot drop the unused branch, and took a second over a 30,000-teacher city.
  const inScope = county === null ? sql`true` : sql`s.county_id = ${county}::uuid`;
  // possible but unusual (the impossible is refused on entry, by the same DATE_LIMITS)
  const farAhead = addMonths(today, DATE_LIMITS.usualMonthsAhead);
  return {
    noCurrentPost: {
      columns: sql`t.id as teacher_id, t.name as teacher_name, s.id as school_id, s.name as school_name, null as detail`,
      from: sql`from teacher t join school s on s.tenant_id = t.tenant_id and s.id = t.school_id
        where ${inScope} and not exists (select 1 from post p where p.tenant_id = t.tenant_id and p.teacher_id = t.id and p.is_primary
          and p.start_date <= ${today}::date and (p.end_date is null or p.end_date > ${today}::date))`,
      order: sql`order by t.name`,
    },
    closedSchool: {
      columns: sql`t.id as teacher_id, t.name as teacher_name, s.id as school_id, s.name as school_name, s.closed_on::text as detail`,
      from: sql`from post p join school s on s.tenant_id = p.tenant_id and s.id = p.school_id
        join teacher t on t.tenant_id = p.tenant_id and t.id = p.teacher_id
        where ${inScope} and s.closed_on is not null and (p.end_date is null or p.end_date > s.closed_on)`,
      order: sql`order by t.name`,
    },
    overlapping: {
      columns: sql`t.id as teacher_id, t.name as teacher_name, s.id as school_id, s.name as school_name, null as detail`,
      from: sql`from post a join post b on b.tenant_id = a.tenant_id and b.teacher_id = a.teacher_id and b.id > a.id and b.is_primary
          and daterange(a.start_date, a.end_date) && daterange(b.start_date, b.end_date)
        join teacher t on t.tenant_id = a.tenant_id and t.id = a.teacher_id
        join school s on s.tenant_id = a.tenant_id and s.id = a.school_id
        where a.is_primary and ${inScope}`,
      order: sql``,
    },
    noSuccessor: {
      columns: sql`t.id as teacher_id, t.name as teacher_name, s.id as school_id, s.name as school_name, p.end_date::text as detail`,
      from: sql`from post p join teacher t on t.tenant_id = p.tenant_id and t.id = p.teacher_id
        join school s on s.tenant_id = p.tenant_id and s.id = p.school_id
        where ${inScope} and p.is_primary and p.end_date is not null and not exists (
          select 1 from post n where n.tenant_id = p.tenant_id and n.teacher_id = p.teacher_id and n.is_primary and n.start_date = p.end_date)`,
      order: sql`order by p.end_date desc`,
    },
    unlikelyStart: {
      columns: sql`t.id as teacher_id, t.name as teacher_name, s.id as school_id, s.name as school_name, p.start_date::text as detail`,
      from: sql`from post p join teacher t on t.tenant_id = p.tenant_id and t.id = p.teacher_id
        join school s on s.tenant_id = p.tenant_id and s.id = p.school_id
        where ${inScope} and (p.start_date < t.birth_date + make_interval(years => ${DATE_LIMITS.usualMinAge}) or p.start_date > ${farAhead}::date)`,
      order: sql`order by p.start_date desc, t.name`,
    },
  };
}

/** How many findings each check has, in one statement (the board's totals). */
export async function qualityCounts(tx: Transaction, county: string | null, today = todayInChina()): Promise<Record<QualityCheck, number>> {
  const checks = qualityChecks(county, today);
  const [row] = await tx.execute<Record<QualityCheck, number>>(
    sql`select ${sql.join(
      QUALITY_CHECKS.map((key) => sql`(select count(*) ${checks[key].from})::int as ${sql.identifier(key)}`),
      sql`, `,
    )}`,
  );
  return row!;
}
