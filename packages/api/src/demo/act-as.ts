import { invalidateSession, login, LoginThrottle, validateSessionToken } from '@tongxing/auth';
import type { Database } from '@tongxing/db';
import { DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { createCaller } from '../root';

export type DemoApi = ReturnType<typeof createCaller>;

const throttle = new LoginThrottle();

/**
 * Runs `work` as a demo account: a real login and session, then the same procedures, scope guard and
 * row-level security a request from that person's browser goes through. The session ends afterwards.
 * `db` is the app role's connection (never the owner's: RLS must apply).
 */
export async function asDemoUser<T>(db: Database, tenantCode: string, username: string, work: (api: DemoApi) => Promise<T>): Promise<T> {
  const result = await login(db, throttle, { tenantCode, username, password: DEMO_PASSWORD, ip: '127.0.0.1' });
  if (!result.ok) throw new Error(`demo login ${tenantCode}/${username} failed: ${result.reason}`);
  const session = await validateSessionToken(db, result.token);
  if (!session) throw new Error(`demo session ${tenantCode}/${username} is not valid`);
  try {
    return await work(createCaller({ db, session, ip: '127.0.0.1', locale: 'zh', sessionCookie: { set: () => {} } }));
  } finally {
    await invalidateSession(db, session.tenant.id, session.id, session.user.id);
  }
}

/** The named teacher `name` at the school `schoolName` (generated teachers may share a name). */
export async function teacherIdOf(api: DemoApi, name: string, schoolName: string): Promise<string> {
  const { rows } = await api.teacher.list({ search: name });
  const found = rows.find((t) => t.name === name && t.schoolName === schoolName);
  if (!found) throw new Error(`demo teacher ${name} at ${schoolName} not found`);
  return found.id;
}

/** `YYYY-MM` of the month `offset` months from `month` (negative: earlier). */
export function monthsFrom(month: string, offset: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
