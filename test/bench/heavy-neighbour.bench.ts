// A light request of one city while another city runs its heaviest procedure in a loop: the p95 of
// tenant B's `auth.me` over HTTP with tenant A idle, and with A's administrator running a city-wide
// policy simulation (30,000 teachers, 12 months) again and again through the same HTTP stack. The floor
// is the idle figure: the ratio says how much a heavy neighbour costs.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createCaller } from '@tongxing/api';
import { hashPassword, login, LoginThrottle, validateSessionToken } from '@tongxing/auth';
import { connect, type DatabaseHandle } from '@tongxing/db';
import { DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { measureConcurrently, writeResult, type Latencies } from '../support/bench';
import { loginOverHttp, trpcQueryUrl } from '../support/http';
import { publishBaichengRule } from '../support/rules';

const TEACHERS = 30_000;
const CONCURRENCY = 4;
const REQUESTS = 400;
const PASSWORD = 'Bench#Pass2026';

const baseUrl = inject('baseUrl');
let owner: DatabaseHandle;
let app: DatabaseHandle;
let city: LoadedTenant;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 1 });
  app = connect(inject('appUrl'), { max: 4 });
  [city] = (await bulkLoad(owner.db, { tenants: 1, teachers: TEACHERS, seed: 11, passwordHash: await hashPassword(PASSWORD) })) as [
    LoadedTenant,
  ];
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

/** A's rule and a draft raising it, so the simulation computes every teacher twice. */
async function arrangeDraft(): Promise<string> {
  const result = await login(app.db, new LoginThrottle(), {
    tenantCode: city.code,
    username: GENERATED_ADMIN,
    password: PASSWORD,
    ip: '127.0.0.1',
  });
  if (!result.ok) throw new Error('login failed');
  const admin = createCaller({
    db: app.db,
    session: await validateSessionToken(app.db, result.token),
    ip: '127.0.0.1',
    locale: 'zh',
    sessionCookie: { set: () => {} },
  });
  const typeId = await publishBaichengRule(admin);
  const draft = await admin.allowance.createDraft({
    allowanceTypeId: typeId,
    documentNo: '〔2027〕1号',
    documentTitle: '调整',
    effectiveFrom: '2026-07-01',
    conditions: { inPostRequired: true },
    amount: { kind: 'fixed', monthlyFen: 40_000 },
    proration: { kind: 'calendarDays' },
  });
  return draft.id;
}

it('keeps another city’s light requests fast while one city simulates in a loop', async () => {
  const draftId = await arrangeDraft();
  const heavyCookie = await loginOverHttp(baseUrl, city.code, GENERATED_ADMIN, PASSWORD);
  const lightCookie = await loginOverHttp(baseUrl, 'baicheng', 'bc.admin', DEMO_PASSWORD);
  const light = async () => {
    const response = await fetch(`${baseUrl}/api/trpc/auth.me`, { headers: { cookie: lightCookie } });
    if (response.status !== 200) throw new Error(`auth.me answered ${response.status}`);
    await response.arrayBuffer();
  };
  const simulateUrl = trpcQueryUrl(baseUrl, 'allowance.simulate', { draftIds: [draftId], from: '2026-01', to: '2026-12' });
  const simulateOnce = async () => {
    const t0 = performance.now();
    const response = await fetch(simulateUrl, { headers: { cookie: heavyCookie } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`simulate answered ${response.status}`);
    return performance.now() - t0;
  };

  await measureConcurrently(50, CONCURRENCY, light);
  const idle = await measureConcurrently(REQUESTS, CONCURRENCY, light);

  const simulationMs: number[] = [];
  let running = true;
  const neighbour = (async () => {
    while (running) simulationMs.push(await simulateOnce());
  })();
  await new Promise((r) => setTimeout(r, 500)); // the first simulation is under way
  const busy: Latencies = await measureConcurrently(REQUESTS, CONCURRENCY, light);
  running = false;
  await neighbour;
  expect(simulationMs.length).toBeGreaterThan(0);

  const ratioP95 = Math.round((busy.p95 / idle.p95) * 100) / 100;
  const path = writeResult('heavy-neighbour', {
    teachers: city.teachers,
    idle,
    busy,
    ratioP95,
    simulations: simulationMs.length,
    simulationMs: simulationMs.map(Math.round),
  });
  console.log(
    [
      `auth.me of 白城 over HTTP, ${REQUESTS} requests, ${CONCURRENCY} clients, while ${city.code} (${city.teachers} teachers) is idle / simulating 12 months in a loop`,
      `  idle: p50 ${idle.p50} ms  p95 ${idle.p95} ms  p99 ${idle.p99} ms  max ${idle.max} ms`,
      `  busy: p50 ${busy.p50} ms  p95 ${busy.p95} ms  p99 ${busy.p99} ms  max ${busy.max} ms  (${simulationMs.length} simulations, ${simulationMs.map((ms) => Math.round(ms)).join(', ')} ms)`,
      `  ratio p95 busy/idle: ${ratioP95}`,
      `  → ${path}`,
    ].join('\n'),
  );
});
