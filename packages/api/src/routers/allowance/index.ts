import { schema } from '@tongxing/db';
import { and, asc, desc, eq } from 'drizzle-orm';
import { notFound } from '../../problems';
import { heavy } from '../../heavy';
import { permitted } from '../../procedures';
import { router } from '../../trpc';
import { simulate } from '../../allowance/simulate';
import { teacherLinesOf } from '../../allowance/teacher-lines';
import { teacherYearInput, teacherYearLines } from '../../allowance/teacher-year';
import { previewMonth } from './preview';
import { checkDraft, publish, versionValues } from './rules';
import { deleteType, renameType, renameTypeInput, typeIdInput } from './types';
import {
  createDraftInput,
  createTypeInput,
  listVersionsInput,
  previewInput,
  ruleVersionIdInput,
  setBaseInput,
  simulateInput,
  updateDraftInput,
} from './schemas';

const v = schema.ruleVersion;
const read = permitted('allowance.read');
const manage = permitted('allowance.rules');

/** A city's allowance configuration: types, rule versions (draft → published), wage bases; and the preview. */
export const allowanceRouter = router({
  types: read.query(({ ctx }) =>
    ctx.tx.select().from(schema.allowanceType).orderBy(asc(schema.allowanceType.sortOrder), asc(schema.allowanceType.name)),
  ),

  createType: manage.input(createTypeInput).mutation(async ({ ctx, input }) => {
    const [row] = await ctx.tx
      .insert(schema.allowanceType)
      .values({ tenantId: ctx.user.tenantId, ...input })
      .returning();
    return row!;
  }),

  renameType: manage.input(renameTypeInput).mutation(({ ctx, input }) => renameType(ctx.tx, input)),

  /** Only a type with no published version and no sheet lines (a mistake); the refusal names the reason. */
  deleteType: manage.input(typeIdInput).mutation(({ ctx, input }) => deleteType(ctx.tx, input)),

  versions: read.input(listVersionsInput).query(({ ctx, input }) =>
    ctx.tx
      .select()
      .from(v)
      .where(input.allowanceTypeId ? eq(v.allowanceTypeId, input.allowanceTypeId) : undefined)
      .orderBy(asc(v.allowanceTypeId), desc(v.effectiveFrom)),
  ),

  createDraft: manage.input(createDraftInput).mutation(async ({ ctx, input }) => {
    const { allowanceTypeId, ...fields } = input;
    await checkDraft(ctx.tx, allowanceTypeId, fields);
    const [row] = await ctx.tx
      .insert(v)
      .values({ tenantId: ctx.user.tenantId, allowanceTypeId, ...versionValues(fields), createdBy: ctx.user.id })
      .returning();
    return row!;
  }),

  /** Only drafts change; a published version is frozen (the database refuses too). */
  updateDraft: manage.input(updateDraftInput).mutation(async ({ ctx, input }) => {
    const { ruleVersionId, ...fields } = input;
    const [draft] = await ctx.tx
      .select({ typeId: v.allowanceTypeId })
      .from(v)
      .where(and(eq(v.id, ruleVersionId), eq(v.state, 'draft')));
    if (!draft) throw notFound();
    await checkDraft(ctx.tx, draft.typeId, fields);
    const [row] = await ctx.tx.update(v).set(versionValues(fields)).where(eq(v.id, ruleVersionId)).returning();
    return row!;
  }),

  publish: manage.input(ruleVersionIdInput).mutation(({ ctx, input }) => publish(ctx.tx, ctx.user, input.ruleVersionId)),

  discardDraft: manage.input(ruleVersionIdInput).mutation(async ({ ctx, input }) => {
    const [row] = await ctx.tx
      .delete(v)
      .where(and(eq(v.id, input.ruleVersionId), eq(v.state, 'draft')))
      .returning({ id: v.id });
    if (!row) throw notFound();
    return row;
  }),

  bases: read.query(({ ctx }) => ctx.tx.select().from(schema.wageBase).orderBy(desc(schema.wageBase.year), asc(schema.wageBase.name))),

  setBase: manage.input(setBaseInput).mutation(async ({ ctx, input }) => {
    const values = { tenantId: ctx.user.tenantId, ...input, countyId: input.countyId ?? null };
    const [row] = await ctx.tx
      .insert(schema.wageBase)
      .values(values)
      .onConflictDoUpdate({
        target: [schema.wageBase.tenantId, schema.wageBase.name, schema.wageBase.year, schema.wageBase.countyId],
        set: { annualFen: input.annualFen },
      })
      .returning();
    return row!;
  }),

  /** What publishing a set of drafts would cost per county, month and year, and who gains or loses. */
  simulate: manage
    .use(heavy)
    .input(simulateInput)
    .query(({ ctx, input }) => simulate(ctx.tx, input)),

  /** What the sheets of a year hold for a teacher, month by month, adjustments included. */
  teacherYear: permitted('allowance.preview')
    .input(teacherYearInput)
    .query(({ ctx, input }) => teacherYearLines(ctx.tx, input)),

  /** A teacher's month in one unit of work: what the sheets hold, and the preview under the published rules. */
  teacherMonth: permitted('allowance.preview')
    .input(previewInput)
    .query(async ({ ctx, input }) => {
      const [sheetLines, preview] = await Promise.all([
        teacherLinesOf(ctx.tx, input.teacherId, input.month),
        previewMonth(ctx.tx, input.teacherId, input.month),
      ]);
      return { sheetLines, preview };
    }),

  /** A teacher's month under the published rules, with the explanation of each amount. */
  preview: permitted('allowance.preview')
    .input(previewInput)
    .query(({ ctx, input }) => previewMonth(ctx.tx, input.teacherId, input.month)),
});
