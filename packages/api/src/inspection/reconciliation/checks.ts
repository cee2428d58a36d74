import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { DIFFERENCE_KINDS, type DifferenceKind, type Resolution } from '@tongxing/domain';
import { likePattern, PAGE_SIZE, toPage } from '../../inputs';
import { notFound } from '../../problems';
import { problemUnits } from '../units';

const c = schema.rosterCheck;
const d = schema.rosterDifference;
const registerSchool = alias(schema.school, 'register_school');
const rosterSchool = alias(schema.school, 'roster_school');
const registerCounty = alias(schema.county, 'register_county');
const rosterCounty = alias(schema.county, 'roster_county');

/** The checks a user sees: the city's all; a county officer's those of their county. */
function visibleChecks(user: SessionUser): SQL | undefined {
  return user.role === 'county_officer' ? eq(c.countyId, user.countyId!) : undefined;
}

/** Differences by kind and the open ones, as columns of a check's row. */
const counts = {
  differences:
    sql<number>`(select count(*) from roster_difference x where x.tenant_id = roster_check.tenant_id and x.check_id = roster_check.id)`.mapWith(
      Number,
    ),
  open: sql<number>`(select count(*) from roster_difference x
    where x.tenant_id = roster_check.tenant_id and x.check_id = roster_check.id and x.resolution = 'open')`.mapWith(Number),
};

/** The latest checks of the scope, newest first, with their counts. */
export function checkList(tx: Transaction, user: SessionUser) {
  return tx
    .select({
      id: c.id,
      title: c.title,
      fileName: c.fileName,
      countyName: schema.county.name,
      asOf: c.asOf,
      month: c.month,
      rosterRows: c.rosterRows,
      createdAt: c.createdAt,
      ...counts,
    })
    .from(c)
    .leftJoin(schema.county, and(eq(schema.county.tenantId, c.tenantId), eq(schema.county.id, c.countyId)))
    .where(visibleChecks(user))
    .orderBy(desc(c.createdAt), desc(c.id))
    .limit(200);
}

export interface DifferenceListInput {
  checkId: string;
  page: number;
  kind?: DifferenceKind;
  resolution?: Resolution;
  search?: string;
}

/**
 * One check with its counts by kind and resolution, a page of its differences (filtered; by kind, then
 * the register's school and name), and the units a difference on the page may be raised to with the
 * accounts that may own each.
 */
export async function checkDetail(tx: Transaction, input: DifferenceListInput) {
  const [check] = await tx
    .select({ check: c, countyName: schema.county.name })
    .from(c)
    .leftJoin(schema.county, and(eq(schema.county.tenantId, c.tenantId), eq(schema.county.id, c.countyId)))
    .where(eq(c.id, input.checkId));
  if (!check) throw notFound();
  const where = and(
    eq(d.checkId, input.checkId),
    input.kind ? eq(d.kind, input.kind) : undefined,
    input.resolution ? eq(d.resolution, input.resolution) : undefined,
    input.search ? sql`(${d.name} ilike ${likePattern(input.search)} or ${d.idNumber} = ${input.search})` : undefined,
  );
  const [rows, tally] = await Promise.all([
    tx
      .select({
        id: d.id,
        kind: d.kind,
        teacherId: d.teacherId,
        idNumber: d.idNumber,
        name: d.name,
        schoolId: d.schoolId,
        schoolName: registerSchool.name,
        schoolCountyId: registerSchool.countyId,
        schoolCountyName: registerCounty.name,
        rosterSchoolId: d.rosterSchoolId,
        rosterSchoolName: rosterSchool.name,
        rosterCountyId: rosterSchool.countyId,
        rosterCountyName: rosterCounty.name,
        paidFen: d.paidFen,
        resolution: d.resolution,
        reason: d.reason,
        problemId: d.problemId,
      })
      .from(d)
      .leftJoin(registerSchool, and(eq(registerSchool.tenantId, d.tenantId), eq(registerSchool.id, d.schoolId)))
      .leftJoin(registerCounty, and(eq(registerCounty.tenantId, d.tenantId), eq(registerCounty.id, registerSchool.countyId)))
      .leftJoin(rosterSchool, and(eq(rosterSchool.tenantId, d.tenantId), eq(rosterSchool.id, d.rosterSchoolId)))
      .leftJoin(rosterCounty, and(eq(rosterCounty.tenantId, d.tenantId), eq(rosterCounty.id, rosterSchool.countyId)))
      .where(where)
      .orderBy(asc(d.kind), asc(registerSchool.code), asc(rosterSchool.code), asc(d.name), asc(d.id))
      .limit(PAGE_SIZE)
      .offset((input.page - 1) * PAGE_SIZE),
    tx
      .select({ kind: d.kind, resolution: d.resolution, count: sql<number>`count(*)`.mapWith(Number) })
      .from(d)
      .where(eq(d.checkId, input.checkId))
      .groupBy(d.kind, d.resolution),
  ]);
  const filtered = await tx
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(d)
    .where(where);
  const differences = rows.map((row) => {
    // A difference is raised where the register has the teacher, else where the roster does.
    const school = row.schoolId
      ? { schoolId: row.schoolId, schoolName: row.schoolName, countyId: row.schoolCountyId!, countyName: row.schoolCountyName! }
      : {
          schoolId: row.rosterSchoolId,
          schoolName: row.rosterSchoolName,
          countyId: row.rosterCountyId!,
          countyName: row.rosterCountyName!,
        };
    return { ...row, unit: school };
  });
  const units = await problemUnits(
    tx,
    differences.filter((row) => row.resolution === 'open').map((row) => row.unit),
  );
  const byKind = Object.fromEntries(DIFFERENCE_KINDS.map((kind) => [kind, sumOf(tally, (t) => t.kind === kind)])) as Record<
    DifferenceKind,
    number
  >;
  return {
    ...check,
    byKind,
    open: sumOf(tally, (t) => t.resolution === 'open'),
    total: sumOf(tally, () => true),
    differences: toPage(differences, filtered[0]!.total, input.page),
    units,
  };
}

const sumOf = <T extends { count: number }>(rows: T[], keep: (row: T) => boolean) =>
  rows.filter(keep).reduce((sum, row) => sum + row.count, 0);
