import { sql } from 'drizzle-orm';
import type { Transaction } from '@tongxing/db';
import type { RotationPolicy } from '@tongxing/domain';
import { countyEligibility } from './eligibility';

export interface CountyTally {
  inPost: number;
  eligible: number;
  keyEligible: number;
}

/**
 * What eligibility reads (rotation/facts.ts): every row's id and row version. A written, inserted or
 * deleted row changes it, whichever transaction wrote it and whatever its timestamps say.
 */
const READS = ['post', 'teacher', 'school', 'rotation_exemption', 'rotation_move'] as const;
const version = sql.raw(
  READS.map((table) => `(select count(*) || ':' || coalesce(sum(hashtext(id::text || xmin::text)), 0) from ${table})`).join(` || '/' || `),
);

const MAX_ENTRIES = 64;
const memo = new Map<string, { version: string; tally: Map<string, CountyTally> }>();

/**
 * Teachers in post, eligible and eligible 骨干 per county on the policy's reference date. Eligibility of a
 * whole 30,000-teacher city takes about a second (test/bench/rotation-eligibility.bench.ts) and depends only
 * on the register as of that fixed date, so its counts are kept per city, county and policy and reused
 * while one statement finds the rows it reads unchanged (any process may have written them).
 */
export async function eligibleTally(tx: Transaction, tenantId: string, countyId: string | null, policy: RotationPolicy) {
  const key = `${tenantId}|${countyId}|${JSON.stringify(policy)}`;
  const [{ v }] = (await tx.execute<{ v: string }>(sql`select ${version} as v`)) as unknown as [{ v: string }];
  const kept = memo.get(key);
  if (kept?.version === v) return kept.tally;
  const county = await countyEligibility(tx, countyId, policy);
  const countyOf = new Map(
    (await tx.execute<{ id: string; county_id: string }>(sql`select id, county_id from school`)).map((s) => [s.id, s.county_id]),
  );
  const tally = new Map<string, CountyTally>();
  for (const row of county.rows) {
    const id = row.schoolId ? countyOf.get(row.schoolId) : undefined;
    if (!id) continue;
    const t = tally.get(id) ?? { inPost: 0, eligible: 0, keyEligible: 0 };
    t.inPost += 1;
    if (row.eligible) {
      t.eligible += 1;
      if (row.keyTeacher) t.keyEligible += 1;
    }
    tally.set(id, t);
  }
  memo.delete(key);
  memo.set(key, { version: v, tally });
  if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  return tally;
}
