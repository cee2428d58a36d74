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

type ScopeFilter = Omit<ComplianceFilter, 'sort' | 'dir' | 'page' | 'pace'>;

/**
 * A county or school chosen in the filter, as a value the planner does not look at: the list's statement
 * then costs the same for every county, so PostgreSQL keeps one generic plan for it. Seen, a county smaller
 * than the average makes a plan of its own look cheaper, and the statement was planned again on every
 * call, which took longer than running it.
 */
const opaque = (id: string) => sql`(select ${id}::uuid)`;

/** Which teachers of the user's scope the filter keeps (over teacher and its school). */
function scopeWhere(user: SessionUser, filter: ScopeFilter): SQL {
  const term = filter.search ? likePattern(filter.search) : undefined;
  return (
    and(
      visible.teachers(user),
      filter.countyId ? eq(t.countyId, opaque(filter.countyId)) : undefined,
      filter.schoolId ? eq(t.schoolId, opaque(filter.schoolId)) : undefined,
      term ? or(like(t.name, term), like(t.idNumber, term), like(s.name, term)) : undefined,
    ) ?? sql`true`
  );
}

/** Each teacher's school: scopeWhere filters over both tables. */
const teacherAndSchool = sql`${t} join ${s} on ${s.tenantId} = ${t.tenantId} and ${s.id} = ${t.schoolId}`;

/**
 * The same rows for choosing a page: every teacher has exactly one school, so a left join keeps them, and
 * PostgreSQL drops the join when nothing reads the school (no search, no county officer's scope). A county's
 * page and count then come from teacher_county_list_idx alone.
 */
const teacherOrSchool = sql`${t} left join ${s} on ${s.tenantId} = ${t.tenantId} and ${s.id} = ${t.schoolId}`;

/** The teachers `where` keeps, with what the list shows of them and the pace needs. */
function teachersWhere(where: SQL) {
  return sql`
    select ${t.tenantId} as tenant_id, ${t.id} as teacher_id, ${t.name} as name, ${t.idNumber} as id_number,
      ${s.id} as school_id, ${s.name} as school_name, ${c.id} as county_id, ${c.name} as county_name,
      ${c.isPovertyCounty} as poverty, ${t.servingSince} as joined
    from ${teacherAndSchool}
    join ${c} on ${c.tenantId} = ${s.tenantId} and ${c.id} = ${s.countyId}
    where ${where}`;
}

/**
 * The cycle's pace of each teacher in `rows` (teachersWhere's columns), in one statement. It is paceOf
 * (packages/domain) written in SQL so that the list can filter, sort and page on it; a test holds the two
 * equal. required: pro rata by calendar months from the month a mid-cycle joiner started (half up), or
 * the full hours; expected share: elapsed days of the teacher's span over its length.
 */
function withPace(rows: SQL, cycle: Cycle, asOf: string) {
  const cs = sql`${cycle.startDate}::date`;
  const ce = sql`${cycle.endDate}::date`;
  const months = (from: SQL) =>
    sql`((extract(year from ${ce}) - extract(year from ${from})) * 12 + extract(month from ${ce}) - extract(month from ${from}) + 1)::int`;
  return sql`
    with counted as (
      select r.*, coalesce(x.hours, 0) as earned from (${rows}) r
      left join training_cycle_hours x on x.tenant_id = r.tenant_id and x.cycle_id = ${cycle.id} and x.teacher_id = r.teacher_id
    ), shares as (
      select counted.*,
        case when joined is null or joined <= ${cs} or ${cycle.joiners} = 'full' then ${months(cs)}
             when joined > ${ce} then 0 else ${months(sql`joined`)} end as owed_months,
        greatest(${cs}, coalesce(joined, ${cs})) as span_start
      from counted
    ), paced as (
      select shares.*,
        ((${cycle.requiredHours}::bigint * owed_months * 2 + ${months(cs)}) / (2 * ${months(cs)}))::int as required,
        greatest(${ce} - span_start + 1, 0) as span_days,
        least(greatest(${asOf}::date - span_start + 1, 0), greatest(${ce} - span_start + 1, 0)) as elapsed
      from shares
    )
    select paced.*,
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

/** The register's columns of the name and school orders, for choosing a page before pacing it. */
const REGISTER_ORDER = { name: [t.name], school: [s.name, t.name] };

/**
 * One page of the compliance list, or every row (`all`, for the export). In name or school order with
 * no pace filter the page's ids and the total come from the register alone (a county's from
 * teacher_county_list_idx, a school's from teacher_list_idx) and only the page is paced; sorting or
 * filtering on the pace paces every teacher of the filtered scope first.
 */
export async function complianceList(
  tx: Transaction,
  user: SessionUser,
  cycle: Cycle,
  asOf: string,
  filter: ComplianceFilter,
  all = false,
) {
  const dir = filter.dir === 'desc' ? sql`desc` : sql`asc`;
  const order = sql`order by ${ORDER[filter.sort]} ${dir}, name ${dir}, teacher_id`;
  const page = all ? sql`` : sql`limit ${PAGE_SIZE} offset ${(filter.page - 1) * PAGE_SIZE}`;
  const where = scopeWhere(user, filter);
  // PAGE_SIZE is written into the statement: as a parameter, the generic plan expects a tenth of the scope
  // on the page and reads every teacher of the city to pace it.
  const statement =
    !all && !filter.pace && (filter.sort === 'name' || filter.sort === 'school')
      ? sql`with page as (
            select ${t.id} as id from ${teacherOrSchool} where ${where}
            order by ${sql.join(
              REGISTER_ORDER[filter.sort].map((column) => sql`${column} ${dir}`),
              sql`, `,
            )}, ${t.id} limit ${sql.raw(String(PAGE_SIZE))} offset ${(filter.page - 1) * PAGE_SIZE})
          select p.*, (select count(*) from ${teacherOrSchool} where ${where})::int as total
          from (${withPace(teachersWhere(sql`${t.id} in (select id from page)`), cycle, asOf)}) p ${order}`
      : sql`select *, count(*) over ()::int as total from (${withPace(teachersWhere(where), cycle, asOf)}) p
          where ${paceFilter(filter.pace)} ${order} ${page}`;
  const list = [...(await tx.execute<RawRow & { total: number }>(statement))];
  const total = list[0]?.total ?? (filter.page > 1 ? await countPaced(tx, user, cycle, asOf, filter) : 0);
  return toPage(list.map(toRow), total, filter.page);
}

/** How many rows the list has, asked only for a page past its end (which carries no total); paced only to filter on pace. */
async function countPaced(tx: Transaction, user: SessionUser, cycle: Cycle, asOf: string, filter: ComplianceFilter) {
  const where = scopeWhere(user, filter);
  const [row] = await tx.execute<{ n: number }>(
    filter.pace
      ? sql`select count(*)::int as n from (${withPace(teachersWhere(where), cycle, asOf)}) p where ${paceFilter(filter.pace)}`
      : sql`select count(*)::int as n from ${teacherOrSchool} where ${where}`,
  );
  return row?.n ?? 0;
}

/** Per county of the scope (or of the one county asked for): teachers, trained at least once in the cycle, on pace, behind, hours. */
export async function complianceSummary(tx: Transaction, user: SessionUser, cycle: Cycle, asOf: string, countyId?: string) {
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
    from (${withPace(teachersWhere(scopeWhere(user, { countyId })), cycle, asOf)}) r
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
