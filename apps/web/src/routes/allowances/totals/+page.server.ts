import { TRPCError } from '@trpc/server';
import { describeError } from '@tongxing/api';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { monthsBetween } from './months.ts';
import { rangeOf } from './range.ts';
import type { PageServerLoad } from './$types';

/** Totals per month × county × allowance type for `?from=&to=` (the last 6 months in China by default). */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const { from, to } = rangeOf(event.url);
    try {
      const totals = await api(event).sheet.totals({ from, to });
      return { from, to, months: monthsBetween(from, to), totals, message: null };
    } catch (cause) {
      // a reversed or too long range: show the form again with the API's message
      if (!(cause instanceof TRPCError) || cause.code !== 'BAD_REQUEST') throw cause;
      return { from, to, months: [] as string[], totals: null, message: describeError(cause, event.locals.locale).message };
    }
  });
