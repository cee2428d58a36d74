import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, THROTTLE_WINDOW_MS } from './policy';

interface Window {
  failures: number;
  startedAt: number;
}

/**
 * Counts failed logins per account key and per IP in a fixed window. The account key is built from
 * what was typed, whether or not such an account exists, so throttling reveals nothing either.
 * In-process: one web process per deployment today; a shared store is the path to several.
 */
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until another attempt is allowed, or 0. */
  retryAfter(accountKey: string, ip: string): number {
    return Math.max(this.blockedFor(`a:${accountKey}`, MAX_FAILURES_PER_ACCOUNT), this.blockedFor(`i:${ip}`, MAX_FAILURES_PER_IP));
  }

  recordFailure(accountKey: string, ip: string): void {
    this.bump(`a:${accountKey}`);
    this.bump(`i:${ip}`);
  }

  recordSuccess(accountKey: string): void {
    this.windows.delete(`a:${accountKey}`);
  }

  private blockedFor(key: string, limit: number): number {
    const window = this.current(key);
    if (!window || window.failures < limit) return 0;
    return window.startedAt + THROTTLE_WINDOW_MS - this.now();
  }

  private bump(key: string): void {
    const window = this.current(key);
    if (window) window.failures += 1;
    else this.windows.set(key, { failures: 1, startedAt: this.now() });
  }

  private current(key: string): Window | undefined {
    const window = this.windows.get(key);
    if (window && this.now() - window.startedAt >= THROTTLE_WINDOW_MS) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }
}
