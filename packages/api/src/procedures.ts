import { TRPCError } from '@trpc/server';
import { withTenant, type Transaction } from '@tongxing/db';
import { can, type Permission } from '@tongxing/domain';
import { conflictField, isMissingReference } from './postgres-errors';
import { Conflict } from './problems';
import { currentSchoolsFresh } from './register/current-school';
import { covers, ID_FIELDS, placementOf, TENANT_WIDE_FIELDS, type IdField } from './scope';
import { middleware, publicProcedure } from './trpc';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const requireSession = middleware(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { session: ctx.session, user: ctx.session.user } });
});

/** Logged in; may still have to change a one-time password (only auth procedures use this). */
export const sessionProcedure = publicProcedure.use(requireSession);

/** The value the user typed for a field, at the top of the input or one level down. */
function valueOf(input: unknown, field: string): string {
  if (!input || typeof input !== 'object') return '';
  const record = input as Record<string, unknown>;
  if (typeof record[field] === 'string') return record[field];
  for (const nested of Object.values(record)) {
    if (nested && typeof nested === 'object' && typeof (nested as Record<string, unknown>)[field] === 'string')
      return (nested as Record<string, string>)[field]!;
  }
  return '';
}

/** Marks a result that must roll the transaction back without losing the result itself. */
class Rollback extends Error {
  constructor(readonly result: unknown) {
    super('rollback');
  }
}

/**
 * Runs the rest of the procedure in one tenant transaction (the user's tenant, acting user and IP set
 * for RLS and the audit trigger). A failed procedure rolls back; a unique violation becomes CONFLICT
 * naming the field, a foreign key to nothing visible becomes NOT_FOUND.
 */
const tenantTransaction = middleware(async ({ ctx, next, getRawInput }) => {
  const user = ctx.session!.user;
  await currentSchoolsFresh(ctx.db);
  try {
    return await withTenant(ctx.db, { tenantId: user.tenantId, userId: user.id, clientIp: ctx.ip }, async (tx) => {
      const result = await next({ ctx: { tx } });
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    const result = error.result as { ok: false; error: TRPCError };
    const field = conflictField(result.error.cause);
    if (field) throw new TRPCError({ code: 'CONFLICT', cause: new Conflict(field, valueOf(await getRawInput(), field)) });
    if (isMissingReference(result.error.cause)) throw new TRPCError({ code: 'NOT_FOUND' });
    return result as never;
  }
});

/**
 * The scope guard: every top-level id in the input must name a record the user's scope covers.
 * Another tenant's id, an id outside the scope and a missing id all give the same NOT_FOUND.
 */
const scopeGuard = middleware(async ({ ctx, next, getRawInput }) => {
  const input = await getRawInput();
  if (input && typeof input === 'object') {
    const tx = (ctx as unknown as { tx: Transaction }).tx;
    const user = ctx.session!.user;
    for (const [field, value] of Object.entries(input)) {
      const kind = ID_FIELDS[field as IdField];
      if (!kind || typeof value !== 'string' || !UUID.test(value)) continue;
      const placement = await placementOf(tx, kind, value);
      if (!placement || (!TENANT_WIDE_FIELDS.has(field as IdField) && !covers(user, placement))) throw new TRPCError({ code: 'NOT_FOUND' });
    }
  }
  return next();
});

function requirePermission(permission: Permission) {
  return middleware(({ ctx, next }) => {
    const user = ctx.session!.user;
    if (user.mustChangePassword || !can(user.role, permission)) throw new TRPCError({ code: 'FORBIDDEN' });
    return next();
  });
}

const requireActivePassword = middleware(({ ctx, next }) => {
  if (ctx.session!.user.mustChangePassword) throw new TRPCError({ code: 'FORBIDDEN' });
  return next();
});

/** A procedure every signed-in user may call (their home page): the handler reads only through the scopes. */
export const signedIn = sessionProcedure.use(requireActivePassword).use(tenantTransaction).use(scopeGuard);

/** A procedure for users holding `permission`, in a tenant transaction, behind the scope guard. */
export function permitted(permission: Permission) {
  return sessionProcedure.use(requirePermission(permission)).use(tenantTransaction).use(scopeGuard);
}
