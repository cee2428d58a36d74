import type { Outputs } from '#lib/components/types.ts';

export type Totals = Outputs['sheet']['totals'];
export type SheetState = Totals['sheets'][number]['state'];

export interface TotalsRow {
  key: string;
  name: string;
  /** 分 per month of the range (0 when nothing was paid), in the range's order. */
  fen: number[];
  /** For county rows: each month's sheet state, null when the county has no sheet for it. */
  states: (SheetState | null)[];
  totalFen: number;
}

export interface TotalsTable {
  rows: TotalsRow[];
  monthTotals: number[];
  grandTotal: number;
}

function table(rows: TotalsRow[], months: string[]): TotalsTable {
  const monthTotals = months.map((_, i) => rows.reduce((sum, r) => sum + r.fen[i]!, 0));
  return { rows, monthTotals, grandTotal: monthTotals.reduce((a, b) => a + b, 0) };
}

/** Every visible county (in code order) × every month: amounts and sheet states, a county without a sheet included. */
export function byCounty(totals: Totals, months: string[]): TotalsTable {
  const state = new Map(totals.sheets.map((s) => [`${s.countyId}|${s.month}`, s.state]));
  const fen = new Map<string, number>();
  for (const r of totals.rows) fen.set(`${r.countyId}|${r.month}`, (fen.get(`${r.countyId}|${r.month}`) ?? 0) + r.totalFen);
  const rows = totals.counties.map((c): TotalsRow => {
    const amounts = months.map((m) => fen.get(`${c.id}|${m}`) ?? 0);
    return {
      key: c.id,
      name: c.name,
      fen: amounts,
      states: months.map((m) => state.get(`${c.id}|${m}`) ?? null),
      totalFen: amounts.reduce((a, b) => a + b, 0),
    };
  });
  return table(rows, months);
}

/** Every allowance type paid in the range (by name) × every month. */
export function byType(totals: Totals, months: string[]): TotalsTable {
  const types = new Map<string, { name: string; fen: number[] }>();
  for (const r of totals.rows) {
    let type = types.get(r.allowanceTypeId);
    if (!type) types.set(r.allowanceTypeId, (type = { name: r.allowanceType, fen: months.map(() => 0) }));
    const i = months.indexOf(r.month);
    if (i >= 0) type.fen[i]! += r.totalFen;
  }
  const rows = [...types.entries()]
    .map(([key, t]): TotalsRow => ({ key, name: t.name, fen: t.fen, states: [], totalFen: t.fen.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  return table(rows, months);
}
