// Rotation eligibility of a whole 30,000-teacher city as of the reference date (every teacher in post,
// their posts, exemptions and stints, and each answer with its reasons), against one plain SQL query that
// reads the same teachers' posts (the floor).
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { hashPassword } from '@tongxing/auth';
import { connect, withTenant, type DatabaseHandle } from '@tongxing/db';
import { bulkLoad, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { nationalPolicy } from '@tongxing/domain';
import { countyEligibility } from '@tongxing/api/rotation/eligibility';
import { writeResult } from '../support/bench';

const TEACHERS = 30_000;
const RUNS = 7;
const POLICY = nationalPolicy(2026, ['城市', '县城', '乡镇', '村小', '教学点']);
const DAY = '2026-08-31';

let owner: DatabaseHandle;
let app: DatabaseHandle;
let city: LoadedTenant;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 1 });
  app = connect(inject('appUrl'), { max: 2 });
  [city] = (await bulkLoad(owner.db, { tenants: 1, teachers: TEACHERS, seed: 5, passwordHash: await hashPassword('Bench#Pass2026') })) as [
    LoadedTenant,
  ];
  await owner.sql`analyze post`;
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

it('answers a whole city in ≤ 1 s, against one query over the same posts', async () => {
  const product: number[] = [];
  const floor: number[] = [];
  let rows = 0;
  let eligible = 0;
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    const result = await withTenant(app.db, { tenantId: city.id }, (tx) => countyEligibility(tx, null, POLICY));
    product.push(performance.now() - t0);
    rows = result.rows.length;
    eligible = result.eligible.length;
    t0 = performance.now();
    await withTenant(app.db, { tenantId: city.id }, (tx) =>
      tx.execute(
        `select p.teacher_id, p.school_id, p.start_date, p.end_date from post p where p.teacher_id in (
          select c.teacher_id from post c where c.is_primary and c.start_date <= '${DAY}' and (c.end_date is null or c.end_date > '${DAY}'))` as never,
      ),
    );
    floor.push(performance.now() - t0);
  }
  const result = {
    teachers: TEACHERS,
    inPost: rows,
    eligible,
    productMs: Math.round(median(product)),
    floorMs: Math.round(median(floor)),
    ratio: Math.round((median(product) / median(floor)) * 100) / 100,
    runsMs: product.map(Math.round),
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult('rotation-eligibility', result);
  expect(rows).toBeGreaterThan(TEACHERS * 0.9);
});
