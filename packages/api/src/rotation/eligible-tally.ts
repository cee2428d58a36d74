import { sql } from 'drizzle-orm';
import type { Transaction } from '@tongxing/db';
import type { RotationPolicy } from '@tongxing/domain';
import { keptWhileRegisterUnchanged } from '../register/kept';
import { countyEligibility } from './eligibility';

export interface CountyTally {
  inPost: number;
  eligible: number;
  keyEligible: number;
}

/**
 * Teachers in post, eligible and eligible 骨干 per county on the policy's reference date. Eligibility of a
 * whole 30,000-teacher city takes about a second (test/bench/rotation-eligibility.bench.ts) and depends only
 * on the register as of that fixed date, so its counts are kept while the register is unchanged.
 */
export function eligibleTally(tx: Transaction, tenantId: string, countyId: string | null, policy: RotationPolicy) {
  return keptWhileRegisterUnchanged(tx, `eligible|${tenantId}|${countyId}|${JSON.stringify(policy)}`, async () => {
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
    return tally;
  });
}
