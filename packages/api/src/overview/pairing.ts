import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { pairCounts } from '../pairing/pairs';

/** The pairs list's active and idle pairs (the lead school's county when one is asked for). */
export const pairingSection = (tx: Transaction, user: SessionUser, today: string, countyId?: string) =>
  pairCounts(tx, user, { countyId }, today);
