import { columnLetter, YUAN_FORMAT, type Cell, type SheetSpec } from '@tongxing/api/register/excel/stream';
import type { TFunction } from '@tongxing/domain';
import type { TotalsTable } from './totals-table.ts';

/**
 * A totals table as a sheet: one row per county or type, amounts in 元 as numbers, a row total, and a
 * totals row of SUM formulas (their cached results are the sums of the rounded lines).
 */
function amountsSheet(t: TFunction, name: string, first: string, months: string[], table: TotalsTable): SheetSpec {
  const firstRow = 2;
  const lastRow = firstRow + table.rows.length - 1;
  const sum = (column: number, result: number): Cell =>
    table.rows.length ? { formula: `SUM(${columnLetter(column)}${firstRow}:${columnLetter(column)}${lastRow})`, result: result / 100 } : 0;
  return {
    name,
    headers: [first, ...months, t('allowance.totals.rowTotal')],
    widths: [16, ...months.map(() => 14), 16],
    formats: [undefined, ...months.map(() => YUAN_FORMAT), YUAN_FORMAT],
    rows: [
      ...table.rows.map((r): Cell[] => [r.name, ...r.fen.map((f) => f / 100), r.totalFen / 100]),
      [t('allowance.totals.grandTotal'), ...table.monthTotals.map((f, i) => sum(i + 2, f)), sum(months.length + 2, table.grandTotal)],
    ],
  };
}

/** The totals page as a workbook: by county, by allowance type, and each county's sheet state per month. */
export function totalsSheets(t: TFunction, months: string[], counties: TotalsTable, types: TotalsTable): SheetSpec[] {
  return [
    amountsSheet(t, t('allowance.totals.byCounty'), t('allowance.totals.county'), months, counties),
    amountsSheet(t, t('allowance.totals.byType'), t('allowance.totals.allowanceType'), months, types),
    {
      name: t('allowance.totalsView.statesSheet'),
      headers: [t('allowance.totals.county'), ...months],
      widths: [16, ...months.map(() => 12)],
      rows: counties.rows.map((r) => [
        r.name,
        ...r.states.map((s) => (s ? t(`allowance.sheets.states.${s}`) : t('allowance.totalsView.notRun'))),
      ]),
    },
  ];
}
