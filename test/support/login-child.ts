// Failed logins from a process of its own, for the throttle test: the counters must be shared by every
// web process and survive this one's end. Usage: APP_DATABASE_URL=… CITY=… USERNAME=… IP=… TRIES=n
// node --import tsx test/support/login-child.ts
import { login, LoginThrottle } from '@tongxing/auth';
import { connect } from '@tongxing/db';

const { APP_DATABASE_URL, CITY, USERNAME, IP, TRIES } = process.env;
if (!APP_DATABASE_URL || !CITY || !USERNAME || !IP || !TRIES)
  throw new Error('APP_DATABASE_URL, CITY, USERNAME, IP and TRIES are required');

const app = connect(APP_DATABASE_URL, { max: 1 });
const throttle = new LoginThrottle();
const reasons: string[] = [];
for (let i = 0; i < Number(TRIES); i++) {
  const result = await login(app.db, throttle, { tenantCode: CITY, username: USERNAME, password: `Wrong#${i}`, ip: IP });
  reasons.push(result.ok ? 'ok' : result.reason);
}
process.stdout.write(`done ${reasons.join(',')}\n`);
await app.close();
