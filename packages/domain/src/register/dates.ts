/** Calendar dates as `YYYY-MM-DD` strings; intervals are half-open `[start, end)`, end null = open. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export interface Interval {
  start: string;
  end: string | null;
}

export function contains(interval: Interval, day: string): boolean {
  return interval.start <= day && (interval.end === null || day < interval.end);
}

export function overlaps(a: Interval, b: Interval): boolean {
  return (a.end === null || b.start < a.end) && (b.end === null || a.start < b.end);
}

/** Number of days in [start, end); an open interval is not countable. */
export function lengthInDays(interval: Interval): number | null {
  if (interval.end === null) return null;
  return Math.round((Date.parse(`${interval.end}T00:00:00Z`) - Date.parse(`${interval.start}T00:00:00Z`)) / 86_400_000);
}

/** Today in China (UTC+8), which is the calendar every date here is in. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of the day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
