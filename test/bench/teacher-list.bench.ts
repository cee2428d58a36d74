// The teacher list's first page with filters on a 30,000-teacher city, at 20 concurrent clients:
// through the real HTTP stack (SvelteKit + tRPC + session + RLS) and, as the floor, the same two
// statements the procedure runs, sent with postgres.js as the app role in a tenant transaction.
import { drizzle } from 'drizzle-orm/postgres-js';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createCaller } from '@tongxing/api';
import { hashPassword, validateSessionToken } from '@tongxing/auth';
import { connect, schema, type DatabaseHandle } from '@tongxing/db';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { measureConcurrently, writeResult, type Latencies } from '../support/bench';
import { loginOverHttp, trpcQueryUrl } from '../support/http';
import { wrk, wrkAvailable } from '../support/wrk';

const TEACHERS = 30_000;
const CONCURRENCY = 20;
const WARM_UP = 200;
const REQUESTS = 2_000;
const PASSWORD = 'Bench#Pass2026';
/** A given-name character in about one name in fifteen: many matches, so counting them is real work. */
const SEARCH = '英';

const baseUrl = inject('baseUrl');
let owner: DatabaseHandle;
let app: DatabaseHandle;
let city: LoadedTenant;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 1 });
  app = connect(inject('appUrl'), { max: 10 });
  [city] = (await bulkLoad(owner.db, { tenants: 1, teachers: TEACHERS, seed: 1, passwordHash: await hashPassword(PASSWORD) })) as [
    LoadedTenant,
  ];
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

/** The county with the most teachers: the heaviest first page a county filter gives. */
async function largestCounty(): Promise<string> {
  const [row] = await owner.sql<{ id: string }[]>`
    select s.county_id as id from teacher t join school s on s.tenant_id = t.tenant_id and s.id = t.school_id
    where t.tenant_id = ${city.id} group by s.county_id order by count(*) desc limit 1`;
  return row!.id;
}

/** The statements the procedure sends for this input, captured from a real call through the caller. */
async function listStatements(token: string, input: object): Promise<{ query: string; params: unknown[] }[]> {
  const captured: { query: string; params: unknown[] }[] = [];
  const logged = drizzle(app.sql, { schema, logger: { logQuery: (query, params) => captured.push({ query, params }) } });
  const session = await validateSessionToken(logged, token);
  const caller = createCaller({ db: logged, session, ip: '127.0.0.1', locale: 'zh', sessionCookie: { set: () => {} } });
  captured.length = 0;
  await caller.teacher.list(input);
  return captured.filter((s) => s.query.includes('from "teacher"'));
}

it(`lists the first page of ${TEACHERS} teachers filtered by county and name at ${CONCURRENCY} concurrent clients`, async () => {
  const input = { countyId: await largestCounty(), search: SEARCH };
  const cookie = await loginOverHttp(baseUrl, city.code, GENERATED_ADMIN, PASSWORD);
  const url = trpcQueryUrl(baseUrl, 'teacher.list', input);
  const get = async () => {
    const response = await fetch(url, { headers: { cookie } });
    if (!response.ok) throw new Error(`teacher.list answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  const first = (await (await fetch(url, { headers: { cookie } })).json()) as {
    result: { data: { json: { rows: unknown[]; total: number } } };
  };
  const matches = first.result.data.json.total;
  expect(first.result.data.json.rows).toHaveLength(20);

  const statements = await listStatements(cookie.slice('tx_session='.length), input);
  expect(statements).toHaveLength(2);
  const floorOnce = async () => {
    await app.sql.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${city.id}, true)`;
      await Promise.all(statements.map((s) => tx.unsafe(s.query, s.params as never[], { prepare: true })));
    });
  };

  const measure = async (once: () => Promise<void>): Promise<Latencies> => {
    await measureConcurrently(WARM_UP, CONCURRENCY, once);
    return measureConcurrently(REQUESTS, CONCURRENCY, once);
  };
  const http = await measure(get);
  // The same load from wrk, when installed: the Node client above takes CPU the server and PostgreSQL need.
  const httpWrk = wrkAvailable() ? wrk(url.replace('localhost', '127.0.0.1'), { cookie }, CONCURRENCY, 10) : null;
  const floor = await measure(floorOnce);
  // wrk, when installed, is the measurement: the Node client competes with the server for the two cores
  const ratioP95 = Math.round(((httpWrk ?? http).p95 / floor.p95) * 100) / 100;

  const path = writeResult('teacher-list', {
    teachers: city.teachers,
    tenant: city.code,
    input,
    matches,
    target: { p95: 50 },
    http,
    httpWrk,
    floor,
    ratioP95,
    statements: statements.map((s) => s.query),
  });
  console.log(
    [
      `teacher.list, ${city.teachers} teachers, county filter + search "${SEARCH}" (${matches} matches), ${REQUESTS} requests after ${WARM_UP} warm-up, ${CONCURRENCY} clients`,
      `  HTTP  (SvelteKit + tRPC + session + RLS): p50 ${http.p50} ms  p95 ${http.p95} ms  p99 ${http.p99} ms  max ${http.max} ms  ${http.perSecond}/s`,
      ...(httpWrk
        ? [
            `  HTTP from wrk (${httpWrk.connections} connections, ${httpWrk.seconds} s): p50 ${httpWrk.p50} ms  p95 ${httpWrk.p95} ms  p99 ${httpWrk.p99} ms  ${httpWrk.perSecond}/s  errors ${httpWrk.errors}`,
          ]
        : []),
      `  floor (same SQL, prepared, postgres.js, app role): p50 ${floor.p50} ms  p95 ${floor.p95} ms  p99 ${floor.p99} ms  max ${floor.max} ms  ${floor.perSecond}/s`,
      `  p95 ratio HTTP${httpWrk ? ' (wrk)' : ''}/floor: ${ratioP95}   (target: HTTP p95 ≤ 50 ms)   → ${path}`,
    ].join('\n'),
  );
});
