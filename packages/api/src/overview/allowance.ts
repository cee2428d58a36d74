import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import { MONTH_SHEET_STATES, type MonthSheetState } from '@tongxing/domain';
import { monthSheets } from '../allowance/month-sheets';

/** The month's sheets (the sheets list's rows): each county's state and total, how many counties are in each state, the month's total. */
export async function allowanceSection(tx: Transaction, user: SessionUser, month: string, countyId?: string) {
  const rows = await monthSheets(tx, user, month, countyId);
  const counties = rows.map((r) => ({
    countyId: r.countyId,
    countyName: r.countyName,
    sheetId: r.sheetId,
    state: (r.state ?? 'none') as MonthSheetState,
    lines: r.lines,
    totalFen: r.totalFen,
  }));
  const byState = MONTH_SHEET_STATES.map((state) => ({ state, counties: counties.filter((c) => c.state === state).length }));
  return {
    month,
    counties,
    byState,
    lines: counties.reduce((n, c) => n + c.lines, 0),
    totalFen: counties.reduce((n, c) => n + c.totalFen, 0),
  };
}
