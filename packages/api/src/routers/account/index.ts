import { hashPassword, invalidateUserSessions, oneTimePassword } from '@tongxing/auth';
import { schema } from '@tongxing/db';
import { count, eq } from 'drizzle-orm';
import { PAGE_SIZE, toPage } from '../../inputs';
import { badInput, notFound } from '../../problems';
import { permitted } from '../../procedures';
import { router } from '../../trpc';
import { accountColumns as columns, accountFilters, accountOrder } from './list';
import { accountIdInput, createAccountInput, listAccountsInput, setDisabledInput } from './schemas';

const admin = permitted('account.manage');
const u = schema.appUser;

export const accountRouter = router({
  list: admin.input(listAccountsInput).query(async ({ ctx, input }) => {
    const where = accountFilters(input);
    const [rows, [total]] = await Promise.all([
      ctx.tx
        .select(columns)
        .from(u)
        .where(where)
        .orderBy(...accountOrder(input))
        .limit(PAGE_SIZE)
        .offset((input.page - 1) * PAGE_SIZE),
      ctx.tx.select({ n: count() }).from(u).where(where),
    ]);
    return toPage(rows, total?.n ?? 0, input.page);
  }),

  get: admin.input(accountIdInput).query(async ({ ctx, input }) => {
    const [row] = await ctx.tx.select(columns).from(u).where(eq(u.id, input.accountId));
    if (!row) throw notFound();
    return row;
  }),

  /** A new account with a one-time password, to be changed at first login. */
  create: admin.input(createAccountInput).mutation(async ({ ctx, input }) => {
    const password = oneTimePassword();
    const [row] = await ctx.tx
      .insert(u)
      .values({ tenantId: ctx.user.tenantId, ...input, passwordHash: await hashPassword(password), mustChangePassword: true })
      .returning(columns);
    return { account: row!, oneTimePassword: password };
  }),

  /** Disabling ends every session of the account at once. */
  setDisabled: admin.input(setDisabledInput).mutation(async ({ ctx, input }) => {
    if (input.accountId === ctx.user.id && input.disabled) throw badInput('accountId', 'cannot_disable_self');
    const [row] = await ctx.tx
      .update(u)
      .set({ disabledAt: input.disabled ? new Date() : null })
      .where(eq(u.id, input.accountId))
      .returning(columns);
    if (!row) throw notFound();
    if (input.disabled) await invalidateUserSessions(ctx.tx, ctx.user.tenantId, row.id);
    return row;
  }),

  /** A new one-time password; the account's sessions end. */
  resetPassword: admin.input(accountIdInput).mutation(async ({ ctx, input }) => {
    const password = oneTimePassword();
    const [row] = await ctx.tx
      .update(u)
      .set({ passwordHash: await hashPassword(password), mustChangePassword: true, passwordChangedAt: new Date() })
      .where(eq(u.id, input.accountId))
      .returning(columns);
    if (!row) throw notFound();
    await invalidateUserSessions(ctx.tx, ctx.user.tenantId, row.id);
    return { account: row, oneTimePassword: password };
  }),
});
