import { and, eq, sql } from 'drizzle-orm';
import { schema, withTenant, type Database, type Transaction } from '@tongxing/db';
import type { Role } from '@tongxing/domain';
import { SESSION_ABSOLUTE_MS, SESSION_BUMP_INTERVAL_MS, SESSION_INACTIVITY_MS } from './policy';
import { newSessionToken, parseToken, secretMatches } from './token';

export interface SessionUser {
  id: string;
  tenantId: string;
  username: string;
  displayName: string;
  role: Role;
  countyId: string | null;
  schoolId: string | null;
  teacherId: string | null;
  providerId: string | null;
  mustChangePassword: boolean;
}

export interface SessionTenant {
  id: string;
  code: string;
  name: string;
  isPlatform: boolean;
}

export interface ValidSession {
  id: string;
  expiresAt: Date;
  /** True when last_verified_at was just bumped: the cookie should be re-set with the new expiry. */
  fresh: boolean;
  user: SessionUser;
  tenant: SessionTenant;
}

export function sessionExpiry(createdAt: Date, lastVerifiedAt: Date): Date {
  return new Date(Math.min(lastVerifiedAt.getTime() + SESSION_INACTIVITY_MS, createdAt.getTime() + SESSION_ABSOLUTE_MS));
}

/** A new session for a user, in the caller's tenant transaction. */
export async function createSession(
  tx: Transaction,
  tenantId: string,
  userId: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const { id, secretHash, token } = newSessionToken();
  await tx.insert(schema.session).values({ tenantId, id, userId, secretHash, createdAt: now, lastVerifiedAt: now });
  return { token, expiresAt: sessionExpiry(now, now) };
}

export async function invalidateUserSessions(tx: Transaction, tenantId: string, userId: string): Promise<void> {
  await tx.delete(schema.session).where(and(eq(schema.session.tenantId, tenantId), eq(schema.session.userId, userId)));
}

type Candidate = {
  tenant_id: string;
  user_id: string;
  secret_hash: Buffer;
  created_at: string | Date;
  last_verified_at: string | Date;
  username: string;
  display_name: string;
  role: Role;
  county_id: string | null;
  school_id: string | null;
  teacher_id: string | null;
  provider_id: string | null;
  must_change_password: boolean;
  user_disabled: boolean;
  tenant_code: string;
  tenant_name: string;
  is_platform: boolean;
  tenant_disabled: boolean;
};

/**
 * Checks a cookie's token: the session exists, the secret's hash matches (constant time), neither the
 * inactivity nor the absolute limit has passed, and user and tenant are enabled. Returns null otherwise,
 * deleting a session that has expired or lost its user. One statement in the common case; a
 * transaction only to delete, or to bump last_verified_at (at most hourly).
 */
export async function validateSessionToken(db: Database, token: string, now = new Date()): Promise<ValidSession | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const rows = await db.execute<Candidate>(sql`select * from auth_session_candidate(${parsed.id})`);
  const c = rows[0];
  if (!c || !secretMatches(parsed.secret, c.secret_hash)) return null;

  const createdAt = new Date(c.created_at);
  const lastVerifiedAt = new Date(c.last_verified_at);
  const where = and(eq(schema.session.tenantId, c.tenant_id), eq(schema.session.id, parsed.id));
  if (now.getTime() >= sessionExpiry(createdAt, lastVerifiedAt).getTime() || c.user_disabled || c.tenant_disabled) {
    await withTenant(db, { tenantId: c.tenant_id }, (tx) => tx.delete(schema.session).where(where));
    return null;
  }
  const fresh = now.getTime() - lastVerifiedAt.getTime() >= SESSION_BUMP_INTERVAL_MS;
  if (fresh) await withTenant(db, { tenantId: c.tenant_id }, (tx) => tx.update(schema.session).set({ lastVerifiedAt: now }).where(where));
  return {
    id: parsed.id,
    expiresAt: sessionExpiry(createdAt, fresh ? now : lastVerifiedAt),
    fresh,
    user: {
      id: c.user_id,
      tenantId: c.tenant_id,
      username: c.username,
      displayName: c.display_name,
      role: c.role,
      countyId: c.county_id,
      schoolId: c.school_id,
      teacherId: c.teacher_id,
      providerId: c.provider_id,
      mustChangePassword: c.must_change_password,
    },
    tenant: { id: c.tenant_id, code: c.tenant_code, name: c.tenant_name, isPlatform: c.is_platform },
  };
}

export async function invalidateSession(db: Database, tenantId: string, sessionId: string, userId: string): Promise<void> {
  await withTenant(db, { tenantId, userId }, async (tx) => {
    await tx.delete(schema.session).where(and(eq(schema.session.tenantId, tenantId), eq(schema.session.id, sessionId)));
    await tx.insert(schema.auditEvent).values({ tenantId, actorUserId: userId, action: 'logout', entity: 'app_user', entityId: userId });
  });
}
