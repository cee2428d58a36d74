// The teacher's allowance page (/allowances/mine?month=…) on a 30,000-teacher city, at 20 concurrent
// clients: through the real HTTP stack (SvelteKit page load + session + tRPC caller + RLS + the engine)
// and, as the floor, the statements allowance.preview sends, with postgres.js as the app role in a
// tenant transaction.
import { drizzle } from 'drizzle-orm/postgres-js';
import { publishBaichengRule } from '../support/rules';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createCaller } from '@tongxing/api';
import { hashPassword, login, LoginThrottle, validateSessionToken } from '@tongxing/auth';
import { connect, schema, type DatabaseHandle } from '@tongxing/db';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { measureConcurrently, writeResult, type Latencies } from '../support/bench';
import { wrk, wrkAvailable } from '../support/wrk';
import { loginOverHttp } from '../support/http';

const TEACHERS = 30_000;
const CONCURRENCY = 20;
const WARM_UP = 200;
const REQUESTS = 2_000;
const PASSWORD = 'Bench#Pass2026';
const TEACHER_PASSWORD = 'Teacher#Pass2026';
const MONTH = '2026-03';

const baseUrl = inject('baseUrl');
let owner: DatabaseHandle;
let app: DatabaseHandle;
let city: LoadedTenant;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 1 });
  app = connect(inject('appUrl'), { max: 10 });
  [city] = (await bulkLoad(owner.db, { tenants: 1, teachers: TEACHERS, seed: 5, passwordHash: await hashPassword(PASSWORD) })) as [
    LoadedTenant,
  ];
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

async function callerFor(db: DatabaseHandle['db'], token: string) {
  const session = await validateSessionToken(db, token);
  return createCaller({ db, session, ip: '127.0.0.1', locale: 'zh', sessionCookie: { set: () => {} } });
}

async function signIn(username: string, password: string) {
  const result = await login(app.db, new LoginThrottle(), { tenantCode: city.code, username, password, ip: '127.0.0.1' });
  if (!result.ok) throw new Error(`login ${username} failed`);
  return result.token;
}

/** The rule, and a teacher account (one-time password changed) for a 在编 teacher at a 村小 all month. */
async function arrange(): Promise<{ teacherId: string; token: string }> {
  const admin = await callerFor(app.db, await signIn(GENERATED_ADMIN, PASSWORD));
  await publishBaichengRule(admin);
  const [teacher] = await owner.sql<{ id: string }[]>`
    select p.teacher_id as id from post p join school s on s.tenant_id = p.tenant_id and s.id = p.school_id
    where p.tenant_id = ${city.id} and p.is_primary and s.location_class = '村小' and p.employment_type = '在编' and p.status = '在岗'
      and p.start_date <= '2026-03-01' and (p.end_date is null or p.end_date >= '2026-04-01')
    order by p.teacher_id limit 1`;
  const account = await admin.account.create({
    username: 'bench.teacher',
    displayName: '压测教师',
    role: 'teacher',
    teacherId: teacher!.id,
  });
  const first = await signIn('bench.teacher', account.oneTimePassword);
  const issued: string[] = [];
  const session = await validateSessionToken(app.db, first);
  await createCaller({
    db: app.db,
    session,
    ip: '127.0.0.1',
    locale: 'zh',
    sessionCookie: { set: (t) => issued.push(t) },
  }).auth.changePassword({
    currentPassword: account.oneTimePassword,
    newPassword: TEACHER_PASSWORD,
  });
  return { teacherId: teacher!.id, token: issued[0]! };
}

/** The statements allowance.preview sends (rules, types, bases, the teacher's posts), captured from a real call. */
async function previewStatements(token: string, teacherId: string): Promise<{ query: string; params: unknown[] }[]> {
  const captured: { query: string; params: unknown[] }[] = [];
  const logged = drizzle(app.sql, { schema, logger: { logQuery: (query, params) => captured.push({ query, params }) } });
  const caller = await callerFor(logged, token);
  captured.length = 0;
  await caller.allowance.preview({ teacherId, month: MONTH });
  return captured.filter((s) => /from "(allowance_rule_version|allowance_type|wage_base|post)"/.test(s.query));
}

it(`serves a teacher's allowance page of a ${TEACHERS}-teacher city at ${CONCURRENCY} concurrent clients`, async () => {
  const { teacherId, token } = await arrange();
  const cookie = await loginOverHttp(baseUrl, city.code, 'bench.teacher', TEACHER_PASSWORD);
  const url = `${baseUrl}/allowances/mine?month=${MONTH}`;
  const get = async () => {
    const response = await fetch(url, { headers: { cookie, accept: 'text/html' }, redirect: 'manual' });
    if (response.status !== 200) throw new Error(`/allowances/mine answered ${response.status}`);
    await response.arrayBuffer();
  };
  const page = await (await fetch(url, { headers: { cookie, accept: 'text/html' } })).text();
  expect(page).toContain('500');

  const statements = await previewStatements(token, teacherId);
  expect(statements).toHaveLength(4);
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
  const floor = await measure(floorOnce);
  const ratioP95 = Math.round(((httpWrk ?? http).p95 / floor.p95) * 100) / 100;

  const path = writeResult('teacher-allowance-page', {
    teachers: city.teachers,
    tenant: city.code,
    month: MONTH,
    target: { p95: 50 },
    http,
    httpWrk,
    floor,
    ratioP95,
    statements: statements.map((s) => s.query),
  });
  console.log(
    [
      `/allowances/mine?month=${MONTH}, ${city.teachers}-teacher city, ${REQUESTS} requests after ${WARM_UP} warm-up, ${CONCURRENCY} clients`,
      `  HTTP  (SvelteKit page + session + tRPC caller + RLS + engine): p50 ${http.p50} ms  p95 ${http.p95} ms  p99 ${http.p99} ms  max ${http.max} ms  ${http.perSecond}/s`,
      ...(httpWrk
        ? [
            `  HTTP from wrk (${httpWrk.connections} connections, ${httpWrk.seconds} s): p50 ${httpWrk.p50} ms  p95 ${httpWrk.p95} ms  p99 ${httpWrk.p99} ms  ${httpWrk.perSecond}/s  errors ${httpWrk.errors}`,
          ]
        : []),
      `  floor (preview's SQL, prepared, postgres.js, app role):                 p50 ${floor.p50} ms  p95 ${floor.p95} ms  p99 ${floor.p99} ms  max ${floor.max} ms  ${floor.perSecond}/s`,
      `  p95 ratio HTTP/floor: ${ratioP95}   (target: HTTP p95 ≤ 50 ms)   → ${path}`,
    ].join('\n'),
  );
});
