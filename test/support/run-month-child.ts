// A monthly run in a process of its own, for the kill-during-run test: connects as the app role,
// prints its backend pid (so the test can watch what it is doing), then runs the county's month.
// Usage: APP_DATABASE_URL=… TENANT_ID=… COUNTY_ID=… MONTH=YYYY-MM node --import tsx test/support/run-month-child.ts
import { runMonth } from '@tongxing/api/allowance/run-month';
import { connect, withTenant } from '@tongxing/db';
import { sql } from 'drizzle-orm';

const { APP_DATABASE_URL, TENANT_ID, COUNTY_ID, MONTH } = process.env;
if (!APP_DATABASE_URL || !TENANT_ID || !COUNTY_ID || !MONTH)
  throw new Error('APP_DATABASE_URL, TENANT_ID, COUNTY_ID and MONTH are required');

const app = connect(APP_DATABASE_URL, { max: 1 });
const result = await withTenant(app.db, { tenantId: TENANT_ID }, async (tx) => {
  const [backend] = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
  process.stdout.write(`pid ${backend!.pid}\n`);
  return runMonth(tx, TENANT_ID, COUNTY_ID, MONTH);
});
process.stdout.write(`done ${result.lines}\n`);
await app.close();
