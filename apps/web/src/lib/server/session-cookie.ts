import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE, sessionCookieOptions } from '@tongxing/auth';
import type { SessionCookieWriter } from '@tongxing/api';

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
  cookies.set(SESSION_COOKIE, token, sessionCookieOptions(url, expiresAt));
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, sessionCookieOptions(url, new Date(0)));
}

export function sessionCookieWriter(cookies: Cookies, url: URL): SessionCookieWriter {
  return { set: (token, expiresAt) => setSessionCookie(cookies, url, token, expiresAt) };
}
