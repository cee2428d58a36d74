import { schema } from '@tongxing/db';
import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { permitted } from '../procedures';
import { router } from '../trpc';

const a = schema.auditEvent;
const AUDIT_PAGE = 50;

export const auditRouter = router({
  /** Newest first; pass the last id seen as `before` for the next page. */
  list: permitted('audit.read')
    .input(z.object({ before: z.number().int().positive().optional(), entity: z.string().trim().max(40).optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const rows = await ctx.tx
        .select({
          id: a.id,
          at: a.at,
          action: a.action,
          entity: a.entity,
          entityId: a.entityId,
          before: a.before,
          after: a.after,
          ip: a.ip,
          actor: schema.appUser.username,
        })
        .from(a)
        .leftJoin(schema.appUser, and(eq(schema.appUser.tenantId, a.tenantId), eq(schema.appUser.id, a.actorUserId)))
        .where(and(input.before ? lt(a.id, input.before) : undefined, input.entity ? eq(a.entity, input.entity) : undefined))
        .orderBy(desc(a.id))
        .limit(AUDIT_PAGE + 1);
      return { rows: rows.slice(0, AUDIT_PAGE), nextBefore: rows.length > AUDIT_PAGE ? rows[AUDIT_PAGE - 1]!.id : null };
    }),
});
