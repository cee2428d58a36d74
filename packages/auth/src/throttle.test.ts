import { describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, THROTTLE_WINDOW_MS } from './policy';
import { LoginThrottle } from './throttle';

describe('LoginThrottle', () => {
  it('blocks an account after its failures and frees it when the window passes', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(throttle.retryAfter('bc/wang', '10.0.0.1')).toBe(0);
      throttle.recordFailure('bc/wang', `10.0.0.${i}`);
    }
    expect(throttle.retryAfter('bc/wang', '10.0.0.99')).toBe(THROTTLE_WINDOW_MS);
    expect(throttle.retryAfter('bc/li', '10.0.0.99')).toBe(0);
    now += THROTTLE_WINDOW_MS;
    expect(throttle.retryAfter('bc/wang', '10.0.0.99')).toBe(0);
  });

  it('blocks an IP that tries many accounts', () => {
    const throttle = new LoginThrottle(() => 0);
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) throttle.recordFailure(`bc/user${i}`, '10.0.0.7');
    expect(throttle.retryAfter('bc/someone-else', '10.0.0.7')).toBeGreaterThan(0);
    expect(throttle.retryAfter('bc/someone-else', '10.0.0.8')).toBe(0);
  });

  it('forgets an account’s failures after a success', () => {
    const throttle = new LoginThrottle(() => 0);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) throttle.recordFailure('bc/wang', '1.1.1.1');
    throttle.recordSuccess('bc/wang');
    throttle.recordFailure('bc/wang', '1.1.1.2');
    expect(throttle.retryAfter('bc/wang', '1.1.1.3')).toBe(0);
  });
});
