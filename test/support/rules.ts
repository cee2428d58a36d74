import type { Caller } from './callers';

/** 白城's rule (source 003): 在编在岗 rural teachers, 乡镇 300 元/月, 村小 and 教学点 500 元/月, by calendar days. */
export const BAICHENG_RULE = {
  documentNo: '白政办发〔2016〕×号',
  documentTitle: '白城市乡村教师支持计划实施意见',
  effectiveFrom: '2016-01-01',
  conditions: { locationClasses: ['乡镇', '村小', '教学点'], employmentTypes: ['在编' as const], inPostRequired: true },
  amount: { kind: 'tier' as const, monthlyFenByClass: { 乡镇: 30_000, 村小: 50_000, 教学点: 50_000 } },
  proration: { kind: 'calendarDays' as const },
};

/** Creates the type 乡村教师生活补助 and publishes 白城's rule for it; returns the type's id. */
export async function publishBaichengRule(api: Caller): Promise<string> {
  const typeId = (await api.allowance.createType({ name: '乡村教师生活补助' })).id;
  const rule = await api.allowance.createDraft({ allowanceTypeId: typeId, ...BAICHENG_RULE });
  await api.allowance.publish({ ruleVersionId: rule.id });
  return typeId;
}
