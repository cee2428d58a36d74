import { describe, expect, it } from 'vitest';
import { governingPeriods, ruleProblems } from './rule-checks';
import type { RuleVersion } from './types';

const CLASSES = ['城市', '县城', '乡镇', '村小', '教学点'];
const version: Omit<RuleVersion, 'id'> = {
  allowanceTypeId: 'living',
  effectiveFrom: '2026-04-16',
  effectiveTo: null,
  documentNo: '白政办发〔2026〕×号',
  conditions: { locationClasses: ['乡镇', '村小', '教学点'], employmentTypes: ['在编'], inPostRequired: true },
  amount: { kind: 'tier', monthlyFenByClass: { 乡镇: 30_000, 村小: 60_000, 教学点: 60_000 } },
  proration: { kind: 'calendarDays' },
};

describe('ruleProblems', () => {
  it('accepts a version superseding an older one from a later day', () => {
    expect(ruleProblems(version, ['2016-01-01'], CLASSES)).toEqual([]);
  });
  it('names each problem', () => {
    expect(ruleProblems(version, ['2026-04-16'], CLASSES)).toEqual([
      { field: 'effectiveFrom', key: 'overlap', params: { date: '2026-04-16' } },
    ]);
    expect(ruleProblems({ ...version, effectiveTo: '2026-04-01' }, [], CLASSES)).toEqual([{ field: 'effectiveTo', key: 'dates_order' }]);
    expect(ruleProblems({ ...version, amount: { kind: 'fixed', monthlyFen: -1 } }, [], CLASSES)).toEqual([
      { field: 'amount', key: 'amount_negative' },
    ]);
    expect(ruleProblems({ ...version, amount: { kind: 'tier', monthlyFenByClass: { 乡镇: 30_000, 村小: 60_000 } } }, [], CLASSES)).toEqual([
      { field: 'amount', key: 'tier_missing_class', params: { class: '教学点' } },
    ]);
    expect(
      ruleProblems(
        {
          ...version,
          conditions: { ...version.conditions, locationClasses: ['山区'] },
          amount: { kind: 'tier', monthlyFenByClass: { 山区: 1 } },
        },
        [],
        CLASSES,
      ),
    ).toEqual([{ field: 'conditions', key: 'unknown_class', params: { class: '山区' } }]);
  });
});

describe('governingPeriods', () => {
  it('ends each version where the next one of its type starts', () => {
    const periods = governingPeriods([
      { allowanceTypeId: 'living', effectiveFrom: '2026-04-16', effectiveTo: null },
      { allowanceTypeId: 'living', effectiveFrom: '2016-01-01', effectiveTo: null },
      { allowanceTypeId: 'head', effectiveFrom: '2020-01-01', effectiveTo: '2030-01-01' },
    ]);
    expect(periods).toEqual([
      { allowanceTypeId: 'living', effectiveFrom: '2016-01-01', effectiveTo: '2026-04-16' },
      { allowanceTypeId: 'living', effectiveFrom: '2026-04-16', effectiveTo: null },
      { allowanceTypeId: 'head', effectiveFrom: '2020-01-01', effectiveTo: '2030-01-01' },
    ]);
  });
});
