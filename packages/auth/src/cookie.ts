import { SESSION_COOKIE } from './policy';

export interface SessionCookieOptions {
  path: '/';
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  expires: Date;
}

function isLocalhost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname.endsWith('.localhost');
}

/** HttpOnly, SameSite=Lax, Path=/, and Secure everywhere but plain-HTTP localhost. */
export function sessionCookieOptions(url: URL, expiresAt: Date): SessionCookieOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: !isLocalhost(url.hostname), expires: expiresAt };
}

export { SESSION_COOKIE };
