import { schema } from '@tongxing/db';
import { and, asc, count, eq, like, sql } from 'drizzle-orm';
import { likePattern, PAGE_SIZE, toPage } from '../../inputs';
import { heavy } from '../../heavy';
import { permitted } from '../../procedures';
import { monthSheets } from '../../allowance/month-sheets';
import { runMonth } from '../../allowance/run-month';
import { teacherLinesOf } from '../../allowance/teacher-lines';
import { bankRows, noticeRows } from '../../allowance/sheet-excel';
import { router } from '../../trpc';
import { approveMany, transition } from './decide';
import { sheetTotals, totalsInput } from './totals';
import { approveManyInput, linesInput, overviewInput, returnInput, runInput, sheetIdInput, teacherLinesInput } from './schemas';

const sheet = schema.allowanceSheet;
const line = schema.allowanceLine;

/** Monthly sheets: a county runs and submits its month, the city approves or returns it; approved is locked. */
export const sheetRouter = router({
  run: permitted('allowance.run')
    .use(heavy)
    .input(runInput)
    .mutation(({ ctx, input }) => runMonth(ctx.tx, ctx.user.tenantId, input.countyId, input.month)),

  submit: permitted('allowance.run')
    .input(sheetIdInput)
    .mutation(({ ctx, input }) => transition(ctx.tx, ctx.user, input.sheetId, ['draft'], 'submitted')),

  approve: permitted('allowance.approve')
    .input(sheetIdInput)
    .mutation(({ ctx, input }) => transition(ctx.tx, ctx.user, input.sheetId, ['submitted'], 'approved')),

  return: permitted('allowance.approve')
    .input(returnInput)
    .mutation(({ ctx, input }) => transition(ctx.tx, ctx.user, input.sheetId, ['submitted'], 'returned', input.comment)),

  approveMany: permitted('allowance.approve')
    .input(approveManyInput)
    .mutation(({ ctx, input }) => approveMany(ctx.tx, ctx.user, input.month, input.countyIds)),

  /** Every visible county's sheet state and totals for a month. */
  overview: permitted('allowance.run')
    .input(overviewInput)
    .query(({ ctx, input }) => monthSheets(ctx.tx, ctx.user, input.month)),

  /** Totals in 分 per sheet month × visible county × allowance type, with each sheet's state (at most 24 months). */
  totals: permitted('allowance.run')
    .input(totalsInput)
    .query(({ ctx, input }) => sheetTotals(ctx.tx, ctx.user, input)),

  /** A sheet's lines with the teacher and school, searchable and paged. */
  lines: permitted('allowance.run')
    .input(linesInput)
    .query(async ({ ctx, input }) => {
      const where = and(eq(line.sheetId, input.sheetId), input.search ? like(schema.teacher.name, likePattern(input.search)) : undefined);
      const join = and(eq(schema.teacher.tenantId, line.tenantId), eq(schema.teacher.id, line.teacherId));
      const [rows, [total]] = await Promise.all([
        ctx.tx
          .select({
            id: line.id,
            kind: line.kind,
            month: line.month,
            amountFen: line.amountFen,
            approvedFen: line.approvedFen,
            recomputedFen: line.recomputedFen,
            segments: line.segments,
            teacherId: line.teacherId,
            teacherName: schema.teacher.name,
            idNumber: schema.teacher.idNumber,
            allowanceType: schema.allowanceType.name,
          })
          .from(line)
          .innerJoin(schema.teacher, join)
          .innerJoin(
            schema.allowanceType,
            and(eq(schema.allowanceType.tenantId, line.tenantId), eq(schema.allowanceType.id, line.allowanceTypeId)),
          )
          .where(where)
          .orderBy(asc(schema.teacher.name), asc(line.month))
          .limit(PAGE_SIZE)
          .offset((input.page - 1) * PAGE_SIZE),
        ctx.tx.select({ n: count() }).from(line).innerJoin(schema.teacher, join).where(where),
      ]);
      return toPage(rows, total?.n ?? 0, input.page);
    }),

  /** A sheet's state and county, for its page. */
  get: permitted('allowance.run')
    .input(sheetIdInput)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .select({
          id: sheet.id,
          countyId: sheet.countyId,
          countyName: schema.county.name,
          month: sheet.month,
          state: sheet.state,
          comment: sheet.comment,
          computedAt: sheet.computedAt,
        })
        .from(sheet)
        .innerJoin(schema.county, and(eq(schema.county.tenantId, sheet.tenantId), eq(schema.county.id, sheet.countyId)))
        .where(eq(sheet.id, input.sheetId));
      return row ?? null;
    }),

  /** A sheet's totals by the teachers' schools: one GROUP BY over its lines. */
  totalsBySchool: permitted('allowance.run')
    .input(sheetIdInput)
    .query(({ ctx, input }) =>
      ctx.tx
        .select({
          schoolId: schema.school.id,
          schoolName: schema.school.name,
          teachers: sql<number>`count(distinct ${line.teacherId})`.mapWith(Number),
          lines: sql<number>`count(*)`.mapWith(Number),
          totalFen: sql<number>`coalesce(sum(${line.amountFen}), 0)`.mapWith(Number),
        })
        .from(line)
        .innerJoin(schema.teacher, and(eq(schema.teacher.tenantId, line.tenantId), eq(schema.teacher.id, line.teacherId)))
        .leftJoin(schema.school, and(eq(schema.school.tenantId, schema.teacher.tenantId), eq(schema.school.id, schema.teacher.schoolId)))
        .where(eq(line.sheetId, input.sheetId))
        .groupBy(schema.school.tenantId, schema.school.id)
        .orderBy(asc(schema.school.name)),
    ),

  /** Rows of the Excel exports: the bank file (approved sheets only) or the public notice (ID numbers masked). */
  exportBank: permitted('allowance.run')
    .input(sheetIdInput)
    .query(({ ctx, input }) => bankRows(ctx.tx, input.sheetId)),
  exportNotice: permitted('allowance.run')
    .input(sheetIdInput)
    .query(({ ctx, input }) => noticeRows(ctx.tx, input.sheetId)),

  /** What a teacher was paid for a month and why: the lines of approved or pending sheets, adjustments included. */
  teacherLines: permitted('allowance.preview')
    .input(teacherLinesInput)
    .query(({ ctx, input }) => teacherLinesOf(ctx.tx, input.teacherId, input.month)),
});
