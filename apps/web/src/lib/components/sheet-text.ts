import { t } from '#lib/i18n.ts';
import { explanation, yuanOf, type PreviewLine } from './allowance-text.ts';

/** What the sheet procedures say about a line's kind and, for an adjustment, the amounts it corrects. */
interface SheetLine {
  kind: 'regular' | 'adjustment';
  month: string;
  amountFen: number;
  approvedFen: number | null;
  recomputedFen: number | null;
}

/**
 * A stored line's explanation: its segments are those the preview shows (as `storedSegments` wrote
 * them), so the preview's wording serves both.
 */
export function lineExplanation(segments: unknown): string {
  return Array.isArray(segments) && segments.length ? explanation({ segments } as PreviewLine) : '';
}

/** 补发 for money added to a locked month, 扣回 for money taken back. */
export const adjustmentKind = (amountFen: number) => t(amountFen >= 0 ? 'allowance.sheets.back' : 'allowance.sheets.clawback');

/** "常规", or "扣回 3月：原 500.00 元，应为 241.94 元，差额 -258.06 元". */
export function lineKindText(line: SheetLine): string {
  if (line.kind === 'regular') return t('allowance.sheets.regular');
  return t('allowance.sheets.adjustmentText', {
    kind: adjustmentKind(line.amountFen),
    month: Number(line.month.slice(5, 7)),
    before: yuanOf(line.approvedFen ?? 0),
    after: yuanOf(line.recomputedFen ?? 0),
    diff: yuanOf(line.amountFen),
  });
}

/** The notice's 补助类型 column: the type, with 补发/扣回 and the month for an adjustment. */
export function noticeKindText(row: { allowanceType: string; kind: 'regular' | 'adjustment'; month: string; amountFen: number }): string {
  return row.kind === 'regular'
    ? row.allowanceType
    : t('allowance.sheets.adjustmentOf', { type: row.allowanceType, kind: adjustmentKind(row.amountFen), month: row.month });
}
