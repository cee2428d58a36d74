import { changeOwnPassword } from '@tongxing/auth';
import { withTenant } from '@tongxing/db';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tongxing/domain';
import { z } from 'zod';
import { badInput } from '../problems';
import { sessionProcedure } from '../procedures';
import { router } from '../trpc';

export const authRouter = router({
  me: sessionProcedure.query(({ ctx }) => ({ user: ctx.session.user, tenant: ctx.session.tenant })),

  /** Revokes every session of the user and opens a new one for this device. */
  changePassword: sessionProcedure
    .input(
      z.object({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH) }),
    )
    .mutation(async ({ ctx, input }) => {
      const user = ctx.session.user;
      const result = await withTenant(ctx.db, { tenantId: user.tenantId, userId: user.id, clientIp: ctx.ip }, (tx) =>
        changeOwnPassword(tx, user, input.currentPassword, input.newPassword),
      );
      if (!result.ok) {
        if (result.problem === 'wrong_current') throw badInput('currentPassword', 'wrong_current');
        throw badInput('newPassword', `password_${result.problem}`, { min: PASSWORD_MIN_LENGTH });
      }
      ctx.sessionCookie.set(result.token, result.expiresAt);
      return { changed: true as const };
    }),
});
