// A monthly run killed (SIGKILL) while it writes its lines leaves no partial sheet, and a fresh run
// then completes. The run is a child process; the test watches its backend in pg_stat_activity and
// kills it once the backend is writing allowance lines, retrying (bounded) until a kill lands mid-run.
import { hashPassword } from '@tongxing/auth';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { publishBaichengRule } from '../support/rules';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { signIn, type SignedIn } from '../support/callers';
import { exited, lineStartingWith, spawnScript } from '../support/child';
import { appDb, closeDbs, ownerDb } from '../support/db';

const PASSWORD = 'Crash#Pass2026';
const MONTH = '2026-03';
const ATTEMPTS = 10;

let city: LoadedTenant;
let admin: SignedIn;
let countyId: string;

beforeAll(async () => {
  [city] = (await bulkLoad(ownerDb().db, { tenants: 1, teachers: 8_000, seed: 23, passwordHash: await hashPassword(PASSWORD) })) as [
    LoadedTenant,
  ];
  admin = await signIn(city.code, GENERATED_ADMIN, PASSWORD);
  await publishBaichengRule(admin.caller);
  const [largest] = await ownerDb().sql<{ id: string }[]>`
    select s.county_id as id from teacher t join school s on s.tenant_id = t.tenant_id and s.id = t.school_id
    where t.tenant_id = ${city.id} group by s.county_id order by count(*) desc limit 1`;
  countyId = largest!.id;
}, 120_000);
afterAll(closeDbs);

async function linesOfMonth(): Promise<number> {
  const [row] = await ownerDb().sql<
    { n: number }[]
  >`select count(*)::int as n from allowance_line where tenant_id = ${city.id} and month = ${MONTH}`;
  return row!.n;
}

/** One run in a child, killed as soon as its backend is seen writing lines; says whether the kill landed mid-run. */
async function runAndKill(): Promise<boolean> {
  const child = spawnScript('run-month-child.ts', { APP_DATABASE_URL: inject('appUrl'), TENANT_ID: city.id, COUNTY_ID: countyId, MONTH });
  const pid = Number(await lineStartingWith(child, 'pid '));
  let killed = false;
  while (!killed && child.exitCode === null) {
    // as the app role: only a session's own role (or a superuser) may read what it is running
    const [backend] = await appDb().sql<{ state: string; query: string }[]>`select state, query from pg_stat_activity where pid = ${pid}`;
    // still inside the run's transaction, and already at the lines
    if (backend && backend.state !== 'idle' && /allowance_line/i.test(backend.query)) killed = child.kill('SIGKILL');
  }
  await exited(child);
  // the server notices the dead client and rolls back; wait for the backend to go
  for (let i = 0; i < 200; i++) {
    const [alive] = await ownerDb().sql`select 1 from pg_stat_activity where pid = ${pid}`;
    if (!alive) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return killed && child.signalCode === 'SIGKILL';
}

it('leaves no partial sheet when the run is killed while writing, and a fresh run completes', { timeout: 180_000 }, async () => {
  const observed: { midRun: boolean; lines: number }[] = [];
  for (let attempt = 0; attempt < ATTEMPTS && !observed.some((o) => o.midRun); attempt++) {
    const midRun = await runAndKill();
    const lines = await linesOfMonth();
    observed.push({ midRun, lines });
    // a run that finished before the kill is undone by hand, so the next attempt starts from nothing
    if (lines > 0)
      await ownerDb()
        .sql`with gone as (delete from allowance_line where tenant_id = ${city.id} and month = ${MONTH}) delete from allowance_sheet where tenant_id = ${city.id} and month = ${MONTH}`;
  }
  expect(observed.some((o) => o.midRun)).toBe(true);
  for (const o of observed.filter((o) => o.midRun)) expect(o.lines).toBe(0);

  const fresh = await admin.caller.sheet.run({ countyId, month: MONTH });
  expect(fresh.lines).toBeGreaterThan(300);
  expect(await linesOfMonth()).toBe(fresh.lines);
  // a run that completed before its kill wrote exactly what the fresh run writes: all or nothing
  for (const o of observed.filter((o) => !o.midRun)) expect([0, fresh.lines]).toContain(o.lines);
});
