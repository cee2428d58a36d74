import { sql } from 'drizzle-orm';
import type { HomeItem, HomeProvider } from './types';

type Count = { n: number };

/**
 * Rotations: the moves into or out of a school that wait for its answer; a county's submitted plan whose
 * moves every school has answered (to approve, or to change where one objected); the plans across
 * counties that wait for the city.
 */
export const rotationItems: HomeProvider = async ({ tx, user }) => {
  const items: HomeItem[] = [];
  if (user.role === 'school_admin') {
    const [row] = await tx.execute<Count>(sql`
      select count(*)::int as n from rotation_move m join rotation_plan p on p.tenant_id = m.tenant_id and p.id = m.plan_id
      where p.state = 'submitted' and ((m.from_school_id = ${user.schoolId} and m.sending_state = 'pending')
        or (m.to_school_id = ${user.schoolId} and m.receiving_state = 'pending'))`);
    items.push({ kind: 'waiting', key: 'movesToAnswer', count: row?.n ?? 0, href: '/rotation/moves' });
  }
  if (user.role === 'county_officer') {
    const [row] = await tx.execute<Count & { year: number | null }>(sql`
      select count(*)::int as n, max(p.year)::int as year from rotation_plan p
      where p.county_id = ${user.countyId} and p.state = 'submitted' and not exists (select 1 from rotation_move m
        where m.tenant_id = p.tenant_id and m.plan_id = p.id and (m.sending_state = 'pending' or m.receiving_state = 'pending'))`);
    const year = row?.year ? `?year=${row.year}` : '';
    items.push({ kind: 'waiting', key: 'plansAnswered', count: row?.n ?? 0, href: `/rotation/plan/${user.countyId}${year}` });
  }
  if (user.role === 'city_admin') {
    const [row] = await tx.execute<Count>(sql`select count(*)::int as n from rotation_plan where state = 'awaiting_city'`);
    items.push({ kind: 'waiting', key: 'plansForCity', count: row?.n ?? 0, href: '/rotation' });
  }
  return items;
};
