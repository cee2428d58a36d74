import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { QUALITY_CHECKS, qualityCounts, qualityCounty } from '../register/quality';

/** The quality board's totals, in the board's order: the register's checks over the scope or the county asked for. */
export async function qualitySection(tx: Transaction, user: SessionUser, today: string, countyId?: string) {
  const counts = await qualityCounts(tx, qualityCounty(user, countyId), today);
  return QUALITY_CHECKS.map((check) => ({ check, findings: counts[check] }));
}
