import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { keptWhileRegisterUnchanged } from '../register/kept';
import { QUALITY_CHECKS, qualityCounts } from '../register/quality';
import { countyAsked } from '../scope';

/**
 * The quality board's totals, in the board's order: the register's checks over the scope or the county asked
 * for. Together they scan the city's posts four times (about 200 ms for 30,000 teachers), so the counts are
 * kept while the register is unchanged.
 */
export async function qualitySection(tx: Transaction, user: SessionUser, today: string, countyId?: string) {
  const county = countyAsked(user, countyId);
  const counts = await keptWhileRegisterUnchanged(tx, `quality|${user.tenantId}|${county}|${today}`, () =>
    qualityCounts(tx, county, today),
  );
  return QUALITY_CHECKS.map((check) => ({ check, findings: counts[check] }));
}
