import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, asc, count, eq, gt, ilike, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { likePattern, ordered, PAGE_SIZE, toPage } from '../../inputs';
import { badInput } from '../../problems';
import { visible } from '../../scope';
import type { listSchoolsInput } from './schemas';

const s = schema.school;
const c = schema.county;

export const schoolColumns = {
  id: s.id,
  code: s.code,
  name: s.name,
  schoolType: s.schoolType,
  locationClass: s.locationClass,
  terrainClass: s.terrainClass,
  address: s.address,
  openedOn: s.openedOn,
  closedOn: s.closedOn,
  countyId: s.countyId,
  countyName: c.name,
  isPovertyCounty: c.isPovertyCounty,
};
export const withCounty = and(eq(c.tenantId, s.tenantId), eq(c.id, s.countyId));

/** The filters of the school list and its Excel export, in one place. */
export function schoolFilters(user: SessionUser, input: z.infer<typeof listSchoolsInput>): SQL | undefined {
  const term = input.search ? likePattern(input.search) : undefined;
  return and(
    visible.schools(user),
    input.countyId ? eq(s.countyId, input.countyId) : undefined,
    input.schoolType ? eq(s.schoolType, input.schoolType) : undefined,
    input.locationClass ? eq(s.locationClass, input.locationClass) : undefined,
    term ? or(ilike(s.name, term), ilike(s.code, term)) : undefined,
  );
}

const SCHOOL_ORDER = { code: [s.code], name: [s.name, s.code], county: [c.code, s.code] };
/** The order of the school list and its Excel export. */
export const schoolOrder = (input: z.infer<typeof listSchoolsInput>) => ordered(SCHOOL_ORDER[input.sort], input.dir);

export async function listSchools(tx: Transaction, user: SessionUser, input: z.infer<typeof listSchoolsInput>) {
  const where = schoolFilters(user, input);
  const [rows, [total]] = await Promise.all([
    tx
      .select(schoolColumns)
      .from(s)
      .innerJoin(c, withCounty)
      .where(where)
      .orderBy(...schoolOrder(input))
      .limit(PAGE_SIZE)
      .offset((input.page - 1) * PAGE_SIZE),
    tx.select({ n: count() }).from(s).where(where),
  ]);
  return toPage(rows, total?.n ?? 0, input.page);
}

export async function requireLocationClass(tx: Transaction, name: string): Promise<void> {
  const [row] = await tx.select({ id: schema.locationClass.id }).from(schema.locationClass).where(eq(schema.locationClass.name, name));
  if (!row) throw badInput('locationClass', 'invalid_value');
}

/** A school's staff on a day: every post (primary or not) covering it. */
export function staffOn(tx: Transaction, schoolId: string, day: string) {
  const p = schema.post;
  return tx
    .select({
      teacherId: p.teacherId,
      name: schema.teacher.name,
      sex: schema.teacher.sex,
      startDate: p.startDate,
      endDate: p.endDate,
      employmentType: p.employmentType,
      status: p.status,
      roles: p.roles,
      isPrimary: p.isPrimary,
    })
    .from(p)
    .innerJoin(schema.teacher, and(eq(schema.teacher.tenantId, p.tenantId), eq(schema.teacher.id, p.teacherId)))
    .where(and(eq(p.schoolId, schoolId), lte(p.startDate, day), or(isNull(p.endDate), gt(p.endDate, day))))
    .orderBy(asc(schema.teacher.name));
}
