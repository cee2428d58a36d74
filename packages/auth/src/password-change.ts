import { and, eq } from 'drizzle-orm';
import { schema, type Transaction } from '@tongxing/db';
import { passwordProblem, type PasswordProblem } from '@tongxing/domain';
import { hashPassword, verifyPassword } from './password';
import { createSession, invalidateUserSessions } from './session';

export type PasswordChangeResult = { ok: true; token: string; expiresAt: Date } | { ok: false; problem: 'wrong_current' | PasswordProblem };

/**
 * Changes a user's own password: checks the current one and the policy, revokes every session of the
 * user, and opens one new session for the device that made the change.
 */
export async function changeOwnPassword(
  tx: Transaction,
  user: { tenantId: string; id: string; username: string },
  currentPassword: string,
  newPassword: string,
): Promise<PasswordChangeResult> {
  const where = and(eq(schema.appUser.tenantId, user.tenantId), eq(schema.appUser.id, user.id));
  const [row] = await tx.select({ passwordHash: schema.appUser.passwordHash }).from(schema.appUser).where(where);
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) return { ok: false, problem: 'wrong_current' };
  const problem = passwordProblem(newPassword, user.username);
  if (problem) return { ok: false, problem };
  if (await verifyPassword(row.passwordHash, newPassword)) return { ok: false, problem: 'too_simple' };

  await tx
    .update(schema.appUser)
    .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false, passwordChangedAt: new Date() })
    .where(where);
  await invalidateUserSessions(tx, user.tenantId, user.id);
  return { ok: true, ...(await createSession(tx, user.tenantId, user.id)) };
}
