import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { todayInChina } from '@tongxing/domain';
import { allowanceSection } from './allowance';
import { pairingSection } from './pairing';
import { problemsSection } from './problems';
import { qualitySection } from './quality';
import { rotationSection } from './rotation';
import { trainingSection } from './training';

export interface OverviewInput {
  /** The allowance month, `YYYY-MM`; this month in China by default. */
  month?: string;
  /** One county of the city's (a county officer's scope is their county already). */
  countyId?: string;
}

/**
 * The city's (or a county's) overview: each section is one area's own query for the list behind its figures,
 * as of today in China (the allowance sheets of the month asked for). The sections run one after another on
 * the procedure's connection, each one statement (pairs and training add a one-row read of their settings).
 */
export async function cityOverview(tx: Transaction, user: SessionUser, input: OverviewInput, today = todayInChina()) {
  const countyId = user.role === 'city_admin' ? input.countyId : undefined;
  const month = input.month ?? today.slice(0, 7);
  return {
    today,
    countyId: countyId ?? null,
    allowance: await allowanceSection(tx, user, month, countyId),
    training: await trainingSection(tx, user, today, countyId),
    rotation: await rotationSection(tx, user, today, countyId),
    pairing: await pairingSection(tx, user, today, countyId),
    problems: await problemsSection(tx, user, today, countyId),
    quality: await qualitySection(tx, user, today, countyId),
  };
}
