import { sql } from 'drizzle-orm';
import { PLATFORM_TENANT_ID, schema, withTenant, type Database } from '@tongxing/db';
import { isUnsafeText } from '@tongxing/domain';
import { verifyAgainstNothing, verifyPassword } from './password';
import { createSession } from './session';
import { accountKeyOf, type LoginThrottle } from './throttle';

export interface LoginAttempt {
  tenantCode: string;
  username: string;
  password: string;
  ip: string;
}

export type LoginResult =
  | { ok: true; token: string; expiresAt: Date; mustChangePassword: boolean }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'disabled' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

type Candidate = {
  tenant_id: string;
  tenant_disabled: boolean;
  user_id: string | null;
  password_hash: string | null;
  user_disabled: boolean | null;
};

/**
 * Username + password login. Unknown city, unknown user and wrong password give the same answer and
 * cost the same time; every attempt is audited in the tenant it named (the platform's when none).
 * A successful login always creates a new session, so a token planted before login is worthless.
 */
export async function login(db: Database, throttle: LoginThrottle, attempt: LoginAttempt): Promise<LoginResult> {
  const tenantCode = attempt.tenantCode.trim().toLowerCase();
  const username = attempt.username.trim().toLowerCase();
  const accountKey = accountKeyOf(tenantCode, username);
  const retryAfterMs = await throttle.retryAfter(db, accountKey, attempt.ip);
  if (retryAfterMs > 0) return { ok: false, reason: 'throttled', retryAfterMs };
  if ([tenantCode, username, attempt.password].some(isUnsafeText)) {
    // No such account can exist; answer like an unknown user, at the same cost, without a look-up.
    await verifyAgainstNothing(attempt.password);
    await throttle.recordFailure(db, accountKey, attempt.ip);
    return { ok: false, reason: 'invalid' };
  }

  const rows = await db.execute<Candidate>(sql`select * from auth_login_candidate(${tenantCode}, ${username})`);
  const candidate = rows[0];
  const passwordOk = candidate?.password_hash
    ? await verifyPassword(candidate.password_hash, attempt.password)
    : await verifyAgainstNothing(attempt.password);

  const auditTenant = candidate?.tenant_id ?? PLATFORM_TENANT_ID;
  if (!candidate?.user_id || !passwordOk) {
    await throttle.recordFailure(db, accountKey, attempt.ip);
    await withTenant(db, { tenantId: auditTenant, clientIp: attempt.ip }, (tx) =>
      tx.insert(schema.auditEvent).values({
        tenantId: auditTenant,
        actorUserId: passwordOk ? null : (candidate?.user_id ?? null),
        action: 'login_failed',
        entity: 'app_user',
        entityId: candidate?.user_id ?? null,
        after: { tenantCode, username },
        ip: attempt.ip,
      }),
    );
    return { ok: false, reason: 'invalid' };
  }
  await throttle.recordSuccess(db, accountKey);
  if (candidate.user_disabled || candidate.tenant_disabled) return { ok: false, reason: 'disabled' };

  const userId = candidate.user_id;
  return withTenant(db, { tenantId: candidate.tenant_id, userId, clientIp: attempt.ip }, async (tx) => {
    const session = await createSession(tx, candidate.tenant_id, userId);
    await tx.insert(schema.auditEvent).values({
      tenantId: candidate.tenant_id,
      actorUserId: userId,
      action: 'login_succeeded',
      entity: 'app_user',
      entityId: userId,
      ip: attempt.ip,
    });
    const [user] = await tx.execute<{ must_change_password: boolean }>(
      sql`select must_change_password from app_user where tenant_id = ${candidate.tenant_id} and id = ${userId}`,
    );
    return { ok: true, ...session, mustChangePassword: user?.must_change_password ?? true };
  });
}
