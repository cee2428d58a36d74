import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { planningYear } from '@tongxing/domain';
import { yearOverview } from '../rotation/overview';

/** The planning year's report (rotation/overview.ts): per county the eligible, the quota, planned, rotated and short. */
export async function rotationSection(tx: Transaction, user: SessionUser, today: string, countyId?: string) {
  const year = planningYear(today);
  const { counties, configured } = await yearOverview(tx, user, year, countyId);
  const rows = counties.map(({ countyId, countyName, planId, state, eligible, quota, planned, rotated, short }) => ({
    countyId,
    countyName,
    planId,
    state,
    eligible,
    quota,
    planned,
    rotated,
    short,
  }));
  const sum = (pick: (c: (typeof rows)[number]) => number) => rows.reduce((n, c) => n + pick(c), 0);
  return {
    year,
    configured,
    counties: rows,
    eligible: sum((c) => c.eligible),
    quota: sum((c) => c.quota),
    planned: sum((c) => c.planned),
    rotated: sum((c) => c.rotated),
    short: sum((c) => c.short),
  };
}
