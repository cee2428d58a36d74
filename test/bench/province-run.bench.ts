// A 16-city, 500,000-teacher province: every city's month, every county, through the product's path
// (one transaction per county, as sheet.run does). Reports the total, each city, and how the time per
// teacher grows from the 30,000-teacher city of monthly-run.bench.ts (its last figure, and the
// smallest city here) to the province: linear if it stays flat.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCaller } from '@tongxing/api';
import { hashPassword, login, LoginThrottle, validateSessionToken } from '@tongxing/auth';
import { connect, type DatabaseHandle } from '@tongxing/db';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { publishBaichengRule } from '../support/rules';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { writeResult } from '../support/bench';

const TENANTS = 16;
const TEACHERS = Number(process.env.PROVINCE_TEACHERS ?? 500_000);
const PASSWORD = 'Bench#Pass2026';
const MONTH = '2026-03';

let owner: DatabaseHandle;
let app: DatabaseHandle;
let cities: LoadedTenant[];
let loadSeconds: number;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 4 });
  app = connect(inject('appUrl'), { max: 4 });
  const t0 = performance.now();
  cities = await bulkLoad(owner.db, {
    tenants: TENANTS,
    teachers: TEACHERS,
    seed: 16,
    passwordHash: await hashPassword(PASSWORD),
    parallel: 4,
  });
  loadSeconds = Math.round(performance.now() - t0) / 1000;
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

async function adminCaller(city: LoadedTenant) {
  const result = await login(app.db, new LoginThrottle(), {
    tenantCode: city.code,
    username: GENERATED_ADMIN,
    password: PASSWORD,
    ip: '127.0.0.1',
  });
  if (!result.ok) throw new Error(`login ${city.code} failed`);
  const session = await validateSessionToken(app.db, result.token);
  return createCaller({ db: app.db, session, ip: '127.0.0.1', locale: 'zh', sessionCookie: { set: () => {} } });
}

async function publishRule(api: Awaited<ReturnType<typeof adminCaller>>) {
  await publishBaichengRule(api);
}

/** The 30k city's figure from the last monthly-run benchmark, if it has been run. */
function thirtyThousand(): { teachers: number; productSeconds: number } | null {
  const path = resolve(import.meta.dirname, 'results/monthly-run.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { teachers: number; productSeconds: number }) : null;
}

const perTeacherMicros = (seconds: number, teachers: number) => Math.round((seconds * 1e6) / teachers);

it(`runs ${MONTH} for every county of ${TENANTS} cities, ${TEACHERS} teachers`, async () => {
  const perCity: { code: string; teachers: number; counties: number; lines: number; seconds: number }[] = [];
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  for (const city of cities) {
    const api = await adminCaller(city);
    await publishRule(api);
    const counties = await api.county.list({});
    const c0 = performance.now();
    let lines = 0;
    for (const county of counties) lines += (await api.sheet.run({ countyId: county.id, month: MONTH })).lines;
    perCity.push({
      code: city.code,
      teachers: city.teachers,
      counties: counties.length,
      lines,
      seconds: Math.round(performance.now() - c0) / 1000,
    });
  }
  const totalSeconds = Math.round(performance.now() - t0) / 1000;
  clearInterval(sampler);

  const runSeconds = perCity.reduce((n, c) => n + c.seconds, 0);
  const lines = perCity.reduce((n, c) => n + c.lines, 0);
  expect(lines).toBeGreaterThan(TEACHERS / 4);
  const base = thirtyThousand();
  const growth = {
    microsPerTeacherAt30k: base ? perTeacherMicros(base.productSeconds, base.teachers) : null,
    microsPerTeacherFirstCity: perTeacherMicros(perCity[0]!.seconds, perCity[0]!.teachers),
    microsPerTeacherLastCity: perTeacherMicros(perCity.at(-1)!.seconds, perCity.at(-1)!.teachers),
    microsPerTeacherProvince: perTeacherMicros(runSeconds, TEACHERS),
  };
  const result = {
    tenants: TENANTS,
    teachers: TEACHERS,
    lines,
    loadSeconds,
    runSeconds: Math.round(runSeconds * 1000) / 1000,
    totalSeconds,
    peakRssMegabytes: Math.round(peak / 1_048_576),
    growth,
    perCity,
  };
  const path = writeResult('province-run', result);
  console.log(
    [
      `province ${MONTH}: ${TENANTS} cities, ${TEACHERS} teachers, ${lines} lines`,
      `  load (bulkLoad, 4 cities at once): ${loadSeconds} s`,
      `  run (every county of every city, sheet.run): ${result.runSeconds} s (with logins and rule publishing ${totalSeconds} s); peak RSS ${result.peakRssMegabytes} MB`,
      `  per city: ${perCity.map((c) => `${c.code} ${c.seconds} s`).join(', ')}`,
      `  µs per teacher: 30k city ${growth.microsPerTeacherAt30k ?? '(run monthly-run.bench.ts)'}, first city here ${growth.microsPerTeacherFirstCity}, last city ${growth.microsPerTeacherLastCity}, province ${growth.microsPerTeacherProvince}`,
      `  → ${path}`,
    ].join('\n'),
  );
});
