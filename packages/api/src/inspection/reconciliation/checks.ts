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

export interface DifferenceFilter {
  checkId: string;
  kind?: DifferenceKind;
  resolution?: Resolution;
  search?: string;
}
export interface DifferenceListInput extends DifferenceFilter {
  page: number;
}

const filtered = (input: DifferenceFilter) =>
  and(
    eq(d.checkId, input.checkId),
    input.kind ? eq(d.kind, input.kind) : undefined,
    input.resolution ? eq(d.resolution, input.resolution) : undefined,
    input.search ? sql`(${d.name} ilike ${likePattern(input.search)} or ${d.idNumber} = ${input.search})` : undefined,
  );

/** The filtered differences of a check, by kind, then the register's school, the roster's, and name; with both schools named. */
function differenceRows(tx: Transaction, input: DifferenceFilter, limit: number, offset = 0) {
  return tx
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
    .where(filtered(input))
    .orderBy(asc(d.kind), asc(registerSchool.code), asc(rosterSchool.code), asc(d.name), asc(d.id))
    .limit(limit)
    .offset(offset);
}

async function checkOf(tx: Transaction, checkId: string) {
  const [check] = await tx
    .select({ check: c, countyName: schema.county.name })
    .from(c)
    .leftJoin(schema.county, and(eq(schema.county.tenantId, c.tenantId), eq(schema.county.id, c.countyId)))
    .where(eq(c.id, checkId));
  if (!check) throw notFound();
  return check;
}

/**
 * One check with its counts by kind and resolution, a page of its differences (filtered), and the units
 * a difference on the page may be raised to with the accounts that may own each.
 */
export async function checkDetail(tx: Transaction, input: DifferenceListInput) {
  const check = await checkOf(tx, input.checkId);
  const [rows, tally, [count]] = await Promise.all([
    differenceRows(tx, input, PAGE_SIZE, (input.page - 1) * PAGE_SIZE),
    tx
      .select({ kind: d.kind, resolution: d.resolution, count: sql<number>`count(*)`.mapWith(Number) })
      .from(d)
      .where(eq(d.checkId, input.checkId))
      .groupBy(d.kind, d.resolution),
    tx
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(d)
      .where(filtered(input)),
  ]);
  const differences = rows.map((row) => {
    // A difference is raised where the register has the teacher, else where the roster does.
    const unit = row.schoolId
      ? { schoolId: row.schoolId, schoolName: row.schoolName, countyId: row.schoolCountyId!, countyName: row.schoolCountyName! }
      : {
          schoolId: row.rosterSchoolId,
          schoolName: row.rosterSchoolName,
          countyId: row.rosterCountyId!,
          countyName: row.rosterCountyName!,
        };
    return { ...row, unit };
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
    differences: toPage(differences, count!.total, input.page),
    units,
  };
}

/** Most differences one export holds: a large city's whole register, with room to spare. */
const EXPORT_LIMIT = 60_000;

/** The check and every difference the filter keeps, for the Excel file and the print view. */
export async function differencesExport(tx: Transaction, input: DifferenceFilter) {
  const check = await checkOf(tx, input.checkId);
  return { ...check, rows: await differenceRows(tx, input, EXPORT_LIMIT) };
}

const sumOf = <T extends { count: number }>(rows: T[], keep: (row: T) => boolean) =>
  rows.filter(keep).reduce((sum, row) => sum + row.count, 0);
