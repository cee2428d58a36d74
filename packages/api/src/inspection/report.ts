import { sql } from 'drizzle-orm';
import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { addDays, monthBounds, PROBLEM_CATEGORIES, todayInChina } from '@tongxing/domain';

type Row = { county_id: string; county_name: string; category: string; found: number; closed: number; overdue: number };

export interface ReportFigures {
  found: number;
  closed: number;
  overdue: number;
}

/**
 * A month's problems of the scope, by county and by category: found in the month, closed (销号) in the
 * month, and overdue at its end (or today, for the current month) — past the deadline and not closed by
 * then. Dates are China's. Every county of the scope has a row, those without problems as zeros.
 */
export async function monthlyReport(tx: Transaction, user: SessionUser, month: string, today = todayInChina()) {
  const { start, end } = monthBounds(month);
  const asOf = addDays(end, -1) < today ? addDays(end, -1) : today;
  const local = (column: string) => sql.raw(`(${column} at time zone 'Asia/Shanghai')::date`);
  const inCounty =
    user.role === 'county_officer'
      ? sql`c.id = ${user.countyId}`
      : user.role === 'school_admin'
        ? sql`c.id = (select county_id from school where id = ${user.schoolId})`
        : sql`true`;
  const inScope = user.role === 'school_admin' ? sql`p.school_id = ${user.schoolId}` : sql`true`;
  const rows = await tx.execute<Row>(sql`
    select c.id as county_id, c.name as county_name, p.category,
      count(p.id) filter (where ${local('p.created_at')} >= ${start}::date and ${local('p.created_at')} < ${end}::date)::int as found,
      count(p.id) filter (where ${local('p.closed_at')} >= ${start}::date and ${local('p.closed_at')} < ${end}::date)::int as closed,
      count(p.id) filter (where ${local('p.created_at')} <= ${asOf}::date and p.deadline < ${asOf}::date
        and (p.closed_at is null or ${local('p.closed_at')} > ${asOf}::date))::int as overdue
    from county c
    left join inspection_problem p on p.tenant_id = c.tenant_id and p.county_id = c.id and ${inScope}
    where ${inCounty}
    group by c.id, c.code, c.name, p.category
    order by c.code, p.category`);
  const zero = (): ReportFigures => ({ found: 0, closed: 0, overdue: 0 });
  const add = (to: ReportFigures, r: Row) => {
    to.found += r.found;
    to.closed += r.closed;
    to.overdue += r.overdue;
  };
  const counties = new Map<string, { countyId: string; countyName: string } & ReportFigures>();
  const categories = new Map<string, ReportFigures>(PROBLEM_CATEGORIES.map((c) => [c, zero()]));
  const total = zero();
  for (const r of rows) {
    const county = counties.get(r.county_id) ?? { countyId: r.county_id, countyName: r.county_name, ...zero() };
    counties.set(r.county_id, county);
    if (r.category === null) continue;
    add(county, r);
    add(categories.get(r.category) ?? categories.set(r.category, zero()).get(r.category)!, r);
    add(total, r);
  }
  return {
    month,
    asOf,
    counties: [...counties.values()],
    categories: [...categories].map(([category, figures]) => ({ category, ...figures })),
    total,
  };
}
