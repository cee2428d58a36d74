import { sql } from 'drizzle-orm';
import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { addDays, monthBounds, PROBLEM_CATEGORIES, todayInChina } from '@tongxing/domain';
import { countyOfScope } from '../scope';
import { visibleProblems } from './problems';

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
  const countyId = await countyOfScope(tx, user);
  const inCounty = countyId ? sql`c.id = ${countyId}` : sql`true`;
  // The problems' table is not aliased: visibleProblems names its columns in full.
  const rows = await tx.execute<Row>(sql`
    select c.id as county_id, c.name as county_name, inspection_problem.category,
      count(inspection_problem.id) filter (where ${local('inspection_problem.created_at')} >= ${start}::date
        and ${local('inspection_problem.created_at')} < ${end}::date)::int as found,
      count(inspection_problem.id) filter (where ${local('inspection_problem.closed_at')} >= ${start}::date
        and ${local('inspection_problem.closed_at')} < ${end}::date)::int as closed,
      count(inspection_problem.id) filter (where ${local('inspection_problem.created_at')} <= ${asOf}::date
        and inspection_problem.deadline < ${asOf}::date
        and (inspection_problem.closed_at is null or ${local('inspection_problem.closed_at')} > ${asOf}::date))::int as overdue
    from county c
    left join inspection_problem on inspection_problem.tenant_id = c.tenant_id and inspection_problem.county_id = c.id
      and ${visibleProblems(user) ?? sql`true`}
    where ${inCounty}
    group by c.id, c.code, c.name, inspection_problem.category
    order by c.code, inspection_problem.category`);
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
