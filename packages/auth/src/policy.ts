/** Session and login limits, in one place. */
export const SESSION_INACTIVITY_MS = 7 * 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
/** last_verified_at is written at most this often, so most requests do not write. */
export const SESSION_BUMP_INTERVAL_MS = 60 * 60 * 1000;

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export const SESSION_COOKIE = 'tx_session';
