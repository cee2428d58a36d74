// The city's overview (overview.get through the tRPC caller: session, tenant transaction, RLS, every
// section) on a 30,000-teacher city with the other areas' generated data: this month's and last month's
// sheets of every county run by the product (about 60,000 lines), five years of training ledger (about
// 750,000 entries), 100 pairs with 12,000 activities, and 400 inspection problems. Against a floor
// measured in the same run: one plain count over the city's posts, as the app role in a tenant
// transaction. Rotation eligibility is counted once per change of the register (eligible-tally.ts), so
// the first call (cold) is reported apart from the median of the calls after it.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { hashPassword } from '@tongxing/auth';
import { connect, withTenant, type DatabaseHandle, type Transaction } from '@tongxing/db';
import { bulkLoad, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { loadPairing, type LoadedPairing } from '@tongxing/db/seed/pairing-load';
import { loadTrainingLedger } from '@tongxing/db/seed/training-load';
import { addDays, addMonths, todayInChina } from '@tongxing/domain';
import { sql } from 'drizzle-orm';
import { allowanceSection } from '@tongxing/api/overview/allowance';
import { pairingSection } from '@tongxing/api/overview/pairing';
import { problemsSection } from '@tongxing/api/overview/problems';
import { qualitySection } from '@tongxing/api/overview/quality';
import { rotationSection } from '@tongxing/api/overview/rotation';
import { trainingSection } from '@tongxing/api/overview/training';
import { generatedAdminCaller, generatedAdminSession, writeResult } from '../support/bench';
import { publishBaichengRule } from '../support/rules';

const TEACHERS = 30_000;
const PASSWORD = 'Bench#Pass2026';
const PROBLEMS = 400;
const WARM_UP = 3;
const RUNS = 15;
const TARGET_MS = 300;
const TODAY = todayInChina();
const MONTH = TODAY.slice(0, 7);
const LAST_MONTH = addMonths(`${MONTH}-01`, -1).slice(0, 7);

let owner: DatabaseHandle;
let app: DatabaseHandle;
let city: LoadedTenant;
let pairing: LoadedPairing;
let entries = 0;
let lines = 0;

/** Problems of every county, a third of them overdue, a quarter closed: plain inserts as the owner. */
async function loadProblems(tenantId: string) {
  await owner.db.execute(sql`
    with admin as (select id from app_user where tenant_id = ${tenantId} and role = 'city_admin' limit 1),
    schools as (select id, county_id, row_number() over (order by code) as n, count(*) over () as total from school where tenant_id = ${tenantId})
    insert into inspection_problem (tenant_id, description, category, county_id, school_id, owner_id, deadline, state, found_by, closed_by, closed_at)
    select ${tenantId}, '生成问题 ' || g, '补助发放', s.county_id, s.id, (select id from admin),
      ${TODAY}::date + (case when g % 3 = 0 then -10 else 20 end),
      case when g % 4 = 0 then 'closed' when g % 5 = 0 then 'submitted' else 'open' end, (select id from admin),
      case when g % 4 = 0 then (select id from admin) end, case when g % 4 = 0 then now() end
    from generate_series(1, ${PROBLEMS}) g join schools s on s.n = 1 + (g % s.total)`);
}

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 1 });
  app = connect(inject('appUrl'), { max: 2 });
  [city] = (await bulkLoad(owner.db, { tenants: 1, teachers: TEACHERS, seed: 13, passwordHash: await hashPassword(PASSWORD) })) as [
    LoadedTenant,
  ];
  const admin = await generatedAdminCaller(app.db, city.code, PASSWORD);
  await publishBaichengRule(admin);
  const counties = await admin.county.list();
  for (const month of [LAST_MONTH, MONTH])
    for (const [i, county] of counties.entries()) {
      await admin.sheet.run({ countyId: county.id, month });
      if (month === MONTH && i % 2 === 1) continue;
      const [sheet] = (await admin.sheet.overview({ month })).filter((r) => r.countyId === county.id);
      await admin.sheet.submit({ sheetId: sheet!.sheetId! });
      if (month === LAST_MONTH) await admin.sheet.approve({ sheetId: sheet!.sheetId! });
    }
  entries = await loadTrainingLedger(owner.db, city.id, {
    perTeacher: 25,
    cycle: { startDate: addDays(TODAY, -4 * 365), endDate: addDays(TODAY, 365), requiredHours: 360 },
    seed: 13,
  });
  pairing = await loadPairing(owner.db, city.id, { pairs: 100, activitiesPerPair: 120, years: 3, asOf: TODAY, seed: 13 });
  await loadProblems(city.id);
  await owner.sql`vacuum (analyze) post, teacher, allowance_line, allowance_sheet, training_hours_entry, training_cycle_hours, pairing_activity, pairing_receipt, inspection_problem`;
  const [counted] = await owner.sql<{ n: number }[]>`select count(*)::int as n from allowance_line where tenant_id = ${city.id}`;
  lines = counted!.n;
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Each section alone, in a tenant transaction of its own: where the time goes. */
async function sectionMedians() {
  const { user } = await generatedAdminSession(app.db, city.code, PASSWORD);
  const sections: Record<string, (tx: Transaction) => Promise<unknown>> = {
    allowance: (tx: Transaction) => allowanceSection(tx, user, MONTH),
    training: (tx: Transaction) => trainingSection(tx, user, TODAY),
    rotation: (tx: Transaction) => rotationSection(tx, user, TODAY),
    pairing: (tx: Transaction) => pairingSection(tx, user, TODAY),
    problems: (tx: Transaction) => problemsSection(tx, user, TODAY),
    quality: (tx: Transaction) => qualitySection(tx, user, TODAY),
  };
  const medians: Record<string, number> = {};
  for (const [name, section] of Object.entries(sections)) {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const t0 = performance.now();
      await withTenant(app.db, { tenantId: city.id }, section);
      if (i >= WARM_UP) times.push(performance.now() - t0);
    }
    medians[name] = round(median(times));
  }
  return medians;
}

const floorOnce = () => withTenant(app.db, { tenantId: city.id }, (tx) => tx.execute(sql`select count(*) from post`));

it(`loads the overview of a 30,000-teacher city in ≤ ${TARGET_MS} ms`, async () => {
  const caller = await generatedAdminCaller(app.db, city.code, PASSWORD);
  const overview = () => caller.overview.get({});
  let t0 = performance.now();
  let view = await overview();
  const coldMs = performance.now() - t0;
  for (let i = 0; i < WARM_UP; i++) await Promise.all([overview(), floorOnce()]);
  const product: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t0 = performance.now();
    view = await overview();
    product.push(performance.now() - t0);
    t0 = performance.now();
    await floorOnce();
    floor.push(performance.now() - t0);
  }
  const sectionsMs = await sectionMedians();
  const result = {
    teachers: TEACHERS,
    sheetLines: lines,
    ledgerEntries: entries,
    ...pairing,
    problems: PROBLEMS,
    figures: {
      monthTotalFen: view.allowance.totalFen,
      sheetStates: view.allowance.byState,
      training: { teachers: view.training?.teachers, onPace: view.training?.onPace, behind: view.training?.behind },
      rotation: { eligible: view.rotation.eligible, quota: view.rotation.quota },
      pairs: view.pairing,
      problems: view.problems,
      quality: view.quality,
    },
    target: { ms: TARGET_MS },
    coldMs: Math.round(coldMs),
    productMs: round(median(product)),
    floorMs: round(median(floor)),
    ratio: Math.round((median(product) / median(floor)) * 100) / 100,
    runsMs: product.map(Math.round),
    sectionsMs,
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult('overview', result);
  expect(view.training?.teachers).toBeGreaterThan(TEACHERS * 0.9);
  expect(view.problems.total).toBe(PROBLEMS);
  expect(median(product)).toBeLessThanOrEqual(TARGET_MS);
});
