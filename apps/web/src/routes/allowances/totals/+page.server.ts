import { TRPCError } from '@trpc/server';
import { describeError } from '@tongxing/api';
import { todayInChina } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { monthsBetween, shiftMonth } from './months.ts';
import type { PageServerLoad } from './$types';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** How many months the page shows when none are asked for: the last six up to the current month. */
const DEFAULT_MONTHS = 6;

/** Totals per month × county × allowance type for `?from=&to=` (the last 6 months in China by default). */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const current = todayInChina().slice(0, 7);
    const toParam = event.url.searchParams.get('to') ?? '';
    const to = MONTH.test(toParam) ? toParam : current;
    const fromParam = event.url.searchParams.get('from') ?? '';
    const from = MONTH.test(fromParam) ? fromParam : shiftMonth(to, 1 - DEFAULT_MONTHS);
    try {
      const rows = await api(event).sheet.totals({ from, to });
      return { from, to, months: monthsBetween(from, to), rows, message: null };
    } catch (cause) {
      // a reversed or too long range: show the form again with the API's message
      if (!(cause instanceof TRPCError) || cause.code !== 'BAD_REQUEST') throw cause;
      return { from, to, months: [] as string[], rows: [], message: describeError(cause, event.locals.locale).message };
    }
  });
