// The monthly allowance run for a 30,000-teacher city, every county: the product's path (register →
// engine → lines written, one transaction per county) against a floor measured in the same run: the
// same number of lines written by one INSERT … SELECT. Peak memory of this process is reported too.
import { createCaller } from '@tongxing/api';
import { hashPassword, login, LoginThrottle, validateSessionToken } from '@tongxing/auth';
import { connect, type DatabaseHandle } from '@tongxing/db';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { publishBaichengRule } from '../support/rules';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { writeResult } from '../support/bench';

const TEACHERS = 30_000;
const PASSWORD = 'Bench#Pass2026';
const MONTH = '2026-03';

let owner: DatabaseHandle;
let app: DatabaseHandle;
let city: LoadedTenant;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 1 });
  app = connect(inject('appUrl'), { max: 4 });
  [city] = (await bulkLoad(owner.db, { tenants: 1, teachers: TEACHERS, seed: 7, passwordHash: await hashPassword(PASSWORD) })) as [
    LoadedTenant,
  ];
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

async function adminCaller() {
  const result = await login(app.db, new LoginThrottle(), {
    tenantCode: city.code,
    username: GENERATED_ADMIN,
    password: PASSWORD,
    ip: '127.0.0.1',
  });
  if (!result.ok) throw new Error('login failed');
  const session = await validateSessionToken(app.db, result.token);
  return createCaller({ db: app.db, session, ip: '127.0.0.1', locale: 'zh', sessionCookie: { set: () => {} } });
}

it(`runs ${MONTH} for every county of a ${TEACHERS}-teacher city`, async () => {
  const api = await adminCaller();
  const typeId = await publishBaichengRule(api);
  const counties = await api.county.list({});

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  let lines = 0;
  for (const county of counties) lines += (await api.sheet.run({ countyId: county.id, month: MONTH })).lines;
  const productMs = performance.now() - t0;
  clearInterval(sampler);

  // floor: the same number of rows into the same table, by one statement, in a scratch sheet of its own
  const countyId = counties[0]!.id;
  const f0 = performance.now();
  await owner.sql
    .begin(async (sql) => {
      const [sheet] = await sql<
        { id: string }[]
      >`insert into allowance_sheet (tenant_id, county_id, month) values (${city.id}, ${countyId}, '1999-01') returning id`;
      await sql`insert into allowance_line (tenant_id, sheet_id, teacher_id, allowance_type_id, kind, month, amount_fen, segments)
      select t.tenant_id, ${sheet!.id}, t.id, ${typeId}, 'regular', '1999-01', 50000, '[]'::jsonb
      from teacher t where t.tenant_id = ${city.id} limit ${lines}`;
      throw new Error('rollback');
    })
    .catch((e: Error) => {
      if (e.message !== 'rollback') throw e;
    });
  const floorMs = performance.now() - f0;

  expect(lines).toBeGreaterThan(TEACHERS / 4);
  const result = {
    teachers: TEACHERS,
    counties: counties.length,
    lines,
    productSeconds: Math.round(productMs) / 1000,
    floorSeconds: Math.round(floorMs) / 1000,
    ratio: Math.round((productMs / floorMs) * 10) / 10,
    peakRssMegabytes: Math.round(peak / 1_048_576),
    target: { seconds: 3, ratio: 5, peakRssMegabytes: 512 },
  };
  const path = writeResult('monthly-run', result);
  console.log(
    `monthly run ${MONTH}: ${lines} lines for ${TEACHERS} teachers in ${counties.length} counties: ${result.productSeconds} s; floor (one INSERT … SELECT) ${result.floorSeconds} s; ratio ${result.ratio}; peak RSS ${result.peakRssMegabytes} MB → ${path}`,
  );
});
