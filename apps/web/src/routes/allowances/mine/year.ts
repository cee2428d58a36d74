import type { Outputs } from '#lib/components/types.ts';

export type YearLine = Outputs['allowance']['teacherYear'][number];
type SheetState = YearLine['state'];

export interface MonthOfYear {
  month: string;
  lines: YearLine[];
  totalFen: number;
  /** the least advanced state of the month's sheets (approved only when all are); null when none holds a line */
  state: SheetState | null;
}

/** The `?year=` the page shows: the year of `?month=` when only that is given, else this year. */
export function yearParam(url: URL, today: string): number {
  const year = Number(url.searchParams.get('year') ?? url.searchParams.get('month')?.slice(0, 4));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : Number(today.slice(0, 4));
}

const ORDER: SheetState[] = ['returned', 'draft', 'submitted', 'approved'];

/** Every month of the year up to this month, newest first, with what the sheets paid in it. */
export function monthsOfYear(lines: YearLine[], year: number, today: string): MonthOfYear[] {
  const last = String(year) === today.slice(0, 4) ? Number(today.slice(5, 7)) : year > Number(today.slice(0, 4)) ? 0 : 12;
  const months: MonthOfYear[] = [];
  for (let m = last; m >= 1; m--) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    const held = lines.filter((line) => line.sheetMonth === month);
    const states = new Set(held.map((line) => line.state));
    months.push({
      month,
      lines: held,
      totalFen: held.reduce((sum, line) => sum + line.amountFen, 0),
      state: ORDER.find((s) => states.has(s)) ?? null,
    });
  }
  return months;
}
