import { termFromKey, type TFunction } from '@tongxing/domain';

/** The filters in words, for the Excel file's title and the print view's heading: 2026年秋季学期 · 二县 · 跟岗 · 已确认. */
export function filtersText(
  t: TFunction,
  filters: { term: string; countyId: string; kind: string; state: string; q: string },
  names: { county?: string; pair?: string | null },
): string {
  const term = filters.term ? termFromKey(filters.term) : null;
  return [
    term ? t(`pairing.terms.${term.half}`, { year: term.year }) : '',
    names.county ?? '',
    names.pair ?? '',
    filters.kind,
    filters.state ? t(`pairing.receiptStates.${filters.state}`) : '',
    filters.q ? `“${filters.q}”` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
