import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { monthSheets } from '../allowance/month-sheets';

const SHEET_STATES = ['none', 'draft', 'submitted', 'returned', 'approved'] as const;
type SheetState = (typeof SHEET_STATES)[number];

/** The month's sheets (the sheets list's rows): each county's state and total, how many counties are in each state, the month's total. */
export async function allowanceSection(tx: Transaction, user: SessionUser, month: string, countyId?: string) {
  const rows = await monthSheets(tx, user, month, countyId);
  const counties = rows.map((r) => ({
    countyId: r.countyId,
    countyName: r.countyName,
    sheetId: r.sheetId,
    state: (r.state ?? 'none') as SheetState,
    lines: r.lines,
    totalFen: r.totalFen,
  }));
  const byState = SHEET_STATES.map((state) => ({ state, counties: counties.filter((c) => c.state === state).length }));
  return {
    month,
    counties,
    byState,
    lines: counties.reduce((n, c) => n + c.lines, 0),
    totalFen: counties.reduce((n, c) => n + c.totalFen, 0),
  };
}
