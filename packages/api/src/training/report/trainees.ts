import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { entityId } from '../../inputs';
import { visible } from '../../scope';
import { activityIn, NO_FIGURE, type Figure } from './activity';
import { yearsOf, yearSpan } from './span';

/** A span of years; `countyId` narrows the report to one county and adds its schools. */
export const traineesInput = z.object({ ...yearSpan, countyId: entityId().optional() });
export type TraineesInput = z.infer<typeof traineesInput>;

/** The grouping sets, named by the bits `grouping(year, level, county_id, school_id)` gives them. */
const SETS = {
  yearLevel: { set: '(year, level)', bits: 0b0011 },
  year: { set: '(year)', bits: 0b0111 },
  level: { set: '(level)', bits: 0b1011 },
  all: { set: '()', bits: 0b1111 },
  countyLevel: { set: '(county_id, level)', bits: 0b1001 },
  county: { set: '(county_id)', bits: 0b1101 },
  countyYear: { set: '(county_id, year)', bits: 0b0101 },
  schoolLevel: { set: '(school_id, level)', bits: 0b1010 },
  school: { set: '(school_id)', bits: 0b1110 },
} as const;
type SetName = keyof typeof SETS;

type Row = {
  g: number;
  year: number | null;
  level: string | null;
  county_id: string | null;
  school_id: string | null;
  trainees: number;
  hours: number;
};

/** A line of the report: its total over the span, per level (in `levels` order) and per year (in `years` order). */
export interface TraineeLine {
  total: Figure;
  levels: Figure[];
}

/**
 * Trainees and hours of the user's scope in a span of years (see `activityIn` for what counts), by
 * year and level, by county (per level and per year) and — when the report covers one county (asked
 * for, or a county officer's) — by school. Trainees are distinct teachers in each cell, so a teacher
 * trained at two levels counts once in the total; hours add up. Every county and school of the scope
 * is listed, trained or not.
 */
export async function traineeReport(tx: Transaction, user: SessionUser, input: TraineesInput) {
  const oneCounty = input.countyId ?? (user.role === 'county_officer' ? user.countyId : null);
  const sets: SetName[] = ['yearLevel', 'year', 'level', 'all', 'countyLevel', 'county', 'countyYear'];
  if (oneCounty) sets.push('schoolLevel', 'school');
  const grouping = sql.raw(sets.map((name) => SETS[name].set).join(', '));
  // grouping() may name only grouped columns: without the school sets, school_id's bit is set by hand.
  const bits = oneCounty ? sql`grouping(year, level, county_id, school_id)` : sql`(grouping(year, level, county_id) * 2 + 1)`;
  const [rows, levelRows, counties, schools] = await Promise.all([
    tx.execute<Row>(sql`
      select ${bits}::int as g, year, level, county_id, ${oneCounty ? sql`school_id` : sql`null::uuid`} as school_id,
        count(distinct teacher_id) filter (where trains)::int as trainees, coalesce(sum(hours), 0)::int as hours
      from (${activityIn(user, input, input.countyId)}) a
      group by grouping sets (${grouping})`),
    tx
      .select({ name: schema.trainingLevel.name })
      .from(schema.trainingLevel)
      .orderBy(asc(schema.trainingLevel.sortOrder), asc(schema.trainingLevel.name)),
    tx
      .select({ countyId: schema.county.id, countyName: schema.county.name, isPovertyCounty: schema.county.isPovertyCounty })
      .from(schema.county)
      .where(and(visible.counties(user), input.countyId ? eq(schema.county.id, input.countyId) : undefined))
      .orderBy(asc(schema.county.code)),
    oneCounty
      ? tx
          .select({ schoolId: schema.school.id, schoolName: schema.school.name })
          .from(schema.school)
          .where(and(visible.schools(user), eq(schema.school.countyId, oneCounty)))
          .orderBy(asc(schema.school.code))
      : Promise.resolve(null),
  ]);

  const of = (name: SetName) => [...rows].filter((r) => r.g === SETS[name].bits);
  const figure = (r: Row | undefined): Figure => (r ? { trainees: r.trainees, hours: r.hours } : NO_FIGURE);
  // The city's levels in its order, then any level found only in the ledger.
  // A level whose entries were all reversed (no trainee, no net hours) gets no column.
  const used = new Set(
    of('level')
      .filter((r) => r.trainees > 0 || r.hours !== 0)
      .map((r) => r.level!),
  );
  const levels = [
    ...levelRows.map((l) => l.name).filter((name) => used.has(name)),
    ...[...used].filter((l) => !levelRows.some((r) => r.name === l)),
  ];
  const years = yearsOf(input);
  const perLevel = (list: Row[]) => levels.map((level) => figure(list.find((r) => r.level === level)));

  const yearLevel = of('yearLevel');
  const countyLevel = of('countyLevel');
  const countyYear = of('countyYear');
  const schoolLevel = of('schoolLevel');
  return {
    years,
    levels,
    total: { total: figure(of('all')[0]), levels: perLevel(of('level')) } satisfies TraineeLine,
    byYear: years.map((year) => ({
      year,
      total: figure(of('year').find((r) => r.year === year)),
      levels: perLevel(yearLevel.filter((r) => r.year === year)),
    })),
    counties: counties.map((county) => ({
      ...county,
      total: figure(of('county').find((r) => r.county_id === county.countyId)),
      levels: perLevel(countyLevel.filter((r) => r.county_id === county.countyId)),
      years: years.map((year) => figure(countyYear.find((r) => r.county_id === county.countyId && r.year === year))),
    })),
    schools:
      schools?.map((school) => ({
        ...school,
        total: figure(of('school').find((r) => r.school_id === school.schoolId)),
        levels: perLevel(schoolLevel.filter((r) => r.school_id === school.schoolId)),
      })) ?? null,
    /** The county the schools belong to, when the report has them. */
    schoolsOf: oneCounty,
  };
}

export type TraineeReport = Awaited<ReturnType<typeof traineeReport>>;
