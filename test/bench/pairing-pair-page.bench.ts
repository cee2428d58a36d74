// A pair's page (/pairing/<pair>, this term) on a city with 100 pairs and three years of activities, at 20
// concurrent clients: through the real HTTP stack (SvelteKit page load + session + tRPC caller + RLS) and,
// as the floor, the statements its three procedures send (pairing.get, pairingActivity.ofPair,
// pairingSettings.get), captured from real calls and replayed prepared in one tenant transaction; and the
// lightest page of the area under the same load, for what the stack itself costs.
import { drizzle } from 'drizzle-orm/postgres-js';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { hashPassword } from '@tongxing/auth';
import { connect, schema, type DatabaseHandle } from '@tongxing/db';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { loadPairing } from '@tongxing/db/seed/pairing-load';
import { termOf, todayInChina } from '@tongxing/domain';
import { generatedAdminCaller, measureConcurrently, writeResult, type Latencies } from '../support/bench';
import { loginOverHttp } from '../support/http';
import { wrk, wrkAvailable } from '../support/wrk';

const TEACHERS = 10_000;
const CONCURRENCY = 20;
const WARM_UP = 200;
const REQUESTS = 2_000;
const PASSWORD = 'Bench#Pass2026';
const TODAY = todayInChina();
const TERM = termOf(TODAY);

const baseUrl = inject('baseUrl');
let owner: DatabaseHandle;
let app: DatabaseHandle;
let city: LoadedTenant;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 1 });
  app = connect(inject('appUrl'), { max: 10 });
  [city] = (await bulkLoad(owner.db, { tenants: 1, teachers: TEACHERS, seed: 7, passwordHash: await hashPassword(PASSWORD) })) as [
    LoadedTenant,
  ];
  await loadPairing(owner.db, city.id, { pairs: 100, activitiesPerPair: 120, years: 3, asOf: TODAY, seed: 11 });
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

/**
 * The statements the page's procedures send, less the session's, the tenant transaction's and the
 * once-a-day refresh of the teachers' current schools (run by the first request of each day).
 */
async function pageStatements(pairId: string): Promise<{ query: string; params: unknown[] }[]> {
  const captured: { query: string; params: unknown[] }[] = [];
  const logged = drizzle(app.sql, { schema, logger: { logQuery: (query, params) => captured.push({ query, params }) } });
  const caller = await generatedAdminCaller(app.db, city.code, PASSWORD, logged);
  captured.length = 0;
  await Promise.all([
    caller.pairing.get({ pairId, term: TERM.key }),
    caller.pairingActivity.ofPair({ pairId, term: TERM.key }),
    caller.pairingSettings.get(),
  ]);
  return captured.filter((s) => !/set_config|"session"|"app_user"|tongxing_refresh_teacher_schools/.test(s.query));
}

it(`serves a pair's page at ${CONCURRENCY} concurrent clients with p95 ≤ 50 ms`, async () => {
  // A community (a lead and three members): the pair with the most receipts.
  const [pair] = await owner.sql<{ id: string; activities: number }[]>`
    select p.id, (select count(*) from pairing_activity a where a.tenant_id = p.tenant_id and a.pair_id = p.id
      and a.start_date between ${TERM.start} and ${TERM.end})::int as activities
    from pairing_pair p where p.tenant_id = ${city.id} and p.kind = 'community' order by p.name limit 1`;
  const cookie = await loginOverHttp(baseUrl, city.code, GENERATED_ADMIN, PASSWORD);
  const url = `${baseUrl}/pairing/${pair!.id}?term=${TERM.key}`;
  const get = async () => {
    const response = await fetch(url, { headers: { cookie, accept: 'text/html' }, redirect: 'manual' });
    if (response.status !== 200) throw new Error(`the pair page answered ${response.status}`);
    await response.arrayBuffer();
  };
  const page = await (await fetch(url, { headers: { cookie, accept: 'text/html' } })).text();
  expect(page.match(/<span class="when[ "]/g)?.length ?? 0).toBe(pair!.activities);

  const statements = await pageStatements(pair!.id);
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
  const httpWrk = wrkAvailable() ? wrk(url.replace('localhost', '127.0.0.1'), { cookie, accept: 'text/html' }, CONCURRENCY, 10) : null;
  // The stack's own cost at the same load: the lightest page of the area (the settings: one small read).
  const lightest = wrkAvailable()
    ? wrk(`${baseUrl.replace('localhost', '127.0.0.1')}/pairing/settings`, { cookie, accept: 'text/html' }, CONCURRENCY, 10)
    : null;
  const floor = await measure(floorOnce);
  const ratioP95 = Math.round(((httpWrk ?? http).p95 / floor.p95) * 100) / 100;

  const path = writeResult('pairing-pair-page', {
    teachers: city.teachers,
    term: TERM.key,
    activitiesInTerm: pair!.activities,
    target: { p95: 50 },
    http,
    httpWrk,
    lightest,
    floor,
    ratioP95,
    statements: statements.map((s) => s.query),
  });
  console.log(
    [
      `/pairing/<community>?term=${TERM.key} (${pair!.activities} activities this term), ${REQUESTS} requests after ${WARM_UP} warm-up, ${CONCURRENCY} clients`,
      `  HTTP  (SvelteKit page + session + tRPC caller + RLS): p50 ${http.p50} ms  p95 ${http.p95} ms  p99 ${http.p99} ms  max ${http.max} ms  ${http.perSecond}/s`,
      ...(httpWrk
        ? [
            `  HTTP from wrk (${httpWrk.connections} connections, ${httpWrk.seconds} s): p50 ${httpWrk.p50} ms  p95 ${httpWrk.p95} ms  p99 ${httpWrk.p99} ms  ${httpWrk.perSecond}/s  errors ${httpWrk.errors}`,
          ]
        : []),
      ...(lightest
        ? [`  the lightest page (/pairing/settings) from wrk: p50 ${lightest.p50} ms  p95 ${lightest.p95} ms  ${lightest.perSecond}/s`]
        : []),
      `  floor (${statements.length} statements, prepared, postgres.js, app role): p50 ${floor.p50} ms  p95 ${floor.p95} ms  p99 ${floor.p99} ms  max ${floor.max} ms  ${floor.perSecond}/s`,
      `  p95 ratio HTTP/floor: ${ratioP95}   (target: HTTP p95 ≤ 50 ms)   → ${path}`,
    ].join('\n'),
  );
  expect(httpWrk?.errors ?? 0).toBe(0);
});
