import { schema } from '@tongxing/db';
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { visible } from '../scope';
import type { HomeItem, HomeProvider } from './types';

const e = schema.trainingEnrolment;
const c = schema.trainingCohort;
const p = schema.trainingProgramme;
const t = schema.teacher;
const n = sql<number>`count(*)`.mapWith(Number);

/**
 * Training: a provider's cohorts under way (their roll to take); applications a county decides, and
 * the counties' nominations the city decides.
 */
export const trainingItems: HomeProvider = async ({ tx, user, today }) => {
  const items: HomeItem[] = [];
  if (user.role === 'provider') {
    const [row] = await tx
      .select({ n })
      .from(c)
      .innerJoin(p, and(eq(p.tenantId, c.tenantId), eq(p.id, c.programmeId)))
      .where(and(eq(p.providerId, user.providerId!), lte(c.startDate, today), gte(c.endDate, today)));
    items.push({ kind: 'waiting', key: 'cohortsUnderWay', count: row?.n ?? 0, href: '/training/cohorts?period=current' });
  }
  if (user.role === 'county_officer' || user.role === 'city_admin') {
    const states = user.role === 'city_admin' ? (['nominated'] as const) : (['applied'] as const);
    const [row] = await tx
      .select({ n })
      .from(e)
      .innerJoin(t, and(eq(t.tenantId, e.tenantId), eq(t.id, e.teacherId)))
      .innerJoin(schema.school, and(eq(schema.school.tenantId, t.tenantId), eq(schema.school.id, t.schoolId)))
      .where(and(inArray(e.state, [...states]), visible.teachers(user)));
    items.push({ kind: 'waiting', key: 'enrolmentsToDecide', count: row?.n ?? 0, href: '/training/cohorts?period=upcoming' });
  }
  return items;
};
