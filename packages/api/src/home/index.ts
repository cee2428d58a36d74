import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { todayInChina } from '@tongxing/domain';
import { allowanceItems } from './allowances';
import { inspectionItems } from './inspection';
import { pairingItems } from './pairing';
import { registerItems } from './register';
import { rotationItems } from './rotation';
import { tenantItems } from './tenants';
import { trainingItems } from './training';
import type { HomeItem, HomeProvider } from './types';

export type { HomeItem } from './types';

/** The areas of the home page, in the order they are shown: an owner's problems to rectify come first. */
const HOME_PROVIDERS: HomeProvider[] = [
  tenantItems,
  inspectionItems,
  allowanceItems,
  registerItems,
  trainingItems,
  rotationItems,
  pairingItems,
];

/** What waits for the user and the figures of their scope, area by area (one unit of work). */
export async function homeSummary(tx: Transaction, user: SessionUser): Promise<HomeItem[]> {
  const ctx = { tx, user, today: todayInChina() };
  const parts = [];
  // one after another: they share the transaction's connection anyway
  for (const provider of HOME_PROVIDERS) parts.push(await provider(ctx));
  return parts.flat();
}
