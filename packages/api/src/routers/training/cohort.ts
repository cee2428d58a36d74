import { schema } from '@tongxing/db';
import { isOffTheJob, todayInChina } from '@tongxing/domain';
import { and, asc, count, desc, eq, gt, gte, like, lt, lte, or, sql } from 'drizzle-orm';
import { likePattern, PAGE_SIZE, toPage } from '../../inputs';
import { violatedConstraint } from '../../postgres-errors';
import { badInput } from '../../problems';
import { permitted } from '../../procedures';
import { cohortWithProgramme, programmeRunBy, provides, runs } from '../../training/owner';
import { router } from '../../trpc';
import { cohortIdInput, createCohortInput, listCohortsInput, setQuotasInput, updateCohortInput } from './schemas';

const c = schema.trainingCohort;
const p = schema.trainingProgramme;
const q = schema.trainingQuota;
const e = schema.trainingEnrolment;

/** Turns the database's refusals of a cohort change into the field and reason a user can act on. */
function cohortRefusal(error: unknown): never {
  const constraint = violatedConstraint(error);
  if (constraint === 'training_cohort_capacity_full') throw badInput('capacity', 'capacity_below_held');
  if (constraint === 'teacher_away_no_overlap') throw badInput('startDate', 'cohort_dates_overlap');
  throw error;
}

/** Cohorts (期次): dates, places and hours; the city sets each county's places. */
export const cohortRouter = router({
  list: permitted('training.read')
    .input(listCohortsInput)
    .query(async ({ ctx, input }) => {
      const today = todayInChina();
      const term = input.search ? likePattern(input.search) : undefined;
      const where = and(
        term ? or(like(p.name, term), like(c.name, term), like(c.place, term)) : undefined,
        input.level ? eq(p.level, input.level) : undefined,
        input.period === 'upcoming' ? gt(c.startDate, today) : undefined,
        input.period === 'current' ? and(lte(c.startDate, today), gte(c.endDate, today)) : undefined,
        input.period === 'past' ? lt(c.endDate, today) : undefined,
        input.openOnly ? and(eq(c.applicationOpen, true), gt(c.startDate, today)) : undefined,
        // A provider's list is its own cohorts.
        ctx.user.role === 'provider' ? eq(p.providerId, ctx.user.providerId!) : undefined,
      );
      const countyId = ctx.user.countyId;
      const [rows, [total]] = await Promise.all([
        ctx.tx
          .select({
            id: c.id,
            name: c.name,
            programmeId: p.id,
            programmeName: p.name,
            level: p.level,
            form: p.form,
            startDate: c.startDate,
            endDate: c.endDate,
            place: c.place,
            hours: c.hours,
            capacity: c.capacity,
            held: c.held,
            applicationOpen: c.applicationOpen,
            offTheJob: c.offTheJob,
            /** The viewer's county's places, when the viewer belongs to a county and the cohort has quotas. */
            myPlaces: countyId
              ? sql<
                  number | null
                >`(select ${q.places} from ${q} where ${q.tenantId} = ${c.tenantId} and ${q.cohortId} = ${c.id} and ${q.countyId} = ${countyId})`
              : sql<null>`null`,
            myHeld: countyId
              ? sql<
                  number | null
                >`(select ${q.held} from ${q} where ${q.tenantId} = ${c.tenantId} and ${q.cohortId} = ${c.id} and ${q.countyId} = ${countyId})`
              : sql<null>`null`,
          })
          .from(c)
          .innerJoin(p, and(eq(p.tenantId, c.tenantId), eq(p.id, c.programmeId)))
          .where(where)
          .orderBy(input.period === 'past' ? desc(c.startDate) : asc(c.startDate), asc(c.name), asc(c.id))
          .limit(PAGE_SIZE)
          .offset((input.page - 1) * PAGE_SIZE),
        ctx.tx
          .select({ n: count() })
          .from(c)
          .innerJoin(p, and(eq(p.tenantId, c.tenantId), eq(p.id, c.programmeId)))
          .where(where),
      ]);
      return toPage(rows, total?.n ?? 0, input.page);
    }),

  /** A cohort, its programme, each county's places and use, and how many enrolments are in each state. */
  get: permitted('training.read')
    .input(cohortIdInput)
    .query(async ({ ctx, input }) => {
      const { cohort, programme } = await cohortWithProgramme(ctx.tx, input.cohortId);
      const [quotas, states] = await Promise.all([
        ctx.tx
          .select({
            countyId: q.countyId,
            countyName: schema.county.name,
            isPovertyCounty: schema.county.isPovertyCounty,
            places: q.places,
            held: q.held,
          })
          .from(q)
          .innerJoin(schema.county, and(eq(schema.county.tenantId, q.tenantId), eq(schema.county.id, q.countyId)))
          .where(eq(q.cohortId, input.cohortId))
          .orderBy(asc(schema.county.code)),
        ctx.tx.select({ state: e.state, n: count() }).from(e).where(eq(e.cohortId, input.cohortId)).groupBy(e.state),
      ]);
      return {
        cohort,
        programme,
        quotas,
        counts: Object.fromEntries(states.map((s) => [s.state, s.n])) as Partial<Record<(typeof states)[number]['state'], number>>,
        runsIt: runs(ctx.user, programme),
        providesIt: provides(ctx.user, programme),
      };
    }),

  create: permitted('training.manage')
    .input(createCohortInput)
    .mutation(async ({ ctx, input }) => {
      const programme = await programmeRunBy(ctx.tx, ctx.user, input.programmeId);
      const [row] = await ctx.tx
        .insert(c)
        .values({ tenantId: ctx.user.tenantId, ...input, offTheJob: isOffTheJob(programme.form, input.startDate, input.endDate) })
        .returning();
      return row!;
    }),

  update: permitted('training.manage')
    .input(updateCohortInput)
    .mutation(async ({ ctx, input }) => {
      const { cohortId, ...fields } = input;
      const { programme } = await cohortWithProgramme(ctx.tx, cohortId, true);
      await programmeRunBy(ctx.tx, ctx.user, programme.id);
      try {
        const [row] = await ctx.tx
          .update(c)
          .set({ ...fields, offTheJob: isOffTheJob(programme.form, fields.startDate, fields.endDate) })
          .where(eq(c.id, cohortId))
          .returning();
        return row!;
      } catch (error) {
        cohortRefusal(error);
      }
    }),

  /**
   * Replaces the counties' places. A county holding places must keep at least as many; with no
   * quotas at all, only the capacity limits the cohort.
   */
  setQuotas: permitted('training.configure')
    .input(setQuotasInput)
    .mutation(async ({ ctx, input }) => {
      const { cohort } = await cohortWithProgramme(ctx.tx, input.cohortId, true);
      const held = await ctx.tx
        .select({ countyId: e.countyId, n: count() })
        .from(e)
        .where(and(eq(e.cohortId, cohort.id), sql`${e.state} in ('nominated', 'enrolled', 'completed')`))
        .groupBy(e.countyId);
      const heldBy = new Map(held.map((h) => [h.countyId, h.n]));
      const wanted = new Map(input.quotas.map((row) => [row.countyId, row.places]));
      if (input.quotas.length > 0 && held.some((h) => (wanted.get(h.countyId) ?? -1) < h.n)) throw badInput('quotas', 'quota_below_held');
      await ctx.tx.delete(q).where(eq(q.cohortId, cohort.id));
      if (input.quotas.length > 0)
        await ctx.tx.insert(q).values(
          input.quotas.map((row) => ({
            tenantId: ctx.user.tenantId,
            cohortId: cohort.id,
            countyId: row.countyId,
            places: row.places,
            held: heldBy.get(row.countyId) ?? 0,
          })),
        );
      return ctx.tx.select().from(q).where(eq(q.cohortId, cohort.id));
    }),
});
