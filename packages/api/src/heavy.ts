import { TRPCError } from '@trpc/server';
import { middleware } from './trpc';

/** How many heavy procedures (simulations, exports, monthly runs) may run at once, per user and per city. */
export const HEAVY_PER_USER = 1;
export const HEAVY_PER_TENANT = 3;

const running = new Map<string, number>();
const countOf = (key: string) => running.get(key) ?? 0;
const bump = (key: string, by: number) => {
  const next = countOf(key) + by;
  if (next > 0) running.set(key, next);
  else running.delete(key);
};

/**
 * Marks a procedure as heavy: one user cannot start a second while the first runs, nor a city more than
 * a few, so nobody can queue up work that keeps the one event loop from other cities' requests. The
 * counts are this process's (a deployment with several web processes has these limits in each).
 */
export const heavy = middleware(async ({ ctx, next }) => {
  const user = ctx.session?.user;
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  const userKey = `u:${user.id}`;
  const tenantKey = `t:${user.tenantId}`;
  if (countOf(userKey) >= HEAVY_PER_USER || countOf(tenantKey) >= HEAVY_PER_TENANT) throw new TRPCError({ code: 'TOO_MANY_REQUESTS' });
  bump(userKey, 1);
  bump(tenantKey, 1);
  try {
    return await next();
  } finally {
    bump(userKey, -1);
    bump(tenantKey, -1);
  }
});
