import { REPORT_MAX_YEARS } from '@tongxing/api/training/report/span';
import { todayInChina } from '@tongxing/domain';
import { detailTab } from '#lib/components/detail-tab.ts';
import { REPORT_TABS, type ReportTab } from './tabs.ts';

/** How many years the span covers when the URL names none: the current year and the four before it. */
const DEFAULT_YEARS = 5;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function yearOf(raw: string | null): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

export interface ReportParams {
  tab: ReportTab;
  /** The span of the levels and poverty tabs, oldest year first (at most REPORT_MAX_YEARS). */
  from: number;
  to: number;
  /** The year of the cohorts and 东西部协作 tabs. */
  year: number;
  /** The county of the levels and coverage tabs ('' for all of the scope). */
  countyId: string;
}

/**
 * The page's query: `?tab=&from=&to=&year=&countyId=`. A value that does not fit falls back to its
 * default (the current year in China, the five years up to it); a reversed span is turned round and
 * one longer than the API allows keeps its last years, so a hand-edited URL never fails the page.
 */
export function reportParams(url: URL): ReportParams {
  const q = url.searchParams;
  const current = Number(todayInChina().slice(0, 4));
  let to = yearOf(q.get('to')) ?? current;
  let from = yearOf(q.get('from')) ?? to - DEFAULT_YEARS + 1;
  if (from > to) [from, to] = [to, from];
  from = Math.max(from, to - REPORT_MAX_YEARS + 1, MIN_YEAR);
  const countyId = q.get('countyId') ?? '';
  return {
    tab: detailTab(url, REPORT_TABS),
    from,
    to,
    year: yearOf(q.get('year')) ?? current,
    countyId: UUID.test(countyId) ? countyId.toLowerCase() : '',
  };
}

/** The API's span for `from`–`to`. */
export function spanOf(params: Pick<ReportParams, 'from' | 'to'>): { year: number; years: number } {
  return { year: params.to, years: params.to - params.from + 1 };
}

/** The query an export link carries: the parameters its tab reads. */
export function exportQuery(params: ReportParams): string {
  const query = new URLSearchParams();
  if (params.tab === 'levels' || params.tab === 'poverty') {
    query.set('from', String(params.from));
    query.set('to', String(params.to));
  }
  if (params.tab === 'cohorts' || params.tab === 'eastWest') query.set('year', String(params.year));
  if ((params.tab === 'levels' || params.tab === 'coverage') && params.countyId) query.set('countyId', params.countyId);
  return query.toString();
}
