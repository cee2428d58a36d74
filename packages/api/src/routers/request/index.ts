import { schema } from '@tongxing/db';
import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SessionUser } from '@tongxing/auth';
import { permitted } from '../../procedures';
import { postOn } from '../../register/posts';
import { badInput } from '../../problems';
import { router } from '../../trpc';
import { decideRequest } from './decide.handler';
import { decideInput, listRequestsInput, proposeInput } from './schemas';

const r = schema.postRequest;
const t = schema.teacher;
const from = alias(schema.school, 'from_school');
const to = alias(schema.school, 'to_school');

/** Requests about the user's staff, or moving someone into their school or county. */
function visibleRequests(user: SessionUser): SQL | undefined {
  if (user.role === 'school_admin') return or(eq(t.schoolId, user.schoolId!), eq(r.toSchoolId, user.schoolId!));
  if (user.role === 'county_officer') return or(eq(from.countyId, user.countyId!), eq(to.countyId, user.countyId!));
  return undefined;
}

export const requestRouter = router({
  propose: permitted('teacher.propose')
    .input(proposeInput)
    .mutation(async ({ ctx, input }) => {
      if (!(await postOn(ctx.tx, input.teacherId, input.date))) throw badInput('date', 'no_post_on_date');
      const [row] = await ctx.tx
        .insert(r)
        .values({
          tenantId: ctx.user.tenantId,
          teacherId: input.teacherId,
          effectiveDate: input.date,
          toSchoolId: input.toSchoolId ?? null,
          status: input.status ?? null,
          roles: input.roles ?? null,
          endService: input.endService,
          note: input.note ?? null,
          requestedBy: ctx.user.id,
        })
        .returning();
      return row!;
    }),

  list: permitted('request.read')
    .input(listRequestsInput)
    .query(({ ctx, input }) =>
      ctx.tx
        .select({
          id: r.id,
          state: r.state,
          effectiveDate: r.effectiveDate,
          status: r.status,
          roles: r.roles,
          endService: r.endService,
          note: r.note,
          decisionComment: r.decisionComment,
          createdAt: r.createdAt,
          teacherId: t.id,
          teacherName: t.name,
          fromSchool: from.name,
          toSchoolId: r.toSchoolId,
          toSchool: to.name,
          requestedBy: schema.appUser.displayName,
        })
        .from(r)
        .innerJoin(t, and(eq(t.tenantId, r.tenantId), eq(t.id, r.teacherId)))
        .innerJoin(from, and(eq(from.tenantId, t.tenantId), eq(from.id, t.schoolId)))
        .leftJoin(to, and(eq(to.tenantId, r.tenantId), eq(to.id, r.toSchoolId)))
        .innerJoin(schema.appUser, and(eq(schema.appUser.tenantId, r.tenantId), eq(schema.appUser.id, r.requestedBy)))
        .where(and(visibleRequests(ctx.user), input.state ? eq(r.state, input.state) : undefined))
        .orderBy(desc(r.createdAt))
        .limit(200),
    ),

  decide: permitted('teacher.move')
    .input(decideInput)
    .mutation(({ ctx, input }) => decideRequest(ctx.tx, ctx.user, input)),
});
