import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { ENROLMENT_STATES, HOLDS_PLACE, type EnrolmentState, type TargetGroup } from '@tongxing/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { visible } from '../../scope';
import { sharePermille, yearSpan } from './span';

/** Cohorts starting in a year (as the programmes list's year filter has it). */
export const cohortReportInput = z.object({ year: yearSpan.year });
export type CohortReportInput = z.infer<typeof cohortReportInput>;

const t = schema.teacher;
const s = schema.school;
const q = schema.trainingQuota;
const k = schema.trainingCohort;

type Row = {
  cohort_id: string;
  name: string;
  start_date: string;
  end_date: string;
  days: number;
  place: string | null;
  capacity: number;
  held: number;
  hours: number;
  off_the_job: boolean;
  programme_id: string;
  programme_name: string;
  level: string;
  form: string;
  partner: string | null;
  provider: string | null;
  target: TargetGroup;
  runner_county_id: string | null;
  sessions: number;
  applied: number;
  nominated: number;
  enrolled: number;
  waitlisted: number;
  completed: number;
  withdrawn: number;
  refused: number;
  passed: number;
  attended: number;
};

/**
 * Every cohort starting in the year (of one level, when asked) with its enrolments of the teachers in the
 * user's scope — the ones the cohort's trainee list shows them — by state, those who passed, and those
 * present at one session at least (null when the cohort has no sessions). Capacity and places held are
 * the cohort's own (all counties).
 */
export async function cohortFigures(tx: Transaction, user: SessionUser, year: number, level?: string) {
  const rows = await tx.execute<Row>(sql`
    with mine as (
      select e.tenant_id, e.cohort_id, e.state, e.result,
        exists (select 1 from training_attendance a where a.tenant_id = e.tenant_id and a.enrolment_id = e.id and a.present) as attended
      from training_enrolment e
      join ${t} on ${t.tenantId} = e.tenant_id and ${t.id} = e.teacher_id
      join ${s} on ${s.tenantId} = ${t.tenantId} and ${s.id} = ${t.schoolId}
      where ${visible.teachers(user) ?? sql`true`}
    )
    select c.id as cohort_id, c.name, c.start_date::text as start_date, c.end_date::text as end_date,
      (c.end_date - c.start_date + 1)::int as days, c.place, c.capacity, c.held, c.hours, c.off_the_job,
      p.id as programme_id, p.name as programme_name, p.level, p.form, p.partner, p.provider, p.target,
      p.county_id as runner_county_id,
      (select count(*) from training_session x where x.tenant_id = c.tenant_id and x.cohort_id = c.id)::int as sessions,
      ${sql.raw(ENROLMENT_STATES.map((state) => `count(m.state) filter (where m.state = '${state}')::int as ${state}`).join(', '))},
      count(m.state) filter (where m.state = 'completed' and m.result = 'passed')::int as passed,
      count(m.state) filter (where m.attended)::int as attended
    from training_cohort c
    join training_programme p on p.tenant_id = c.tenant_id and p.id = c.programme_id
    left join mine m on m.tenant_id = c.tenant_id and m.cohort_id = c.id
    where extract(year from c.start_date) = ${year} ${level ? sql`and p.level = ${level}` : sql``}
    group by c.tenant_id, c.id, p.tenant_id, p.id
    order by c.start_date, c.name, c.id`);
  return [...rows].map((r) => {
    const counts = Object.fromEntries(ENROLMENT_STATES.map((state) => [state, r[state]])) as Record<EnrolmentState, number>;
    return {
      cohortId: r.cohort_id,
      name: r.name,
      startDate: r.start_date,
      endDate: r.end_date,
      days: r.days,
      place: r.place,
      capacity: r.capacity,
      held: r.held,
      hours: r.hours,
      offTheJob: r.off_the_job,
      programmeId: r.programme_id,
      programmeName: r.programme_name,
      level: r.level,
      form: r.form,
      partner: r.partner,
      provider: r.provider,
      target: r.target,
      runnerCountyId: r.runner_county_id,
      sessions: r.sessions,
      counts,
      /** Holding a place: nominated, enrolled or completed. */
      placed: [...HOLDS_PLACE].reduce((n, state) => n + counts[state], 0),
      passed: r.passed,
      attended: r.sessions > 0 ? r.attended : null,
    };
  });
}

export type CohortFigures = Awaited<ReturnType<typeof cohortFigures>>[number];

/** A county's places over the year's cohorts that gave it a quota. */
interface CountyPlaces {
  countyId: string;
  countyCode: string;
  countyName: string;
  isPovertyCounty: boolean;
  cohorts: number;
  places: number;
  held: number;
}

/**
 * The year's cohorts (cohortFigures) and their places per county: each quota of a county the user sees
 * (places and places held, which count the county's nominations) and each county's total over the year.
 */
export async function cohortReport(tx: Transaction, user: SessionUser, input: CohortReportInput) {
  const [cohorts, quotas] = await Promise.all([
    cohortFigures(tx, user, input.year),
    tx
      .select({
        cohortId: q.cohortId,
        countyId: q.countyId,
        countyCode: schema.county.code,
        countyName: schema.county.name,
        isPovertyCounty: schema.county.isPovertyCounty,
        places: q.places,
        held: q.held,
      })
      .from(q)
      .innerJoin(k, and(eq(k.tenantId, q.tenantId), eq(k.id, q.cohortId)))
      .innerJoin(schema.county, and(eq(schema.county.tenantId, q.tenantId), eq(schema.county.id, q.countyId)))
      .where(and(sql`extract(year from ${k.startDate}) = ${input.year}`, visible.counties(user)))
      .orderBy(asc(k.startDate), asc(k.name), asc(k.id), asc(schema.county.code)),
  ]);
  const byCounty = new Map<string, CountyPlaces>();
  for (const quota of quotas) {
    const { countyId, countyCode, countyName, isPovertyCounty } = quota;
    const sums = byCounty.get(countyId) ?? { countyId, countyCode, countyName, isPovertyCounty, cohorts: 0, places: 0, held: 0 };
    sums.cohorts += 1;
    sums.places += quota.places;
    sums.held += quota.held;
    byCounty.set(countyId, sums);
  }
  const sum = (pick: (c: CohortFigures) => number) => cohorts.reduce((n, c) => n + pick(c), 0);
  return {
    year: input.year,
    cohorts,
    total: {
      cohorts: cohorts.length,
      counts: Object.fromEntries(ENROLMENT_STATES.map((state) => [state, sum((c) => c.counts[state])])) as Record<EnrolmentState, number>,
      placed: sum((c) => c.placed),
      passed: sum((c) => c.passed),
    },
    quotas: quotas.map((quota) => ({ ...quota, usePermille: sharePermille(quota.held, quota.places) })),
    counties: [...byCounty.values()]
      .sort((a, b) => a.countyCode.localeCompare(b.countyCode))
      .map((county) => ({ ...county, usePermille: sharePermille(county.held, county.places) })),
  };
}

export type CohortReport = Awaited<ReturnType<typeof cohortReport>>;
