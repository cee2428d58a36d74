// The city's pairing dashboard for the current term (pairing.dashboard through the tRPC caller: session,
// tenant transaction, RLS, the settings and the figures) on a city with 100 pairs and three years of
// activities (12,000 activities, 30,000 evidence records), against one plain SQL query that reads the
// same figures: confirmed activities per pair and kind in the term, what they gave, each pair's last
// confirmed day (the floor). Both run as the app role in a tenant transaction.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { hashPassword } from '@tongxing/auth';
import { connect, type DatabaseHandle } from '@tongxing/db';
import { bulkLoad, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { loadPairing, type LoadedPairing } from '@tongxing/db/seed/pairing-load';
import { termOf, todayInChina } from '@tongxing/domain';
import { generatedAdminCaller, writeResult } from '../support/bench';

const TEACHERS = 10_000;
const PASSWORD = 'Bench#Pass2026';
const WARM_UP = 3;
const RUNS = 15;
const TODAY = todayInChina();
const TERM = termOf(TODAY);

let owner: DatabaseHandle;
let app: DatabaseHandle;
let city: LoadedTenant;
let pairing: LoadedPairing;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 1 });
  app = connect(inject('appUrl'), { max: 2 });
  [city] = (await bulkLoad(owner.db, { tenants: 1, teachers: TEACHERS, seed: 7, passwordHash: await hashPassword(PASSWORD) })) as [
    LoadedTenant,
  ];
  pairing = await loadPairing(owner.db, city.id, { pairs: 100, activitiesPerPair: 120, years: 3, asOf: TODAY, seed: 11 });
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type FloorRow = { pair_id: string; kind: string; confirmed: number; given_fen: number; last_confirmed: string };

/** The same figures, the plainest way: one pass over the confirmed activities, grouped by pair and kind. */
const floorOnce = () =>
  app.sql.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${city.id}, true)`;
    return tx<FloorRow[]>`
      select a.pair_id, a.kind, count(*) filter (where a.start_date between ${TERM.start} and ${TERM.end})::int as confirmed,
        coalesce(sum(a.money_fen + (select coalesce(sum((g->>'valueFen')::bigint), 0) from jsonb_array_elements(a.goods) g))
          filter (where a.start_date between ${TERM.start} and ${TERM.end}), 0)::float8 as given_fen,
        max(a.end_date)::text as last_confirmed
      from pairing_activity a
      where exists (select 1 from pairing_receipt r where r.tenant_id = a.tenant_id and r.activity_id = a.id)
        and not exists (select 1 from pairing_receipt r where r.tenant_id = a.tenant_id and r.activity_id = a.id and r.state <> 'confirmed')
      group by a.pair_id, a.kind`;
  });

it('shows the term’s dashboard of 100 pairs and 12,000 activities in ≤ 100 ms and ≤ 2× its plain SQL', async () => {
  const caller = await generatedAdminCaller(app.db, city.code, PASSWORD);
  const dashboard = () => caller.pairing.dashboard({ term: TERM.key });
  for (let i = 0; i < WARM_UP; i++) await Promise.all([dashboard(), floorOnce()]);
  const product: number[] = [];
  const floor: number[] = [];
  let board = await dashboard();
  let plain: FloorRow[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    board = await dashboard();
    product.push(performance.now() - t0);
    t0 = performance.now();
    plain = await floorOnce();
    floor.push(performance.now() - t0);
  }
  // The dashboard and the floor agree on every pair's confirmed count, money given and last confirmed day.
  const byPair = new Map<string, { confirmed: number; givenFen: number; lastConfirmed: string | null }>();
  for (const row of plain) {
    const sums = byPair.get(row.pair_id) ?? { confirmed: 0, givenFen: 0, lastConfirmed: null };
    sums.confirmed += row.confirmed;
    sums.givenFen += row.given_fen;
    if (sums.lastConfirmed === null || row.last_confirmed > sums.lastConfirmed) sums.lastConfirmed = row.last_confirmed;
    byPair.set(row.pair_id, sums);
  }
  expect(board.pairs).toHaveLength(100);
  for (const pair of board.pairs) {
    const { confirmed, givenFen, lastConfirmed } = pair;
    expect({ confirmed, givenFen, lastConfirmed }).toEqual(byPair.get(pair.id) ?? { confirmed: 0, givenFen: 0, lastConfirmed: null });
  }
  const result = {
    ...pairing,
    term: TERM.key,
    confirmedInTerm: board.pairs.reduce((n, p) => n + p.confirmed, 0),
    idle: board.pairs.filter((p) => p.idle).length,
    target: { ms: 100, ratio: 2 },
    productMs: Math.round(median(product) * 10) / 10,
    floorMs: Math.round(median(floor) * 10) / 10,
    ratio: Math.round((median(product) / median(floor)) * 100) / 100,
    runsMs: product.map(Math.round),
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult('pairing-dashboard', result);
  expect(pairing.activities).toBe(12_000);
});
