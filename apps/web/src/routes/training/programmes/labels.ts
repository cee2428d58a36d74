import type { CompletionRule, TargetGroup } from '@tongxing/domain';
import { locationLabel, schoolTypeLabel, subjectLabel } from '#lib/components/labels.ts';
import { t } from '#lib/i18n.ts';

/** Stored values are Chinese; a city's own level (or an unknown value) shows as stored. */
const labelIn = (section: string) => (value: string) => t(`${section}.${value}`, { defaultValue: value });

export const levelLabel = labelIn('training.catalogue.levels');
export const formLabel = labelIn('training.catalogue.forms');
export const targetRoleLabel = labelIn('training.catalogue.targetRoles');

/** "考核合格" or "出勤不少于 80%". */
export function ruleText(rule: CompletionRule): string {
  return rule.kind === 'attendance'
    ? t('training.cohorts.ruleAttendance', { percent: rule.minPercent })
    : t('training.cohorts.ruleAssessment');
}

/** Who runs a programme: its county, or the city. */
export function runByText(countyName: string | null): string {
  return countyName ?? t('training.catalogue.programmes.city');
}

/**
 * The target group in words: each criterion that narrows it ("学校类型：小学、初中；学科：语文"), or "不限".
 * `countyName` knows the counties the viewer may see; the others are counted.
 */
export function targetText(target: TargetGroup, countyName: (id: string) => string | undefined): string {
  const list = (values: string[]) => values.join(t('training.catalogue.listSeparator'));
  const names = target.countyIds.map(countyName).filter((name): name is string => !!name);
  const unknown = target.countyIds.length - names.length;
  const counties = unknown > 0 ? [...names, t('training.catalogue.target.otherCounties', { count: unknown })] : names;
  const parts: [string, string[]][] = [
    ['schoolType', target.schoolTypes.map(schoolTypeLabel)],
    ['locationClass', target.locationClasses.map(locationLabel)],
    ['county', counties],
    ['subject', target.subjects.map(subjectLabel)],
    ['role', target.roles.map(targetRoleLabel)],
  ];
  const text = parts
    .filter(([, values]) => values.length > 0)
    .map(([criterion, values]) =>
      t('training.catalogue.target.part', { criterion: t(`training.criterion.${criterion}`), values: list(values) }),
    )
    .join(t('training.catalogue.partSeparator'));
  return text || t('training.catalogue.target.anyone');
}
