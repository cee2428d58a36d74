import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { entityId, likePattern, listInput, PAGE_SIZE, sortDir, toPage } from '../../inputs';
import { activityIn } from './activity';
import { yearSpan } from './span';

export const TRAINEE_SORTS = ['name', 'school', 'hours'] as const;

/**
 * The teachers behind a figure of the levels and poverty reports: a span of years, narrowed to a level,
 * a county, a school or the poverty counties (or the others, `poverty: false`).
 */
export const traineeListInput = z.object({
  ...yearSpan,
  ...listInput,
  level: z.string().trim().min(1).max(20).optional(),
  countyId: entityId().optional(),
  schoolId: entityId().optional(),
  poverty: z.boolean().optional(),
  sort: z.enum(TRAINEE_SORTS).default('name'),
  dir: sortDir(),
});
export type TraineeListInput = z.infer<typeof traineeListInput>;

export interface TraineeRow {
  teacherId: string;
  name: string;
  schoolName: string;
  countyName: string;
  isPovertyCounty: boolean;
  levels: string[];
  hours: number;
}

const ORDER = { name: sql`name`, school: sql`school_name`, hours: sql`hours` };

/**
 * One page of trainees (or all of them, for the export): each teacher who counts as a trainee under the
 * filter (see `activityIn`), with their net hours under it and the levels they trained at. The page's
 * total is the figure's trainee count and `hours` its hours, so the list and the report agree.
 */
export async function traineeList(tx: Transaction, user: SessionUser, input: TraineeListInput, all = false) {
  const dir = input.dir === 'desc' ? sql`desc` : sql`asc`;
  const filters = [
    input.level ? sql`a.level = ${input.level}` : sql`true`,
    input.schoolId ? sql`a.school_id = ${input.schoolId}` : sql`true`,
    input.poverty === undefined ? sql`true` : sql`a.poverty = ${input.poverty}`,
  ];
  const term = input.search ? sql`and t.name ilike ${likePattern(input.search)}` : sql``;
  const page = all ? sql`` : sql`limit ${PAGE_SIZE} offset ${(input.page - 1) * PAGE_SIZE}`;
  const rows = await tx.execute<{
    teacher_id: string | null;
    name: string;
    school_name: string;
    county_name: string;
    poverty: boolean;
    levels: string[];
    hours: number;
    total: number;
    total_hours: number;
  }>(sql`
    with g as (
      select g.teacher_id, t.name, s.name as school_name, c.name as county_name, c.is_poverty_county as poverty, g.levels, g.hours
      from (
        select a.teacher_id, array_agg(distinct a.level order by a.level) filter (where a.trains) as levels, sum(a.hours)::int as hours
        from (${activityIn(user, input, input.countyId)}) a
        where ${sql.join(filters, sql` and `)}
        group by a.teacher_id
        having bool_or(a.trains)
      ) g
      join teacher t on t.id = g.teacher_id
      join school s on s.tenant_id = t.tenant_id and s.id = t.school_id
      join county c on c.tenant_id = s.tenant_id and c.id = s.county_id
      where true ${term}),
    totals as (select count(*)::int as total, coalesce(sum(hours), 0)::int as total_hours from g)
    select p.*, totals.* from totals
    left join lateral (select * from g order by ${ORDER[input.sort]} ${dir}, name ${dir}, teacher_id ${page}) p on true`);
  const [first] = rows;
  const list = [...rows].filter((r) => r.teacher_id !== null);
  const total = first?.total ?? 0;
  return {
    ...toPage(
      list.map((r): TraineeRow => ({
        teacherId: r.teacher_id!,
        name: r.name,
        schoolName: r.school_name,
        countyName: r.county_name,
        isPovertyCounty: r.poverty,
        levels: r.levels,
        hours: r.hours,
      })),
      total,
      input.page,
    ),
    hours: first?.total_hours ?? 0,
  };
}
