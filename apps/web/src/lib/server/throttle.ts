import { LoginThrottle } from '@tongxing/auth';

/** One per server process. */
export const loginThrottle = new LoginThrottle();
