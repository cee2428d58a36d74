import { schema, type Transaction } from '@tongxing/db';
import { computeMonth, monthBounds, type BaseLookup, type RuleVersion, type TeacherFacts } from '@tongxing/domain';
import { asc } from 'drizzle-orm';
import { timeSlicer } from '../cooperative';
import { draftSet } from './draft-set';
import { monthFacts, publishedRules } from './facts';

/** Cost in 分 under the published rules and with the drafts published, and how many teachers gain, lose or keep the same. */
export interface Tally {
  currentFen: number;
  proposedFen: number;
  gain: number;
  lose: number;
  same: number;
}
export interface CountyTally extends Tally {
  countyId: string;
  countyName: string;
}
export interface Period {
  /** `YYYY-MM` or `YYYY` */
  period: string;
  counties: CountyTally[];
  total: Tally;
}

const emptyTally = (): Tally => ({ currentFen: 0, proposedFen: 0, gain: 0, lose: 0, same: 0 });

function judge(tally: Tally, currentFen: number, proposedFen: number) {
  if (proposedFen > currentFen) tally.gain += 1;
  else if (proposedFen < currentFen) tally.lose += 1;
  else tally.same += 1;
}

const sumFen = (lines: { amountFen: number }[]) => lines.reduce((n, l) => n + l.amountFen, 0);

/** Months from `from` to `to`, both included. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = monthBounds(m).end.slice(0, 7)) months.push(m);
  return months;
}

interface Rules {
  current: RuleVersion[];
  /** the governing versions of the types the drafts touch, drafts included; other types are unchanged */
  touched: RuleVersion[];
  touchedTypes: Set<string>;
  base: BaseLookup;
}

/** A teacher's month under both rule sets; only the touched types are computed twice. */
function teacherMonth(month: string, teacher: TeacherFacts, rules: Rules) {
  const lines = computeMonth(month, teacher, rules.current, rules.base);
  const currentFen = sumFen(lines);
  const untouchedFen = sumFen(lines.filter((l) => !rules.touchedTypes.has(l.allowanceTypeId)));
  return { currentFen, proposedFen: untouchedFen + sumFen(computeMonth(month, teacher, rules.touched, rules.base)) };
}

/** Per-county tallies, every county listed (in code order), and their sum. */
function period(name: string, counties: { id: string; name: string }[], byCounty: Map<string, Tally>): Period {
  const rows = counties.map((c) => ({ countyId: c.id, countyName: c.name, ...(byCounty.get(c.id) ?? emptyTally()) }));
  const total = emptyTally();
  for (const r of rows) for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += r[k];
  return { period: name, counties: rows, total };
}

/**
 * What publishing a set of drafts would do, on the live register with the one engine: per county and
 * month, and per year, the cost under the published rules and with the drafts, and how many teachers
 * gain, lose or are unchanged. One month of the whole city is in memory at a time, plus a running
 * total per teacher for the year (a teacher counts in the county of their last month of the year;
 * a county's yearly cost is the sum of its months, what its sheets would pay).
 */
export async function simulate(tx: Transaction, input: { draftIds: string[]; from: string; to: string }) {
  const drafts = await draftSet(tx, input.draftIds);
  const touchedTypes = new Set(drafts.map((d) => d.allowanceTypeId));
  const [current, proposed, counties] = await Promise.all([
    publishedRules(tx),
    publishedRules(tx, drafts),
    tx.select({ id: schema.county.id, name: schema.county.name }).from(schema.county).orderBy(asc(schema.county.code)),
  ]);
  const rules: Rules = {
    current: current.rules,
    touched: proposed.rules.filter((r) => touchedTypes.has(r.allowanceTypeId)),
    touchedTypes,
    base: current.base,
  };

  // A city-wide simulation computes every teacher's every month: it gives other requests their turn.
  const slice = timeSlicer();
  const months: Period[] = [];
  const years = new Map<
    string,
    { costs: Map<string, Tally>; teachers: Map<string, { countyId: string; currentFen: number; proposedFen: number }> }
  >();
  for (const month of monthsBetween(input.from, input.to)) {
    const year = years.get(month.slice(0, 4)) ?? { costs: new Map(), teachers: new Map() };
    years.set(month.slice(0, 4), year);
    const byCounty = new Map<string, Tally>();
    for (const teacher of await monthFacts(tx, month, {})) {
      if (slice.due()) await slice.pause();
      const { currentFen, proposedFen } = teacherMonth(month, teacher, rules);
      const countyId = teacher.posts.at(-1)!.countyId;
      const tally = byCounty.get(countyId) ?? emptyTally();
      byCounty.set(countyId, tally);
      tally.currentFen += currentFen;
      tally.proposedFen += proposedFen;
      judge(tally, currentFen, proposedFen);
      const cost = year.costs.get(countyId) ?? emptyTally();
      year.costs.set(countyId, cost);
      cost.currentFen += currentFen;
      cost.proposedFen += proposedFen;
      const sofar = year.teachers.get(teacher.teacherId);
      year.teachers.set(teacher.teacherId, {
        countyId,
        currentFen: (sofar?.currentFen ?? 0) + currentFen,
        proposedFen: (sofar?.proposedFen ?? 0) + proposedFen,
      });
    }
    months.push(period(month, counties, byCounty));
  }

  const yearly = [...years].map(([name, year]) => {
    for (const t of year.teachers.values()) {
      const cost = year.costs.get(t.countyId) ?? emptyTally();
      year.costs.set(t.countyId, cost);
      judge(cost, t.currentFen, t.proposedFen);
    }
    return period(name, counties, year.costs);
  });
  return { months, years: yearly };
}
