import type { Amount, Conditions, Proration } from '@tongxing/domain';
import { yuanOf } from '#lib/components/allowance-text.ts';
import { employmentLabel, keyTeacherLabel, locationLabel, roleLabel, schoolTypeLabel } from '#lib/components/labels.ts';
import { t } from '#lib/i18n.ts';

const list = (items: readonly string[], label: (v: string) => string) => items.map(label).join(t('allowance.listSeparator'));

/** A rule version's conditions, amount and proration in a few readable words (`countyName` names a county id). */
export function conditionsText(c: Conditions, countyName: (id: string) => string = (id) => id): string {
  const parts: string[] = [];
  if (c.locationClasses?.length) parts.push(t('allowance.summaryClasses', { list: list(c.locationClasses, locationLabel) }));
  if (c.schoolTypes?.length) parts.push(t('allowance.summarySchoolTypes', { list: list(c.schoolTypes, schoolTypeLabel) }));
  if (c.countyIds?.length) parts.push(t('allowance.summaryCounties', { list: list(c.countyIds, countyName) }));
  if (c.employmentTypes?.length) parts.push(t('allowance.summaryEmployment', { list: list(c.employmentTypes, employmentLabel) }));
  if (c.inPostRequired) parts.push(t('allowance.summaryInPost'));
  if (c.rolesRequired?.length) parts.push(t('allowance.summaryRoles', { list: list(c.rolesRequired, roleLabel) }));
  if (c.keyTeacherLevels?.length) parts.push(t('allowance.summaryKeyTeacher', { list: list(c.keyTeacherLevels, keyTeacherLabel) }));
  return parts.join(t('allowance.separator')) || t('allowance.anyCondition');
}

export function amountText(a: Amount): string {
  if (a.kind === 'fixed') return t('allowance.summaryFixed', { yuan: yuanOf(a.monthlyFen) });
  if (a.kind === 'tier')
    return Object.entries(a.monthlyFenByClass)
      .map(([cls, fen]) => t('allowance.summaryTier', { class: locationLabel(cls), yuan: yuanOf(fen) }))
      .join(t('allowance.listSeparator'));
  return t('allowance.summaryPercentage', { base: a.baseName, rate: (a.rateBasisPoints / 100).toString() });
}

export function prorationText(p: Proration): string {
  return t(`allowance.summaryProration.${p.kind}`, p.kind === 'fullMonthAbove' ? { days: p.minDays } : {});
}
