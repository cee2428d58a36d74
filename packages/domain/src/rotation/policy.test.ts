import { describe, expect, it } from 'vitest';
import { isReferenceDay, isRuralClass, referenceDate, rotationPolicySchema } from './policy';
import { POLICY } from './test-county';

const issuesOf = (value: unknown) => {
  const result = rotationPolicySchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, key: (i as { params?: { key?: string } }).params?.key }));
};

describe('rotationPolicySchema', () => {
  it('accepts the national policy as a county would enter it', () => {
    expect(rotationPolicySchema.parse(POLICY)).toEqual(POLICY);
  });
  it('names a reference day that is not in every year', () => {
    expect(issuesOf({ ...POLICY, referenceDay: '02-29' })).toEqual([{ path: 'referenceDay', code: 'custom', key: 'reference_day' }]);
    expect(issuesOf({ ...POLICY, referenceDay: '8-31' })).toEqual([{ path: 'referenceDay', code: 'custom', key: 'reference_day' }]);
  });
  it('names a stint range that ends before it starts, on its end', () => {
    expect(issuesOf({ ...POLICY, stintMonths: { min: 24, max: 12 } })).toEqual([
      { path: 'stintMonths.max', code: 'custom', key: 'stint_range' },
    ]);
  });
  it('names repeated location classes and forms', () => {
    expect(issuesOf({ ...POLICY, classOrder: ['城市', '乡镇', '城市'] })).toEqual([
      { path: 'classOrder', code: 'custom', key: 'duplicate_class' },
    ]);
    expect(issuesOf({ ...POLICY, forms: ['支教', '支教'] })).toEqual([{ path: 'forms', code: 'custom', key: 'duplicate_form' }]);
  });
  it('bounds shares, ages and years and knows the rounding modes', () => {
    expect(issuesOf({ ...POLICY, quota: { percent: 120, rounding: 'ceil' } })).toEqual([
      { path: 'quota.percent', code: 'too_big', key: undefined },
    ]);
    expect(issuesOf({ ...POLICY, quota: { percent: 10, rounding: 'nearest' } })).toEqual([
      { path: 'quota.rounding', code: 'invalid_value', key: undefined },
    ]);
    expect(issuesOf({ ...POLICY, keyTeachers: { ...POLICY.keyTeachers, of: 'staff' } })[0]?.path).toBe('keyTeachers.of');
    expect(issuesOf({ ...POLICY, maxAge: { male: 55, female: 10 } })[0]?.path).toBe('maxAge.female');
    expect(issuesOf({ ...POLICY, minYearsAtSchool: 0 })[0]?.path).toBe('minYearsAtSchool');
    expect(issuesOf({ ...POLICY, forms: [] })[0]?.path).toBe('forms');
  });
});

describe('referenceDate', () => {
  it('is the reference day of the policy year', () => {
    expect(referenceDate(POLICY)).toBe('2026-08-31');
    expect(isReferenceDay('12-31')).toBe(true);
    expect(isReferenceDay('04-31')).toBe(false);
  });
});

describe('rural classes', () => {
  it('start at the policy’s first rural class, and a class the policy does not order is not rural', () => {
    expect(['城市', '县城', '乡镇', '村小', '教学点', '林场'].map((c) => isRuralClass(POLICY, c))).toEqual([
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(issuesOf({ ...POLICY, ruralFrom: '林场' })).toEqual([{ path: 'ruralFrom', code: 'custom', key: 'rural_from_not_in_order' }]);
  });
});
