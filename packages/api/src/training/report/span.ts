import { z } from 'zod';

/** The most years one report covers at once. */
export const REPORT_MAX_YEARS = 10;

/**
 * A span of calendar years ending with `year`: `years` of them (1 = that year alone). The reports
 * count each figure per year and over the whole span.
 */
export const yearSpan = {
  year: z.number().int().min(2000).max(2100),
  years: z.number().int().min(1).max(REPORT_MAX_YEARS).default(1),
};

export interface YearSpan {
  year: number;
  years: number;
}

/** The span's years in order, oldest first. */
export function yearsOf(span: YearSpan): number[] {
  return Array.from({ length: span.years }, (_, i) => span.year - span.years + 1 + i);
}

/** The span's first and last day (inclusive). */
export function spanDates(span: YearSpan): { from: string; to: string } {
  return { from: `${span.year - span.years + 1}-01-01`, to: `${span.year}-12-31` };
}

/** `part` of `whole` in thousandths, rounded half up (21.7% is 217); null when there is no whole. */
export function sharePermille(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((2000 * part + whole) / (2 * whole));
}
