import { formatYuan, type TFunction } from '@tongxing/domain';
import { YUAN_FORMAT, type SheetSpec } from '../register/excel/stream';
import type { LedgerRow } from './activity-list';

/**
 * The activity ledger (台账) as one sheet: a row per activity — dates, pair, kind, the giving and receiving
 * schools, state, hours, beneficiaries, money and goods in 元, the goods' items, participants, the
 * description and the evidence as absolute links (`origin` is the site's, taken from the request).
 */
export function ledgerSheet(
  t: TFunction,
  ledger: { rows: LedgerRow[]; total: number; sums: { hours: number; moneyFen: number; goodsFen: number } },
  origin: string,
  filtersText: string,
): SheetSpec {
  const l = (key: string, params: Record<string, unknown> = {}) => t(`pairing.ledger.${key}`, params);
  const p = (key: string) => t(`pairing.${key}`);
  return {
    name: l('sheetName'),
    preamble: [
      { text: filtersText ? `${l('sheetName')}（${filtersText}）` : l('sheetName'), kind: 'title' },
      {
        text: l('summary', {
          count: ledger.total,
          hours: ledger.sums.hours,
          money: formatYuan(ledger.sums.moneyFen),
          goods: formatYuan(ledger.sums.goodsFen),
        }),
      },
    ],
    headers: [
      p('startDate'),
      p('endDate'),
      l('pair'),
      p('activityKind'),
      l('giving'),
      l('receiving'),
      l('state'),
      p('hours'),
      l('students'),
      l('teachers'),
      p('money'),
      l('goods'),
      l('goodsItems'),
      l('participants'),
      p('description'),
      l('evidence'),
    ],
    widths: [12, 12, 24, 10, 20, 24, 8, 6, 8, 8, 12, 12, 24, 24, 30, 60],
    formats: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, '0', '0', '0', YUAN_FORMAT, YUAN_FORMAT],
    rows: ledger.rows.map((row) => [
      row.startDate,
      row.endDate,
      row.pairName,
      row.kind,
      row.givingSchoolName,
      row.receivingSchoolNames.join('、'),
      t(`pairing.receiptStates.${row.state}`),
      row.hours,
      row.students,
      row.teachers,
      row.moneyFen / 100,
      row.goodsFen / 100,
      row.goods.map((g) => `${g.item} × ${g.quantity}（${formatYuan(g.valueFen)}）`).join('；'),
      row.participants.join('、'),
      row.description,
      row.files.map((f) => `${origin}/evidence/${f.id}`).join('\n'),
    ]),
  };
}
