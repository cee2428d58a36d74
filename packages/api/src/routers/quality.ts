import { todayInChina } from '@tongxing/domain';
import { z } from 'zod';
import { entityId } from '../inputs';
import { sql } from 'drizzle-orm';
import { COLUMNS, header } from '../register/import/columns';
import { permitted } from '../procedures';
import { QUALITY_CHECKS, qualityChecks, type QualityCheck } from '../register/quality';
import { countyAsked } from '../scope';
import { router } from '../trpc';

const LIMIT = 100;

/** The city may look at one county's findings. */
const qualityBoardInput = z.object({ countyId: entityId().optional() }).default({});

interface Finding extends Record<string, unknown> {
  teacher_id: string;
  teacher_name: string;
  school_id: string | null;
  school_name: string | null;
  detail: string | null;
}

/** 核查: the register's checks (register/quality.ts) with their first findings, and ID numbers refused in imports. */
export const qualityRouter = router({
  board: permitted('register.quality')
    .input(qualityBoardInput)
    .query(async ({ ctx, input }) => {
      const today = todayInChina();
      const county = countyAsked(ctx.user, input.countyId);
      const checks = qualityChecks(county, today);
      const run = async (key: QualityCheck) => {
        const { columns, from, order } = checks[key];
        const rows = await ctx.tx.execute<Finding & { total: number }>(
          sql`select ${columns}, count(*) over ()::int as total ${from} ${order} limit ${LIMIT}`,
        );
        return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _t, ...r }) => r as Finding) };
      };
      const found = await Promise.all(QUALITY_CHECKS.map(run));
      const findings = Object.fromEntries(QUALITY_CHECKS.map((key, i) => [key, found[i]!])) as Record<QualityCheck, (typeof found)[number]>;
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
      return { asOf: today, ...findings, importIdNumbers };
    }),
});
