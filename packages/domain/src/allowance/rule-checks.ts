import type { RuleVersion } from './types';

export interface RuleProblem {
  field: 'effectiveFrom' | 'effectiveTo' | 'amount' | 'conditions';
  key: 'overlap' | 'dates_order' | 'amount_negative' | 'tier_missing_class' | 'tier_needs_classes' | 'unknown_class' | 'rate_range';
  params?: Record<string, string | number>;
}

/**
 * What makes a rule version unpublishable, checked against the type's published versions and the
 * tenant's location classes. A new version may start inside an older one's period (it supersedes it
 * from that day); two versions of a type may not start on the same day.
 */
export function ruleProblems(
  version: Omit<RuleVersion, 'id'>,
  publishedStarts: readonly string[],
  locationClasses: readonly string[],
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (publishedStarts.includes(version.effectiveFrom))
    problems.push({ field: 'effectiveFrom', key: 'overlap', params: { date: version.effectiveFrom } });
  if (version.effectiveTo !== null && version.effectiveTo <= version.effectiveFrom)
    problems.push({ field: 'effectiveTo', key: 'dates_order' });
  const a = version.amount;
  if (a.kind === 'fixed' && a.monthlyFen < 0) problems.push({ field: 'amount', key: 'amount_negative' });
  if (a.kind === 'percentage' && (a.rateBasisPoints <= 0 || a.rateBasisPoints > 10_000))
    problems.push({ field: 'amount', key: 'rate_range' });
  if (a.kind === 'tier') {
    if (Object.values(a.monthlyFenByClass).some((fen) => fen < 0)) problems.push({ field: 'amount', key: 'amount_negative' });
    const classes = version.conditions.locationClasses;
    if (!classes?.length) problems.push({ field: 'conditions', key: 'tier_needs_classes' });
    for (const c of classes ?? [])
      if (!(c in a.monthlyFenByClass)) problems.push({ field: 'amount', key: 'tier_missing_class', params: { class: c } });
  }
  for (const c of version.conditions.locationClasses ?? [])
    if (!locationClasses.includes(c)) problems.push({ field: 'conditions', key: 'unknown_class', params: { class: c } });
  return problems;
}

/**
 * Published versions as the periods they govern: each runs from its start until the next version of
 * the same type starts (or its own end, if earlier). The engine takes these.
 */
export function governingPeriods<T extends Pick<RuleVersion, 'allowanceTypeId' | 'effectiveFrom' | 'effectiveTo'>>(
  published: readonly T[],
): T[] {
  const byType = new Map<string, T[]>();
  for (const v of published) byType.set(v.allowanceTypeId, [...(byType.get(v.allowanceTypeId) ?? []), v]);
  return [...byType.values()].flatMap((versions) => {
    const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    return sorted.map((v, i) => {
      const next = sorted[i + 1]?.effectiveFrom ?? null;
      const end = next !== null && (v.effectiveTo === null || next < v.effectiveTo) ? next : v.effectiveTo;
      return { ...v, effectiveTo: end };
    });
  });
}
