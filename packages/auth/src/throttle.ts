import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@tongxing/db';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, THROTTLE_WINDOW_MS } from './policy';

/** The throttle's account key: the city and username as typed at login (trimmed, lower case). */
export function accountKeyOf(tenantCode: string, username: string): string {
  return `${tenantCode.trim().toLowerCase()}/${username.trim().toLowerCase()}`;
}

/** Counters are kept under a hash of their key: the table names no account and no address. */
const keyHash = (key: string) => createHash('sha256').update(key).digest();
const accountKeyHash = (accountKey: string) => keyHash(`a:${accountKey}`);
const ipKeyHash = (ip: string) => keyHash(`i:${ip}`);

/**
 * Counts failed logins (and wrong current passwords) per account key and per IP in a fixed window. The
 * account key is built from what was typed, whether or not such an account exists, so throttling
 * reveals nothing either. The counters are rows in PostgreSQL (drizzle/0013_login_throttle.sql), so
 * they survive a restart and hold for every web process; `now` is injectable for tests.
 */
export class LoginThrottle {
  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until another attempt is allowed, or 0. */
  async retryAfter(db: Database, accountKey: string, ip: string): Promise<number> {
    const [row] = await db.execute<{ ms: string }>(
      sql`select auth_throttle_blocked_ms(
        array[${accountKeyHash(accountKey)}, ${ipKeyHash(ip)}]::bytea[],
        array[${MAX_FAILURES_PER_ACCOUNT}, ${MAX_FAILURES_PER_IP}]::integer[],
        ${THROTTLE_WINDOW_MS}, ${new Date(this.now()).toISOString()}::timestamptz) as ms`,
    );
    return Number(row?.ms ?? 0);
  }

  async recordFailure(db: Database, accountKey: string, ip: string): Promise<void> {
    await this.fail(db, [accountKeyHash(accountKey), ipKeyHash(ip)]);
  }

  /** One failure for the account alone; returns how many it has in the window. */
  async recordAccountFailure(db: Database, accountKey: string): Promise<number> {
    return this.fail(db, [accountKeyHash(accountKey)]);
  }

  async recordSuccess(db: Database, accountKey: string): Promise<void> {
    await db.execute(sql`select auth_throttle_clear(${accountKeyHash(accountKey)})`);
  }

  private async fail(db: Database, keys: Buffer[]): Promise<number> {
    const list = sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    );
    const [row] = await db.execute<{ failures: number }>(
      sql`select auth_throttle_fail(array[${list}]::bytea[], ${THROTTLE_WINDOW_MS}, ${new Date(this.now()).toISOString()}::timestamptz) as failures`,
    );
    return Number(row?.failures ?? 0);
  }
}
