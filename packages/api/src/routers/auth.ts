import {
  accountKeyOf,
  changeOwnPassword,
  invalidateSession,
  LoginThrottle,
  MAX_FAILURES_PER_ACCOUNT,
  THROTTLE_WINDOW_MS,
} from '@tongxing/auth';
import { withTenant } from '@tongxing/db';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tongxing/domain';
import { z } from 'zod';
import { badInput } from '../problems';
import { sessionProcedure } from '../procedures';
import { router } from '../trpc';

/** Wrong current passwords count like failed logins: a stolen session cannot guess the password. */
const throttle = new LoginThrottle();
const WINDOW = { minutes: THROTTLE_WINDOW_MS / 60_000 };

export const authRouter = router({
  me: sessionProcedure.query(({ ctx }) => ({ user: ctx.session.user, tenant: ctx.session.tenant })),

  /** Revokes every session of the user and opens a new one for this device. */
  changePassword: sessionProcedure
    .input(
      z.object({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH) }),
    )
    .mutation(async ({ ctx, input }) => {
      const user = ctx.session.user;
      const accountKey = accountKeyOf(ctx.session.tenant.code, user.username);
      if ((await throttle.retryAfter(ctx.db, accountKey, ctx.ip)) > 0) throw badInput('currentPassword', 'wrong_current_throttled', WINDOW);
      const result = await withTenant(ctx.db, { tenantId: user.tenantId, userId: user.id, clientIp: ctx.ip }, (tx) =>
        changeOwnPassword(tx, user, input.currentPassword, input.newPassword),
      );
      if (!result.ok) {
        if (result.problem === 'wrong_current') {
          const failures = await throttle.recordAccountFailure(ctx.db, accountKey);
          if (failures < MAX_FAILURES_PER_ACCOUNT) throw badInput('currentPassword', 'wrong_current');
          await invalidateSession(ctx.db, user.tenantId, ctx.session.id, user.id);
          throw badInput('currentPassword', 'wrong_current_signed_out', WINDOW);
        }
        throw badInput('newPassword', `password_${result.problem}`, { min: PASSWORD_MIN_LENGTH });
      }
      ctx.sessionCookie.set(result.token, result.expiresAt);
      return { changed: true as const };
    }),
});
