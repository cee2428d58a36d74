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
export async function createSession(tx: Transaction, tenantId: string, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
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
  created_at: Date;
  last_verified_at: Date;
};

/**
 * Checks a cookie's token: the session exists, the secret's hash matches (constant time), neither the
 * inactivity nor the absolute limit has passed, and user and tenant are enabled. Returns null otherwise,
 * deleting a session that has expired or lost its user.
 */
export async function validateSessionToken(db: Database, token: string, now = new Date()): Promise<ValidSession | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const rows = await db.execute<Candidate>(sql`select * from auth_session_candidate(${parsed.id})`);
  const candidate = rows[0];
  if (!candidate || !secretMatches(parsed.secret, candidate.secret_hash)) return null;

  const createdAt = new Date(candidate.created_at);
  const lastVerifiedAt = new Date(candidate.last_verified_at);
  return withTenant(db, { tenantId: candidate.tenant_id }, async (tx) => {
    const deleteThis = () => tx.delete(schema.session).where(and(eq(schema.session.tenantId, candidate.tenant_id), eq(schema.session.id, parsed.id)));
    if (now.getTime() >= sessionExpiry(createdAt, lastVerifiedAt).getTime()) {
      await deleteThis();
      return null;
    }
    const [row] = await tx
      .select({ user: schema.appUser, tenant: schema.tenant })
      .from(schema.appUser)
      .innerJoin(schema.tenant, eq(schema.tenant.id, schema.appUser.tenantId))
      .where(and(eq(schema.appUser.tenantId, candidate.tenant_id), eq(schema.appUser.id, candidate.user_id)));
    if (!row || row.user.disabledAt || row.tenant.disabledAt) {
      await deleteThis();
      return null;
    }
    let fresh = false;
    let verifiedAt = lastVerifiedAt;
    if (now.getTime() - lastVerifiedAt.getTime() >= SESSION_BUMP_INTERVAL_MS) {
      verifiedAt = now;
      fresh = true;
      await tx
        .update(schema.session)
        .set({ lastVerifiedAt: now })
        .where(and(eq(schema.session.tenantId, candidate.tenant_id), eq(schema.session.id, parsed.id)));
    }
    const { user, tenant } = row;
    return {
      id: parsed.id,
      expiresAt: sessionExpiry(createdAt, verifiedAt),
      fresh,
      user: {
        id: user.id,
        tenantId: user.tenantId,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        countyId: user.countyId,
        schoolId: user.schoolId,
        teacherId: user.teacherId,
        mustChangePassword: user.mustChangePassword,
      },
      tenant: { id: tenant.id, code: tenant.code, name: tenant.name, isPlatform: tenant.isPlatform },
    };
  });
}

export async function invalidateSession(db: Database, tenantId: string, sessionId: string, userId: string): Promise<void> {
  await withTenant(db, { tenantId, userId }, async (tx) => {
    await tx.delete(schema.session).where(and(eq(schema.session.tenantId, tenantId), eq(schema.session.id, sessionId)));
    await tx.insert(schema.auditEvent).values({ tenantId, actorUserId: userId, action: 'logout', entity: 'app_user', entityId: userId });
  });
}
