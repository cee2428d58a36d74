import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { todayInChina } from '@tongxing/domain';
import { z } from 'zod';
import { entityId } from '../../inputs';
import { isoDate } from '../../register/fields';
import { complianceList, complianceSummary } from '../compliance';
import { cycleOn } from '../pace';
import { sharePermille } from './span';

/** The day the cycle's pace is taken on (today in China by default); `countyId` narrows to one county and adds its schools. */
export const coverageInput = z.object({ asOf: isoDate().optional(), countyId: entityId().optional() }).default({});
export type CoverageInput = z.infer<typeof coverageInput>;

/** Teachers of a county or school; trained at least once in the cycle; on pace and behind on `asOf`; hours earned. */
export interface CoverageFigure {
  teachers: number;
  trained: number;
  untrained: number;
  onPace: number;
  behind: number;
  hours: number;
  trainedPermille: number | null;
  onPacePermille: number | null;
}

function coverageOf(f: { teachers: number; trained: number; onPace: number; hours: number }): CoverageFigure {
  return {
    teachers: f.teachers,
    trained: f.trained,
    untrained: f.teachers - f.trained,
    onPace: f.onPace,
    behind: f.teachers - f.onPace,
    hours: f.hours,
    trainedPermille: sharePermille(f.trained, f.teachers),
    onPacePermille: sharePermille(f.onPace, f.teachers),
  };
}

const add = (a: { teachers: number; trained: number; onPace: number; hours: number }, b: typeof a) => ({
  teachers: a.teachers + b.teachers,
  trained: a.trained + b.trained,
  onPace: a.onPace + b.onPace,
  hours: a.hours + b.hours,
});
const ZERO = { teachers: 0, trained: 0, onPace: 0, hours: 0 };

/**
 * The cycle's coverage in the user's scope on a day: per county (complianceSummary, the compliance
 * page's own figures) and, when the report covers one county (asked for, or a county officer's), per
 * school from the same pace rule (complianceList). Null figures when the city has no cycle on that day.
 */
export async function coverageReport(tx: Transaction, user: SessionUser, input: CoverageInput) {
  const asOf = input.asOf ?? todayInChina();
  const cycle = await cycleOn(tx, asOf);
  const oneCounty = input.countyId ?? (user.role === 'county_officer' ? user.countyId : null);
  if (!cycle) return { cycle: null, asOf, total: coverageOf(ZERO), counties: [], schools: null, schoolsOf: oneCounty };
  const [summary, teachers] = await Promise.all([
    complianceSummary(tx, user, cycle, asOf),
    oneCounty
      ? complianceList(tx, user, cycle, asOf, { countyId: oneCounty, sort: 'school', dir: 'asc', page: 1 }, true)
      : Promise.resolve(null),
  ]);
  const counties = summary.filter((c) => !input.countyId || c.countyId === input.countyId);
  let schools: { schoolId: string; schoolName: string; figures: CoverageFigure }[] | null = null;
  if (teachers) {
    const bySchool = new Map<string, { schoolName: string; sums: typeof ZERO }>();
    for (const row of teachers.rows) {
      const entry = bySchool.get(row.schoolId) ?? { schoolName: row.schoolName, sums: ZERO };
      entry.sums = add(entry.sums, { teachers: 1, trained: row.earned > 0 ? 1 : 0, onPace: row.onPace ? 1 : 0, hours: row.earned });
      bySchool.set(row.schoolId, entry);
    }
    schools = [...bySchool].map(([schoolId, { schoolName, sums }]) => ({ schoolId, schoolName, figures: coverageOf(sums) }));
  }
  return {
    cycle: { startDate: cycle.startDate, endDate: cycle.endDate, requiredHours: cycle.requiredHours },
    asOf,
    total: coverageOf(counties.reduce(add, ZERO)),
    counties: counties.map((c) => ({
      countyId: c.countyId,
      countyName: c.countyName,
      isPovertyCounty: c.isPovertyCounty,
      figures: coverageOf(c),
    })),
    schools,
    schoolsOf: oneCounty,
  };
}

export type CoverageReport = Awaited<ReturnType<typeof coverageReport>>;
