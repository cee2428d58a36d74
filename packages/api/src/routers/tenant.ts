import { TRPCError } from '@trpc/server';
import { hashPassword, oneTimePassword } from '@tongxing/auth';
import { actAsTenant, PLATFORM_TENANT_ID, schema } from '@tongxing/db';
import { USERNAME_PATTERN } from '@tongxing/domain';
import { and, asc, desc, eq, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { entityId, requiredText } from '../inputs';
import { permitted } from '../procedures';
import { publicProcedure, router } from '../trpc';

const operator = permitted('tenant.manage');

const createInput = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9-]{1,31}$/),
  name: requiredText(40),
  province: requiredText(20),
  admin: z.object({ username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN), displayName: requiredText(40) }),
});

/** The platform operator's procedures: cities only, never a city's people. */
export const tenantRouter = router({
  /** The login page's list of cities (and the platform). Names are public; nothing else is returned. */
  directory: publicProcedure.query(({ ctx }) =>
    ctx.db
      .select({ code: schema.tenant.code, name: schema.tenant.name })
      .from(schema.tenant)
      .where(isNull(schema.tenant.disabledAt))
      .orderBy(desc(schema.tenant.isPlatform), asc(schema.tenant.code)),
  ),

  list: operator.query(({ ctx }) =>
    ctx.tx
      .select({
        id: schema.tenant.id,
        code: schema.tenant.code,
        name: schema.tenant.name,
        province: schema.tenant.province,
        disabledAt: schema.tenant.disabledAt,
        createdAt: schema.tenant.createdAt,
      })
      .from(schema.tenant)
      .where(ne(schema.tenant.id, PLATFORM_TENANT_ID))
      .orderBy(asc(schema.tenant.code)),
  ),

  /** A new city and its first administrator, who gets a one-time password. */
  create: operator.input(createInput).mutation(async ({ ctx, input }) => {
    const [created] = await ctx.tx
      .insert(schema.tenant)
      .values({ code: input.code, name: input.name, province: input.province })
      .returning({ id: schema.tenant.id });
    const tenantId = created!.id;
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    await actAsTenant(ctx.tx, tenantId, () =>
      ctx.tx.insert(schema.appUser).values({
        tenantId,
        username: input.admin.username,
        displayName: input.admin.displayName,
        role: 'city_admin',
        passwordHash,
        mustChangePassword: true,
      }),
    );
    return { tenantId, adminUsername: input.admin.username, oneTimePassword: password };
  }),

  setDisabled: operator.input(z.object({ tenantId: entityId(), disabled: z.boolean() })).mutation(async ({ ctx, input }) => {
    const [row] = await ctx.tx
      .update(schema.tenant)
      .set({ disabledAt: input.disabled ? new Date() : null })
      .where(and(eq(schema.tenant.id, input.tenantId), ne(schema.tenant.id, PLATFORM_TENANT_ID)))
      .returning({ id: schema.tenant.id });
    if (!row) throw new TRPCError({ code: 'NOT_FOUND' });
    return { tenantId: row.id, disabled: input.disabled };
  }),
});
