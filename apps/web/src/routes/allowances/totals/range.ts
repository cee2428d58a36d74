import { todayInChina } from '@tongxing/domain';
import { shiftMonth } from './months.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** How many months the page shows when none are asked for: the last six up to the current month. */
const DEFAULT_MONTHS = 6;

/** The range of `?from=&to=`: the last 6 months in China up to the current one by default. */
export function rangeOf(url: URL): { from: string; to: string } {
  const toParam = url.searchParams.get('to') ?? '';
  const to = MONTH.test(toParam) ? toParam : todayInChina().slice(0, 7);
  const fromParam = url.searchParams.get('from') ?? '';
  return { from: MONTH.test(fromParam) ? fromParam : shiftMonth(to, 1 - DEFAULT_MONTHS), to };
}
