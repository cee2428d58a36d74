// The hours compliance list on a 30,000-teacher city with five years of ledger (about 750,000 entries):
// the first page with a county filter at 20 concurrent clients through the real HTTP stack, against the
// same statements sent with postgres.js as the app role (the floor); and the city's summary by county.
import { drizzle } from 'drizzle-orm/postgres-js';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createCaller } from '@tongxing/api';
import { hashPassword, validateSessionToken } from '@tongxing/auth';
import { connect, schema, type DatabaseHandle } from '@tongxing/db';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { loadTrainingLedger } from '@tongxing/db/seed/training-load';
import { measureConcurrently, writeResult, type Latencies } from '../support/bench';
import { loginOverHttp, trpcQueryUrl } from '../support/http';
import { wrk, wrkAvailable } from '../support/wrk';

const TEACHERS = 30_000;
const PER_TEACHER = 25;
const CONCURRENCY = 20;
const WARM_UP = 100;
const REQUESTS = 1000;
const SUMMARY_RUNS = 10;
const PASSWORD = 'Bench#Pass2026';
const CYCLE = { startDate: '2022-01-01', endDate: '2026-12-31', requiredHours: 360 };
const AS_OF = '2026-06-30';

const baseUrl = inject('baseUrl');
let owner: DatabaseHandle;
let app: DatabaseHandle;
let city: LoadedTenant;
let entries = 0;
let loadMs = 0;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 1 });
  app = connect(inject('appUrl'), { max: 10 });
  [city] = (await bulkLoad(owner.db, { tenants: 1, teachers: TEACHERS, seed: 7, passwordHash: await hashPassword(PASSWORD) })) as [
    LoadedTenant,
  ];
  const t0 = performance.now();
  entries = await loadTrainingLedger(owner.db, city.id, { perTeacher: PER_TEACHER, cycle: CYCLE, seed: 7 });
  loadMs = Math.round(performance.now() - t0);
  await owner.sql`analyze training_hours_entry`;
  await owner.sql`analyze training_cycle_hours`;
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

async function largestCounty(): Promise<string> {
  const [row] = await owner.sql<{ id: string }[]>`
    select s.county_id as id from teacher t join school s on s.tenant_id = t.tenant_id and s.id = t.school_id
    where t.tenant_id = ${city.id} group by s.county_id order by count(*) desc limit 1`;
  return row!.id;
}

/** A caller that records the statements a procedure sends (to replay them as the floor). */
async function recordingCaller(token: string) {
  const captured: { query: string; params: unknown[] }[] = [];
  const logged = drizzle(app.sql, { schema, logger: { logQuery: (query, params) => captured.push({ query, params }) } });
  const session = await validateSessionToken(logged, token);
  const caller = createCaller({ db: logged, session, ip: '127.0.0.1', locale: 'zh', sessionCookie: { set: () => {} } });
  return { caller, captured };
}

/** The captured statements that read the training tables, replayed in one tenant transaction. */
function floorOf(statements: { query: string; params: unknown[] }[]) {
  return async () => {
    await app.sql.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${city.id}, true)`;
      for (const s of statements) await tx.unsafe(s.query, s.params as never[], { prepare: true });
    });
  };
}

const readsTraining = (s: { query: string }) => /training_cycle_hours|training_cycle"|from "training_cycle"/.test(s.query);

it(`lists the compliance of ${TEACHERS} teachers (${PER_TEACHER} ledger entries each), a county's first page, at ${CONCURRENCY} clients`, async () => {
  const input = { countyId: await largestCounty(), asOf: AS_OF, sort: 'name' };
  const cookie = await loginOverHttp(baseUrl, city.code, GENERATED_ADMIN, PASSWORD);
  const url = trpcQueryUrl(baseUrl, 'hours.compliance', input);
  const get = async () => {
    const response = await fetch(url, { headers: { cookie } });
    if (!response.ok) throw new Error(`hours.compliance answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  const first = (await (await fetch(url, { headers: { cookie } })).json()) as {
    result: { data: { json: { list: { rows: unknown[]; total: number } } } };
  };
  const teachersInCounty = first.result.data.json.list.total;
  expect(first.result.data.json.list.rows).toHaveLength(20);

  const { caller, captured } = await recordingCaller(cookie.slice('tx_session='.length));
  captured.length = 0;
  await caller.hours.compliance(input as never);
  const statements = captured.filter(readsTraining);
  const measure = async (once: () => Promise<void>): Promise<Latencies> => {
    await measureConcurrently(WARM_UP, CONCURRENCY, once);
    return measureConcurrently(REQUESTS, CONCURRENCY, once);
  };
  const http = await measure(get);
  // The same load from wrk, when installed: the Node client above takes CPU the server and PostgreSQL need.
  const httpWrk = wrkAvailable() ? wrk(url.replace('localhost', '127.0.0.1'), { cookie }, CONCURRENCY, 10) : null;
  const floor = await measure(floorOf(statements));
  // wrk, when installed, is the measurement (as in the teacher-list benchmark)
  const ratioP95 = Math.round(((httpWrk ?? http).p95 / floor.p95) * 100) / 100;

  // The city's summary by county: one request at a time, as the city's overview asks for it.
  captured.length = 0;
  await caller.hours.summary({ asOf: AS_OF });
  const summaryStatements = captured.filter(readsTraining);
  const summary = await measureConcurrently(SUMMARY_RUNS, 1, async () => {
    await caller.hours.summary({ asOf: AS_OF });
  });
  const summaryFloor = await measureConcurrently(SUMMARY_RUNS, 1, floorOf(summaryStatements));

  const path = writeResult('training-compliance', {
    teachers: city.teachers,
    entries,
    loadMs,
    input,
    teachersInCounty,
    target: { listP95: 50, listRatio: 2, summaryMs: 300 },
    http,
    httpWrk,
    floor,
    ratioP95,
    summary,
    summaryFloor,
    statements: statements.map((s) => s.query),
  });
  console.log(
    [
      `hours.compliance, ${city.teachers} teachers, ${entries} ledger entries (loaded in ${loadMs} ms), county filter (${teachersInCounty} teachers), ${REQUESTS} requests after ${WARM_UP} warm-up, ${CONCURRENCY} clients`,
      `  HTTP  (SvelteKit + tRPC + session + RLS): p50 ${http.p50} ms  p95 ${http.p95} ms  p99 ${http.p99} ms  max ${http.max} ms  ${http.perSecond}/s`,
      ...(httpWrk
        ? [
            `  HTTP from wrk (${httpWrk.connections} connections, ${httpWrk.seconds} s): p50 ${httpWrk.p50} ms  p95 ${httpWrk.p95} ms  p99 ${httpWrk.p99} ms  ${httpWrk.perSecond}/s  errors ${httpWrk.errors}`,
          ]
        : []),
      `  floor (same SQL, prepared, postgres.js, app role): p50 ${floor.p50} ms  p95 ${floor.p95} ms  p99 ${floor.p99} ms  ${floor.perSecond}/s`,
      `  p95 ratio HTTP${httpWrk ? ' (wrk)' : ''}/floor: ${ratioP95}   (targets: HTTP p95 ≤ 50 ms, ≤ 2× the floor)`,
      `hours.summary (city, all counties), ${SUMMARY_RUNS} calls one at a time: p50 ${summary.p50} ms  p95 ${summary.p95} ms  max ${summary.max} ms; its SQL alone p50 ${summaryFloor.p50} ms  (target ≤ 300 ms)   → ${path}`,
    ].join('\n'),
  );
});
