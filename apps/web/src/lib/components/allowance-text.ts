import { formatYuan } from '@tongxing/domain';
import { t } from '#lib/i18n.ts';
import { locationLabel } from './labels.ts';
import type { Outputs } from './types.ts';

export type PreviewLine = Outputs['allowance']['preview'][number];
type PreviewSegment = PreviewLine['segments'][number];

/** 分 as 元 with two decimals and thousands separators (43548 → "435.48", 123456 → "1,234.56"): the one money format. */
export const yuanOf = formatYuan;

/** A monthly amount in 元 as the rules state it: "300", or "333.33" when not whole. */
export function monthlyText(yuan: number): string {
  return Number.isInteger(yuan) ? String(yuan) : yuan.toFixed(2);
}

/** The day before an exclusive end date, `YYYY-MM-DD`. */
function dayBefore(end: string): string {
  return new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function rangeText(start: string, end: string): string {
  const last = dayBefore(end);
  const month = Number(start.slice(5, 7));
  const from = Number(start.slice(8, 10));
  const to = Number(last.slice(8, 10));
  return from === to ? t('allowance.day', { month, from }) : t('allowance.range', { month, from, to });
}

export function segmentText(s: PreviewSegment): string {
  return t('allowance.segment', {
    range: rangeText(s.start, s.end),
    school: s.schoolName,
    class: locationLabel(s.locationClass),
    monthly: monthlyText(s.monthlyYuan),
    days: s.days,
  });
}

/**
 * A line's explanation in plain words, from its segments, e.g.
 * "3月1日–10日 ××乡中心校（乡镇，300元/月）10天；3月11日–31日 ××村小（村小，500元/月）21天；依据 白政办发〔2016〕×号".
 */
export function explanation(line: PreviewLine): string {
  const documents = [...new Set(line.segments.map((s) => s.documentNo))];
  const parts = line.segments.map(segmentText);
  if (documents.length) parts.push(t('allowance.basis', { documents: documents.join(t('allowance.listSeparator')) }));
  return parts.join(t('allowance.separator'));
}
