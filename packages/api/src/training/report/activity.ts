import type { SessionUser } from '@tongxing/auth';
import { schema } from '@tongxing/db';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { visible } from '../../scope';
import { spanDates, type YearSpan } from './span';

const t = schema.teacher;
const s = schema.school;
const c = schema.county;

/**
 * Training done in a span of years by the teachers of the user's scope, one row per fact, for the
 * reports to group:
 * - every ledger entry dated in the span (its year, level and hours; a reversal carries the negative
 *   hours under the same date and level, so sums are net) — it makes its teacher a trainee unless it
 *   is a reversal or has been reversed;
 * - every completed enrolment with a pass in a cohort ending in the span (the cohort's year and the
 *   programme's level, no hours: those are the ledger's) — a trainee even when the cohort credits no hours.
 * A teacher belongs to the school and county of their current post (`teacher.school_id`), as the scope
 * and the compliance list have it.
 *
 * Columns: teacher_id, year, level, hours, trains, school_id, county_id, poverty.
 */
export function activityIn(user: SessionUser, span: YearSpan, countyId?: string | null): SQL {
  const { from, to } = spanDates(span);
  const where = and(visible.teachers(user), countyId ? eq(s.countyId, countyId) : undefined);
  return sql`
    select a.teacher_id, a.year, a.level, a.hours, a.trains, ${s.id} as school_id, ${s.countyId} as county_id,
      ${c.isPovertyCounty} as poverty
    from (
      select x.tenant_id, x.teacher_id, extract(year from x.completed_on)::int as year, x.level, x.hours,
        (x.reverses_id is null and not exists (
          select 1 from training_hours_entry r where r.tenant_id = x.tenant_id and r.reverses_id = x.id)) as trains
      from training_hours_entry x
      where x.completed_on between ${from}::date and ${to}::date
      union all
      select e.tenant_id, e.teacher_id, extract(year from k.end_date)::int, p.level, 0, true
      from training_enrolment e
      join training_cohort k on k.tenant_id = e.tenant_id and k.id = e.cohort_id
      join training_programme p on p.tenant_id = k.tenant_id and p.id = k.programme_id
      where e.state = 'completed' and e.result = 'passed' and k.end_date between ${from}::date and ${to}::date
    ) a
    join ${t} on ${t.tenantId} = a.tenant_id and ${t.id} = a.teacher_id
    join ${s} on ${s.tenantId} = ${t.tenantId} and ${s.id} = ${t.schoolId}
    join ${c} on ${c.tenantId} = ${s.tenantId} and ${c.id} = ${s.countyId}
    where ${where ?? sql`true`}`;
}

/** Trainees (distinct teachers) and net hours of a group of activity rows. */
export interface Figure {
  trainees: number;
  hours: number;
}

export const NO_FIGURE: Figure = { trainees: 0, hours: 0 };
