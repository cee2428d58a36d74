import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { badInput, notFound } from '../problems';
import { problemUnits } from './units';

const v = schema.inspectionVisit;
const site = schema.inspectionSite;

export interface VisitInput {
  visitedOn: string;
  title: string;
  inspectors: string;
  notes: string;
  sites: { countyId: string; schoolId: string | null }[];
}

/**
 * Records a visit with its sites. A county officer records visits to its own county; each school must be
 * of the county it is listed under.
 */
export async function createVisit(tx: Transaction, user: SessionUser, input: VisitInput) {
  if (user.role === 'county_officer' && input.sites.some((s) => s.countyId !== user.countyId))
    throw badInput('sites', 'site_outside_county');
  const schoolIds = input.sites.flatMap((s) => (s.schoolId ? [s.schoolId] : []));
  const schools = schoolIds.length
    ? await tx
        .select({ id: schema.school.id, countyId: schema.school.countyId })
        .from(schema.school)
        .where(inArray(schema.school.id, schoolIds))
    : [];
  const countyOf = new Map(schools.map((s) => [s.id, s.countyId]));
  for (const [i, s] of input.sites.entries())
    if (s.schoolId && countyOf.get(s.schoolId) !== s.countyId) throw badInput('sites', 'school_not_in_county', { row: i + 1 });
  const [visit] = await tx
    .insert(v)
    .values({
      tenantId: user.tenantId,
      visitedOn: input.visitedOn,
      title: input.title,
      inspectors: input.inspectors,
      notes: input.notes,
      createdBy: user.id,
    })
    .returning({ id: v.id });
  // A place listed twice is one site.
  const unique = [...new Map(input.sites.map((s) => [`${s.countyId}/${s.schoolId ?? ''}`, s])).values()];
  await tx.insert(site).values(unique.map((s) => ({ tenantId: user.tenantId, visitId: visit!.id, ...s })));
  return visit!;
}

/** The visits of the scope, newest first: the city's all, a county's to it, a school's to it; with their problems' count. */
export async function visitList(tx: Transaction, user: SessionUser) {
  const mine =
    user.role === 'county_officer'
      ? sql`exists (select 1 from inspection_site s where s.tenant_id = inspection_visit.tenant_id and s.visit_id = inspection_visit.id and s.county_id = ${user.countyId})`
      : user.role === 'school_admin'
        ? sql`exists (select 1 from inspection_site s where s.tenant_id = inspection_visit.tenant_id and s.visit_id = inspection_visit.id and s.school_id = ${user.schoolId})`
        : sql`true`;
  return tx
    .select({
      id: v.id,
      visitedOn: v.visitedOn,
      title: v.title,
      inspectors: v.inspectors,
      problems:
        sql<number>`(select count(*) from inspection_problem p where p.tenant_id = inspection_visit.tenant_id and p.visit_id = inspection_visit.id)`.mapWith(
          Number,
        ),
    })
    .from(v)
    .where(mine)
    .orderBy(desc(v.visitedOn), desc(v.createdAt))
    .limit(200);
}

/** One visit with its sites (names), notes and the units its problems may be for. */
export async function visitDetail(tx: Transaction, visitId: string) {
  const [visit] = await tx.select().from(v).where(eq(v.id, visitId));
  if (!visit) throw notFound();
  const sites = await tx
    .select({ countyId: site.countyId, countyName: schema.county.name, schoolId: site.schoolId, schoolName: schema.school.name })
    .from(site)
    .innerJoin(schema.county, and(eq(schema.county.tenantId, site.tenantId), eq(schema.county.id, site.countyId)))
    .leftJoin(schema.school, and(eq(schema.school.tenantId, site.tenantId), eq(schema.school.id, site.schoolId)))
    .where(eq(site.visitId, visitId))
    .orderBy(schema.county.code, schema.school.code);
  return { visit, sites, units: await problemUnits(tx, sites) };
}
