import { addMonths, DATE_LIMITS, todayInChina } from '@tongxing/domain';
import { sql } from 'drizzle-orm';
import { COLUMNS, header } from '../register/import/columns';
import { permitted } from '../procedures';
import { router } from '../trpc';

const LIMIT = 100;

interface Finding extends Record<string, unknown> {
  teacher_id: string;
  teacher_name: string;
  school_id: string | null;
  school_name: string | null;
  detail: string | null;
}

/**
 * 核查: what the register can find wrong by itself. Each check is one SQL statement over the user's
 * scope (the county filter for county officers; RLS keeps it in the tenant).
 */
export const qualityRouter = router({
  board: permitted('register.quality').query(async ({ ctx }) => {
    const today = todayInChina();
    const county = ctx.user.role === 'county_officer' ? ctx.user.countyId : null;
    const inScope = sql`(${county}::uuid is null or s.county_id = ${county}::uuid)`;
    const run = async (query: ReturnType<typeof sql>) => {
      const rows = await ctx.tx.execute<Finding & { total: number }>(query);
      return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _t, ...r }) => r as Finding) };
    };
    // possible but unusual (the impossible is refused on entry, by the same DATE_LIMITS)
    const farAhead = addMonths(today, DATE_LIMITS.usualMonthsAhead);
    const [noCurrentPost, closedSchool, overlapping, noSuccessor, unlikelyStart] = await Promise.all([
      run(sql`select t.id as teacher_id, t.name as teacher_name, s.id as school_id, s.name as school_name, null as detail, count(*) over ()::int as total
        from teacher t join school s on s.tenant_id = t.tenant_id and s.id = t.school_id
        where ${inScope} and not exists (select 1 from post p where p.tenant_id = t.tenant_id and p.teacher_id = t.id and p.is_primary
          and p.start_date <= ${today}::date and (p.end_date is null or p.end_date > ${today}::date))
        order by t.name limit ${LIMIT}`),
      run(sql`select t.id as teacher_id, t.name as teacher_name, s.id as school_id, s.name as school_name, s.closed_on::text as detail, count(*) over ()::int as total
        from post p join school s on s.tenant_id = p.tenant_id and s.id = p.school_id
        join teacher t on t.tenant_id = p.tenant_id and t.id = p.teacher_id
        where ${inScope} and s.closed_on is not null and (p.end_date is null or p.end_date > s.closed_on)
        order by t.name limit ${LIMIT}`),
      run(sql`select t.id as teacher_id, t.name as teacher_name, s.id as school_id, s.name as school_name, null as detail, count(*) over ()::int as total
        from post a join post b on b.tenant_id = a.tenant_id and b.teacher_id = a.teacher_id and b.id > a.id and b.is_primary
          and daterange(a.start_date, a.end_date) && daterange(b.start_date, b.end_date)
        join teacher t on t.tenant_id = a.tenant_id and t.id = a.teacher_id
        join school s on s.tenant_id = a.tenant_id and s.id = a.school_id
        where a.is_primary and ${inScope} limit ${LIMIT}`),
      run(sql`select t.id as teacher_id, t.name as teacher_name, s.id as school_id, s.name as school_name, p.end_date::text as detail, count(*) over ()::int as total
        from post p join teacher t on t.tenant_id = p.tenant_id and t.id = p.teacher_id
        join school s on s.tenant_id = p.tenant_id and s.id = p.school_id
        where ${inScope} and p.is_primary and p.end_date is not null and not exists (
          select 1 from post n where n.tenant_id = p.tenant_id and n.teacher_id = p.teacher_id and n.is_primary and n.start_date = p.end_date)
        order by p.end_date desc limit ${LIMIT}`),
      run(sql`select t.id as teacher_id, t.name as teacher_name, s.id as school_id, s.name as school_name, p.start_date::text as detail, count(*) over ()::int as total
        from post p join teacher t on t.tenant_id = p.tenant_id and t.id = p.teacher_id
        join school s on s.tenant_id = p.tenant_id and s.id = p.school_id
        where ${inScope} and (p.start_date < t.birth_date + make_interval(years => ${DATE_LIMITS.usualMinAge}) or p.start_date > ${farAhead}::date)
        order by p.start_date desc, t.name limit ${LIMIT}`),
    ]);
    // ID numbers refused in teacher imports of the last 180 days (the file's row and the reason)
    const idColumn = header(COLUMNS.teacher.find((c) => c.field === 'idNumber')!);
    const importRows = await ctx.tx.execute<{
      job_id: string;
      file_name: string;
      at: string;
      uploader: string;
      row: number;
      reason: string;
      total: number;
    }>(
      sql`select j.id as job_id, j.file_name, j.created_at::text as at, u.display_name as uploader, (e ->> 'row')::int as row, e ->> 'reason' as reason,
          count(*) over ()::int as total
        from import_job j join app_user u on u.tenant_id = j.tenant_id and u.id = j.created_by
        cross join lateral jsonb_array_elements(j.errors) e
        where j.kind = 'teacher' and e ->> 'column' = ${idColumn} and j.created_at > now() - interval '180 days'
          and (${county}::uuid is null or u.county_id = ${county}::uuid)
        order by j.created_at desc, (e ->> 'row')::int limit ${LIMIT}`,
    );
    const importIdNumbers = {
      total: importRows[0]?.total ?? 0,
      rows: importRows.map((r) => ({
        jobId: r.job_id,
        fileName: r.file_name,
        at: r.at,
        uploader: r.uploader,
        row: r.row,
        reason: r.reason,
      })),
    };
    return { asOf: today, noCurrentPost, closedSchool, overlapping, noSuccessor, unlikelyStart, importIdNumbers };
  }),
});
