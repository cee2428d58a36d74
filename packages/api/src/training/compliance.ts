import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { likePattern, PAGE_SIZE, toPage } from '../inputs';
import { visible } from '../scope';
import type { Cycle } from './pace';

const t = schema.teacher;
const s = schema.school;
const c = schema.county;

export interface ComplianceFilter {
  countyId?: string;
  schoolId?: string;
  search?: string;
  pace?: 'behind' | 'onPace' | 'untrained';
  sort: 'name' | 'school' | 'earned' | 'missing';
  dir: 'asc' | 'desc';
  page: number;
}

/**
 * The cycle's pace for every teacher of the user's scope, in one statement. It is paceOf (packages/
 * domain) written in SQL so that the list can filter, sort and page on it; a test holds the two equal.
 * required: pro rata by calendar months from the month a mid-cycle joiner started (half up), or the
 * full hours; expected share: elapsed days of the teacher's span over its length.
 */
function paceRows(user: SessionUser, cycle: Cycle, asOf: string, filter: Omit<ComplianceFilter, 'sort' | 'dir' | 'page'>) {
  const term = filter.search ? likePattern(filter.search) : undefined;
  const where = and(
    visible.teachers(user),
    filter.countyId ? eq(s.countyId, filter.countyId) : undefined,
    filter.schoolId ? eq(t.schoolId, filter.schoolId) : undefined,
    term ? or(like(t.name, term), like(t.idNumber, term), like(s.name, term)) : undefined,
  );
  const cs = sql`${cycle.startDate}::date`;
  const ce = sql`${cycle.endDate}::date`;
  const months = (from: SQL) =>
    sql`((extract(year from ${ce}) - extract(year from ${from})) * 12 + extract(month from ${ce}) - extract(month from ${from}) + 1)::int`;
  return sql`
    with base as (
      select ${t.id} as teacher_id, ${t.name} as name, ${t.idNumber} as id_number, ${s.id} as school_id, ${s.name} as school_name,
        ${c.id} as county_id, ${c.name} as county_name, ${c.isPovertyCounty} as poverty,
        (select min(p.start_date) from post p where p.tenant_id = ${t.tenantId} and p.teacher_id = ${t.id} and p.is_primary) as joined,
        coalesce((select x.hours from training_cycle_hours x
          where x.tenant_id = ${t.tenantId} and x.cycle_id = ${cycle.id} and x.teacher_id = ${t.id}), 0) as earned
      from ${t}
      join ${s} on ${s.tenantId} = ${t.tenantId} and ${s.id} = ${t.schoolId}
      join ${c} on ${c.tenantId} = ${s.tenantId} and ${c.id} = ${s.countyId}
      where ${where ?? sql`true`}
    ), shares as (
      select base.*,
        case when joined is null or joined <= ${cs} or ${cycle.joiners} = 'full' then ${months(cs)}
             when joined > ${ce} then 0 else ${months(sql`joined`)} end as owed_months,
        greatest(${cs}, coalesce(joined, ${cs})) as span_start
      from base
    ), paced as (
      select shares.*,
        ((${cycle.requiredHours}::bigint * owed_months * 2 + ${months(cs)}) / (2 * ${months(cs)}))::int as required,
        greatest(${ce} - span_start + 1, 0) as span_days,
        least(greatest(${asOf}::date - span_start + 1, 0), greatest(${ce} - span_start + 1, 0)) as elapsed
      from shares
    )
    select teacher_id, name, id_number, school_id, school_name, county_id, county_name, poverty, joined, earned, required,
      case when span_days > 0 then ((required::bigint * elapsed + span_days - 1) / span_days)::int else required end as expected,
      earned::bigint * span_days >= required::bigint * elapsed as on_pace,
      greatest(required - earned, 0) as missing
    from paced`;
}

export interface ComplianceRow {
  teacherId: string;
  name: string;
  idNumber: string;
  schoolId: string;
  schoolName: string;
  countyId: string;
  countyName: string;
  joinedOn: string | null;
  earned: number;
  required: number;
  expected: number;
  onPace: boolean;
  missing: number;
}

type RawRow = {
  teacher_id: string;
  name: string;
  id_number: string;
  school_id: string;
  school_name: string;
  county_id: string;
  county_name: string;
  joined: string | null;
  earned: number;
  required: number;
  expected: number;
  on_pace: boolean;
  missing: number;
};

function toRow(r: RawRow): ComplianceRow {
  return {
    teacherId: r.teacher_id,
    name: r.name,
    idNumber: r.id_number,
    schoolId: r.school_id,
    schoolName: r.school_name,
    countyId: r.county_id,
    countyName: r.county_name,
    joinedOn: r.joined,
    earned: r.earned,
    required: r.required,
    expected: r.expected,
    onPace: r.on_pace,
    missing: r.missing,
  };
}

const ORDER = { name: sql`name`, school: sql`school_name`, earned: sql`earned`, missing: sql`missing` };

function paceFilter(pace: ComplianceFilter['pace']): SQL {
  if (pace === 'behind') return sql`not on_pace`;
  if (pace === 'onPace') return sql`on_pace`;
  if (pace === 'untrained') return sql`earned = 0`;
  return sql`true`;
}

/** One page of the compliance list, or every row (`all`, for the export). */
export async function complianceList(
  tx: Transaction,
  user: SessionUser,
  cycle: Cycle,
  asOf: string,
  filter: ComplianceFilter,
  all = false,
) {
  const dir = filter.dir === 'desc' ? sql`desc` : sql`asc`;
  const rows = await tx.execute<RawRow & { total: number }>(sql`
    select *, count(*) over ()::int as total from (${paceRows(user, cycle, asOf, filter)}) r
    where ${paceFilter(filter.pace)}
    order by ${ORDER[filter.sort]} ${dir}, name ${dir}, teacher_id
    ${all ? sql`` : sql`limit ${PAGE_SIZE} offset ${(filter.page - 1) * PAGE_SIZE}`}`);
  const list = [...rows];
  return toPage(list.map(toRow), list[0]?.total ?? 0, filter.page);
}

/** Per county of the scope: teachers, trained at least once in the cycle, on pace, behind, hours. */
export async function complianceSummary(tx: Transaction, user: SessionUser, cycle: Cycle, asOf: string) {
  const rows = await tx.execute<{
    county_id: string;
    county_name: string;
    poverty: boolean;
    teachers: number;
    trained: number;
    on_pace: number;
    hours: number;
  }>(sql`
    select county_id, county_name, poverty, count(*)::int as teachers, count(*) filter (where earned > 0)::int as trained,
      count(*) filter (where on_pace)::int as on_pace, coalesce(sum(earned), 0)::int as hours
    from (${paceRows(user, cycle, asOf, {})}) r
    group by county_id, county_name, poverty order by county_name`);
  return [...rows].map((r) => ({
    countyId: r.county_id,
    countyName: r.county_name,
    isPovertyCounty: r.poverty,
    teachers: r.teachers,
    trained: r.trained,
    onPace: r.on_pace,
    behind: r.teachers - r.on_pace,
    hours: r.hours,
  }));
}
