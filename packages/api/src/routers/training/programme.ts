import { TRPCError } from '@trpc/server';
import { schema } from '@tongxing/db';
import { and, asc, count, eq, like, or, sql } from 'drizzle-orm';
import { likePattern, ordered, PAGE_SIZE, toPage } from '../../inputs';
import { badInput } from '../../problems';
import { permitted } from '../../procedures';
import { assertLevel } from '../../training/levels';
import { programmeRunBy } from '../../training/owner';
import { router } from '../../trpc';
import { addLevelInput, createProgrammeInput, listProgrammesInput, programmeIdInput, updateProgrammeInput } from './schemas';

const p = schema.trainingProgramme;
const c = schema.trainingCohort;
const level = schema.trainingLevel;

const firstStart = sql<
  string | null
>`(select min(${c.startDate}) from ${c} where ${c.tenantId} = ${p.tenantId} and ${c.programmeId} = ${p.id})`;

/** Programmes (培训项目): the city's catalogue, readable by all its users; run by the city or one county. */
export const programmeRouter = router({
  list: permitted('training.read')
    .input(listProgrammesInput)
    .query(async ({ ctx, input }) => {
      const term = input.search ? likePattern(input.search) : undefined;
      const where = and(
        term ? or(like(p.name, term), like(p.provider, term), like(p.partner, term), like(p.documentNo, term)) : undefined,
        input.level ? eq(p.level, input.level) : undefined,
        input.form ? eq(p.form, input.form) : undefined,
        input.year
          ? // The outer columns are named in full: the count below selects from one table, which drizzle leaves unqualified.
            sql`exists (select 1 from training_cohort y where y.tenant_id = training_programme.tenant_id
              and y.programme_id = training_programme.id and extract(year from y.start_date) = ${input.year})`
          : undefined,
      );
      const order = { start: [firstStart, p.name], name: [p.name], level: [p.level, p.name] }[input.sort];
      const [rows, [total]] = await Promise.all([
        ctx.tx
          .select({
            id: p.id,
            name: p.name,
            level: p.level,
            form: p.form,
            countyId: p.countyId,
            countyName: schema.county.name,
            provider: p.provider,
            partner: p.partner,
            firstStart,
            cohorts: sql<number>`(select count(*) from ${c} where ${c.tenantId} = ${p.tenantId} and ${c.programmeId} = ${p.id})`.mapWith(
              Number,
            ),
            places:
              sql<number>`(select coalesce(sum(${c.capacity}), 0) from ${c} where ${c.tenantId} = ${p.tenantId} and ${c.programmeId} = ${p.id})`.mapWith(
                Number,
              ),
            held: sql<number>`(select coalesce(sum(${c.held}), 0) from ${c} where ${c.tenantId} = ${p.tenantId} and ${c.programmeId} = ${p.id})`.mapWith(
              Number,
            ),
          })
          .from(p)
          .leftJoin(schema.county, and(eq(schema.county.tenantId, p.tenantId), eq(schema.county.id, p.countyId)))
          .where(where)
          .orderBy(...ordered(order, input.dir), asc(p.id))
          .limit(PAGE_SIZE)
          .offset((input.page - 1) * PAGE_SIZE),
        ctx.tx.select({ n: count() }).from(p).where(where),
      ]);
      return toPage(rows, total?.n ?? 0, input.page);
    }),

  get: permitted('training.read')
    .input(programmeIdInput)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .select({ programme: p, countyName: schema.county.name })
        .from(p)
        .leftJoin(schema.county, and(eq(schema.county.tenantId, p.tenantId), eq(schema.county.id, p.countyId)))
        .where(eq(p.id, input.programmeId));
      if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
      const cohorts = await ctx.tx.select().from(c).where(eq(c.programmeId, input.programmeId)).orderBy(asc(c.startDate), asc(c.name));
      return { ...row.programme, countyName: row.countyName, cohorts };
    }),

  create: permitted('training.manage')
    .input(createProgrammeInput)
    .mutation(async ({ ctx, input }) => {
      if (ctx.user.role === 'county_officer' && !input.countyId) throw badInput('countyId', 'scope_required');
      await assertLevel(ctx.tx, input.level);
      const [row] = await ctx.tx
        .insert(p)
        .values({
          tenantId: ctx.user.tenantId,
          ...input,
          countyId: input.countyId ?? null,
          providerId: input.providerId ?? null,
          createdBy: ctx.user.id,
        })
        .returning();
      return row!;
    }),

  update: permitted('training.manage')
    .input(updateProgrammeInput)
    .mutation(async ({ ctx, input }) => {
      const { programmeId, ...fields } = input;
      await programmeRunBy(ctx.tx, ctx.user, programmeId);
      await assertLevel(ctx.tx, fields.level);
      const [row] = await ctx.tx
        .update(p)
        .set({ ...fields, providerId: fields.providerId ?? null })
        .where(eq(p.id, programmeId))
        .returning();
      return row!;
    }),

  /** The city's levels (国培 … and its own), in their order. */
  levels: permitted('training.read').query(({ ctx }) =>
    ctx.tx.select({ name: level.name }).from(level).orderBy(asc(level.sortOrder), asc(level.name)),
  ),

  addLevel: permitted('training.configure')
    .input(addLevelInput)
    .mutation(async ({ ctx, input }) => {
      const [last] = await ctx.tx.select({ n: sql<number>`coalesce(max(${level.sortOrder}), 0)`.mapWith(Number) }).from(level);
      const [row] = await ctx.tx
        .insert(level)
        .values({ tenantId: ctx.user.tenantId, name: input.name, sortOrder: (last?.n ?? 0) + 1 })
        .returning({ name: level.name });
      return row!;
    }),
});
