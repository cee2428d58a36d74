import { todayInChina } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { monthParam } from '#lib/month-param.ts';
import { monthsOfYear, yearParam } from './year.ts';
import type { PageServerLoad } from './$types';

/**
 * The signed-in teacher's allowances: the year month by month as the sheets hold it (adjustments
 * included), and one month in detail with the preview; other roles see a pointer to the teacher pages.
 */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const today = todayInChina();
    const year = yearParam(event.url, today);
    const explicitMonth = event.url.searchParams.has('month') || !event.url.searchParams.has('year');
    const month = explicitMonth ? monthParam(event.url) : String(year) === today.slice(0, 4) ? today.slice(0, 7) : `${year}-12`;
    const teacherId = event.locals.session!.user.teacherId;
    if (!teacherId) return { year, month, months: null, lines: null, sheetLines: null };
    const caller = api(event);
    const [yearLines, { preview: lines, sheetLines }] = await Promise.all([
      caller.allowance.teacherYear({ teacherId, year }),
      caller.allowance.teacherMonth({ teacherId, month }),
    ]);
    return { year, month, months: monthsOfYear(yearLines, year, today), lines, sheetLines };
  });
