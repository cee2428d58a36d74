import { schema } from '@tongxing/db';
import { can } from '@tongxing/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { visible } from '../scope';
import type { AmountItem, HomeContext, HomeItem, HomeProvider, WaitingItem } from './types';

const sheet = schema.allowanceSheet;
const line = schema.allowanceLine;
type SheetState = (typeof sheet.state.enumValues)[number];

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Sheets in one state: how many, linking to the earliest month's list filtered to that state. */
function sheetsIn(key: string, state: SheetState, counts: { month: string; state: SheetState; n: number }[]): WaitingItem {
  const rows = counts.filter((c) => c.state === state);
  const months = rows.map((c) => c.month);
  const count = rows.reduce((sum, c) => sum + c.n, 0);
  return {
    kind: 'waiting',
    key,
    count,
    href: months.length ? `/allowances/sheets?month=${months[0]}&state=${state}` : `/allowances/sheets?state=${state}`,
    ...(months.length ? { detail: { key: 'months', params: { months: months.join('、') } } } : {}),
  };
}

/** The city: submitted sheets to approve. A county: returned sheets to resubmit, this month's drafts to submit. */
async function sheetItems({ tx, user, today }: HomeContext): Promise<HomeItem[]> {
  const month = today.slice(0, 7);
  const counts = await tx
    .select({ month: sheet.month, state: sheet.state, n: sql<number>`count(*)`.mapWith(Number) })
    .from(sheet)
    .where(and(visible.sheets(user), inArray(sheet.state, ['submitted', 'returned', 'draft'])))
    .groupBy(sheet.month, sheet.state)
    .orderBy(asc(sheet.month));
  if (can(user.role, 'allowance.approve')) return [sheetsIn('sheetsToApprove', 'submitted', counts)];
  const drafts = counts.find((c) => c.state === 'draft' && c.month === month)?.n ?? 0;
  return [
    sheetsIn('sheetsReturned', 'returned', counts),
    { kind: 'waiting', key: 'draftsThisMonth', count: drafts, params: { month }, href: `/allowances/sheets?month=${month}&state=draft` },
  ];
}

/** A teacher's own allowance this month and last month, as the sheets hold it. */
async function ownAmounts({ tx, user, today }: HomeContext): Promise<HomeItem[]> {
  const months = [today.slice(0, 7), previousMonth(today.slice(0, 7))];
  const rows = await tx
    .select({
      month: sheet.month,
      amountFen: sql<number>`sum(${line.amountFen})`.mapWith(Number),
      // the least advanced state of the month's sheets: approved only when every sheet is
      states: sql<SheetState[]>`array_agg(distinct ${sheet.state})`,
    })
    .from(line)
    .innerJoin(sheet, and(eq(sheet.tenantId, line.tenantId), eq(sheet.id, line.sheetId)))
    .where(and(eq(line.teacherId, user.teacherId!), inArray(sheet.month, months)))
    .groupBy(sheet.month);
  return months.map((month): AmountItem => {
    const row = rows.find((r) => r.month === month);
    const state = row ? (row.states.find((s) => s !== 'approved') ?? 'approved') : null;
    return {
      kind: 'amount',
      key: 'allowanceMonth',
      month,
      amountFen: row?.amountFen ?? null,
      state,
      href: `/allowances/mine?year=${month.slice(0, 4)}`,
    };
  });
}

export const allowanceItems: HomeProvider = async (ctx) => {
  if (can(ctx.user.role, 'allowance.run')) return sheetItems(ctx);
  if (ctx.user.role === 'teacher' && ctx.user.teacherId) return ownAmounts(ctx);
  return [];
};
