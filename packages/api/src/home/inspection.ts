import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@tongxing/db';
import { overdueOn, visibleProblems } from '../inspection/problems';
import type { HomeItem, HomeProvider } from './types';

const p = schema.inspectionProblem;

/**
 * Inspections, first on the page: the problems the user owns and must rectify (how many are overdue);
 * for inspectors, the rectifications of their scope waiting for 销号.
 */
export const inspectionItems: HomeProvider = async ({ tx, user, today }) => {
  const items: HomeItem[] = [];
  if (user.role === 'school_admin' || user.role === 'county_officer') {
    const [row] = await tx
      .select({
        n: sql<number>`count(*)`.mapWith(Number),
        overdue: sql<number>`count(*) filter (where ${overdueOn(today)})`.mapWith(Number),
      })
      .from(p)
      .where(and(eq(p.ownerId, user.id), eq(p.state, 'open')));
    items.push({
      kind: 'waiting',
      key: 'problemsToRectify',
      count: row?.n ?? 0,
      href: '/inspections/problems?mine=1&state=open',
      ...(row?.overdue ? { detail: { key: 'overdueProblems', params: { count: row.overdue } } } : {}),
    });
  }
  if (user.role === 'city_admin' || user.role === 'county_officer') {
    const [row] = await tx
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(p)
      .where(and(visibleProblems(user), eq(p.state, 'submitted'), sql`${p.ownerId} <> ${user.id}`));
    items.push({ kind: 'waiting', key: 'problemsToClose', count: row?.n ?? 0, href: '/inspections/problems?state=submitted' });
  }
  return items;
};
