import type { ValidSession } from '@tongxing/auth';
import type { Database } from '@tongxing/db';
import type { Locale } from '@tongxing/domain';

/** How a procedure that opens a new session (password change) hands its token to the transport. */
export interface SessionCookieWriter {
  set(token: string, expiresAt: Date): void;
}

export interface Context {
  db: Database;
  session: ValidSession | null;
  ip: string;
  locale: Locale;
  sessionCookie: SessionCookieWriter;
}
