import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';

/** Something waiting for the user: a count linking to the filtered list (0 reads as "nothing waiting"). */
export interface WaitingItem {
  kind: 'waiting';
  /** under `home.items` in the messages: `label`, and `calm` for a count of 0 */
  key: string;
  count: number;
  href: string;
  /** values the label interpolates (a month, a number of days) */
  params?: Record<string, string | number>;
  /** a second line under `home.details`, e.g. the months concerned */
  detail?: { key: string; params: Record<string, string | number> };
}

/** A figure of the user's scope (teachers, schools, cities). */
export interface FigureItem {
  kind: 'figure';
  key: string;
  value: number;
  href: string;
}

/** A teacher's allowance for a sheet month: the sum of their lines and the sheets' state (null: no sheet holds it). */
export interface AmountItem {
  kind: 'amount';
  key: string;
  month: string;
  amountFen: number | null;
  state: 'draft' | 'submitted' | 'approved' | 'returned' | null;
  href: string;
}

export type HomeItem = WaitingItem | FigureItem | AmountItem;

export interface HomeContext {
  tx: Transaction;
  user: SessionUser;
  /** today in China, YYYY-MM-DD */
  today: string;
}

/**
 * One area's part of the home page: what waits for this user in the area, and its figures. A provider
 * returns nothing for a role the area does not concern; a new area adds one provider to `HOME_PROVIDERS`.
 */
export type HomeProvider = (ctx: HomeContext) => Promise<HomeItem[]>;
