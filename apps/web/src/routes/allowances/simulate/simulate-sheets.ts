import { YUAN_FORMAT, type Cell, type SheetSpec } from '@tongxing/api/register/excel/stream';
import type { TFunction } from '@tongxing/domain';
import type { Outputs } from '#lib/components/types.ts';

type Simulation = Outputs['allowance']['simulate'];

const yuan = (fen: number) => fen / 100;

/** The simulation's result as a workbook: per year and county (city total last), then per month; amounts in 元 as numbers. */
export function simulateSheets(t: TFunction, result: Simulation): SheetSpec[] {
  const counts = [t('allowance.simulate.gain'), t('allowance.simulate.lose'), t('allowance.simulate.same')];
  const money = [t('allowance.simulate.current'), t('allowance.simulate.proposed'), t('allowance.simulate.difference')];
  const tally = (x: Simulation['years'][number]['total']): Cell[] => [
    yuan(x.currentFen),
    yuan(x.proposedFen),
    yuan(x.proposedFen - x.currentFen),
    x.gain,
    x.lose,
    x.same,
  ];
  return [
    {
      name: t('allowance.simulateView.sheetName'),
      headers: [t('allowance.simulateView.year'), t('allowance.simulate.county'), ...money, ...counts],
      widths: [8, 16, 16, 16, 16, 10, 10, 10],
      formats: [undefined, undefined, YUAN_FORMAT, YUAN_FORMAT, YUAN_FORMAT, '0', '0', '0'],
      rows: result.years.flatMap((year) => [
        ...year.counties.map((c): Cell[] => [year.period, c.countyName, ...tally(c)]),
        [year.period, t('allowance.simulate.cityTotal'), ...tally(year.total)],
      ]),
    },
    {
      name: t('allowance.simulate.monthsTitle'),
      headers: [t('allowance.month'), ...money],
      widths: [10, 16, 16, 16],
      formats: [undefined, YUAN_FORMAT, YUAN_FORMAT, YUAN_FORMAT],
      rows: result.months.map((m): Cell[] => [
        m.period,
        yuan(m.total.currentFen),
        yuan(m.total.proposedFen),
        yuan(m.total.proposedFen - m.total.currentFen),
      ]),
    },
  ];
}
