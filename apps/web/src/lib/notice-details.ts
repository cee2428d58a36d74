import type { NoticeDetails } from '@tongxing/api/allowance/sheet-excel';
import { isIsoDate, todayInChina } from '@tongxing/domain';

/** How long a 公示 lasts by default: five working days, counting the day it is posted. */
export const NOTICE_WORKING_DAYS = 5;

const isWeekend = (day: Date) => day.getUTCDay() === 0 || day.getUTCDay() === 6;

/**
 * The last day of a period of `days` working days (Monday to Friday) that starts on `from`, counting
 * `from` itself when it is a working day. Public holidays and their make-up days are not known here:
 * the page lets the user change the dates.
 */
export function workingDaysEnd(from: string, days: number): string {
  const day = new Date(`${from}T00:00:00Z`);
  let counted = isWeekend(day) ? 0 : 1;
  while (counted < days) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (!isWeekend(day)) counted++;
  }
  return day.toISOString().slice(0, 10);
}

const field = (url: URL, key: string, max: number) => (url.searchParams.get(key) ?? '').trim().slice(0, max);

/** The details as given in the page's query (?from=&to=&unit=&phone=), else the default period from today. */
export function noticeDetails(url: URL, today = todayInChina()): NoticeDetails {
  const fromParam = field(url, 'from', 10);
  const from = isIsoDate(fromParam) ? fromParam : today;
  const toParam = field(url, 'to', 10);
  const to = isIsoDate(toParam) && toParam >= from ? toParam : workingDaysEnd(from, NOTICE_WORKING_DAYS);
  return { from, to, unit: field(url, 'unit', 60), phone: field(url, 'phone', 30) };
}

/** The details as a query string, for the Excel link beside the page. */
export const detailsQuery = (d: NoticeDetails) => new URLSearchParams({ from: d.from, to: d.to, unit: d.unit, phone: d.phone }).toString();
