import { createCaller, type Context } from '@tongxing/api';
import { login, LoginThrottle, validateSessionToken } from '@tongxing/auth';
import type { Locale } from '@tongxing/domain';
import { appDb } from './db';

export type Caller = ReturnType<typeof createCaller>;

export interface SignedIn {
  token: string;
  caller: Caller;
  /** Tokens that procedures asked the transport to set (a password change opens a new session). */
  issuedTokens: string[];
}

/** A caller built exactly as the web server builds one, from a session token (for a user reading the site in `locale`). */
export async function callerFor(token: string, ip = '127.0.0.1', locale: Locale = 'zh'): Promise<SignedIn> {
  const session = await validateSessionToken(appDb().db, token);
  const issuedTokens: string[] = [];
  const ctx: Context = { db: appDb().db, session, ip, locale, sessionCookie: { set: (t) => issuedTokens.push(t) } };
  return { token, caller: createCaller(ctx), issuedTokens };
}

export function anonymousCaller(): Caller {
  return createCaller({ db: appDb().db, session: null, ip: '127.0.0.1', locale: 'zh', sessionCookie: { set: () => {} } });
}

/** Logs in through the real login (argon2, throttle, audit) and returns a caller for the session. */
export async function signIn(tenantCode: string, username: string, password: string): Promise<SignedIn> {
  const result = await login(appDb().db, new LoginThrottle(), { tenantCode, username, password, ip: '127.0.0.1' });
  if (!result.ok) throw new Error(`login ${tenantCode}/${username} failed: ${result.reason}`);
  return callerFor(result.token);
}
