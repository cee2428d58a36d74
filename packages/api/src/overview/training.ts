import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { complianceSummary } from '../training/compliance';
import { cycleOn } from '../training/pace';

/** The cycle's pace on `today` per county (the compliance list's rule): on pace and behind; no cycle, no figures. */
export async function trainingSection(tx: Transaction, user: SessionUser, today: string, countyId?: string) {
  const cycle = await cycleOn(tx, today);
  if (!cycle) return null;
  const counties = await complianceSummary(tx, user, cycle, today, countyId);
  return {
    cycle: { startDate: cycle.startDate, endDate: cycle.endDate, requiredHours: cycle.requiredHours },
    counties,
    teachers: counties.reduce((n, c) => n + c.teachers, 0),
    onPace: counties.reduce((n, c) => n + c.onPace, 0),
    behind: counties.reduce((n, c) => n + c.behind, 0),
  };
}
