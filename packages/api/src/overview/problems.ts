import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { problemCounts } from '../inspection/problems';

/** The problems list's counts by state and overdue on `today`, for the scope or the county asked for. */
export const problemsSection = (tx: Transaction, user: SessionUser, today: string, countyId?: string) =>
  problemCounts(tx, user, { countyId }, today);
