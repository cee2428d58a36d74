import { describe, expect, it } from 'vitest';
import { rotationEligibility, type EligibilityFacts } from './eligibility';
import type { PostInterval } from './service';
import { idNumberFor, POLICY } from './test-county';

const DAY = '2026-08-31';
const primary = (schoolId: string, startDate: string, endDate: string | null = null): PostInterval => ({
  schoolId,
  role: 'primary',
  startDate,
  endDate,
});
const teacher = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  idNumber: idNumberFor('1980-05-01', '女'),
  posts: [primary('A', '2015-09-01')],
  principal: false,
  keyTeacher: false,
  exemptions: [],
  ...overrides,
});
const reasonKeys = (facts: EligibilityFacts, day = DAY) => rotationEligibility(facts, POLICY, day).reasons.map((r) => r.key);

describe('rotationEligibility: years at the school', () => {
  it('counts a teacher with exactly six years on the reference date (since 2020-09-01)', () => {
    const result = rotationEligibility(teacher({ posts: [primary('A', '2020-09-01')] }), POLICY, DAY);
    expect(result).toMatchObject({ eligible: true, schoolId: 'A', since: '2020-09-01', yearsAtSchool: 6, requiredYears: 6, reasons: [] });
  });
  it('leaves out one day short, saying from when they are eligible', () => {
    const result = rotationEligibility(teacher({ posts: [primary('A', '2020-09-02')] }), POLICY, DAY);
    expect(result.eligible).toBe(false);
    expect(result.reasons).toEqual([
      { key: 'too_few_years', params: { years: 5, required: 6, since: '2020-09-02', eligibleFrom: '2026-09-01' } },
    ]);
  });
  it('restarts the count at a transfer: ten years at A, then two at B', () => {
    const posts = [primary('A', '2014-09-01', '2024-09-01'), primary('B', '2024-09-01')];
    const result = rotationEligibility(teacher({ posts }), POLICY, DAY);
    expect(result).toMatchObject({ eligible: false, schoolId: 'B', since: '2024-09-01', yearsAtSchool: 2 });
  });
  it('does not interrupt the count for a leave at the same school', () => {
    // 在岗, then 产假 (its own post at A), then 在岗 again: one stay of six years, not three.
    const posts = [primary('A', '2020-09-01', '2023-03-01'), primary('A', '2023-03-01', '2023-09-01'), primary('A', '2023-09-01')];
    expect(rotationEligibility(teacher({ posts }), POLICY, DAY)).toMatchObject({ eligible: true, since: '2020-09-01', yearsAtSchool: 6 });
  });
  it('asks principals for their own number of years', () => {
    const posts = [primary('A', '2018-09-01')];
    const policy = { ...POLICY, principalMinYearsAtSchool: 9 };
    expect(rotationEligibility(teacher({ posts, principal: true }), policy, DAY)).toMatchObject({ eligible: false, requiredYears: 9 });
    expect(rotationEligibility(teacher({ posts, principal: false }), policy, DAY)).toMatchObject({ eligible: true, requiredYears: 6 });
  });
  it('leaves out a teacher with no post on the day', () => {
    expect(reasonKeys(teacher({ posts: [primary('A', '2010-09-01', '2026-07-01')] }))).toEqual(['no_current_post']);
  });
});

describe('rotationEligibility: age limits (no rotation when older than 55 / 50 周岁)', () => {
  it('keeps a man on his 55th birthday and leaves him out on his 56th', () => {
    expect(rotationEligibility(teacher({ idNumber: idNumberFor('1971-08-31', '男') }), POLICY, DAY)).toMatchObject({
      eligible: true,
      sex: '男',
      age: 55,
      maxAge: 55,
    });
    expect(rotationEligibility(teacher({ idNumber: idNumberFor('1970-09-01', '男') }), POLICY, DAY)).toMatchObject({
      eligible: true,
      age: 55,
    });
    expect(rotationEligibility(teacher({ idNumber: idNumberFor('1970-08-31', '男') }), POLICY, DAY).reasons).toEqual([
      { key: 'over_age', params: { age: 56, maxAge: 55 } },
    ]);
  });
  it('applies the women’s limit to women', () => {
    expect(reasonKeys(teacher({ idNumber: idNumberFor('1975-09-01', '女') }))).toEqual([]);
    expect(reasonKeys(teacher({ idNumber: idNumberFor('1975-08-31', '女') }))).toEqual(['over_age']);
    expect(reasonKeys(teacher({ idNumber: idNumberFor('1975-08-31', '男') }))).toEqual([]);
  });
  it('reports an ID number it cannot read instead of guessing an age', () => {
    expect(rotationEligibility(teacher({ idNumber: '110101198005010000' }), POLICY, DAY).reasons).toEqual([
      { key: 'invalid_id_number', params: { problem: 'check_digit' } },
    ]);
  });
});

describe('rotationEligibility: exemptions and several reasons', () => {
  const exemption = { reason: '孕期', startDate: '2026-03-01', endDate: '2027-03-01' };
  it('leaves out a teacher exempt on the day, with the reason and until when', () => {
    expect(rotationEligibility(teacher({ exemptions: [exemption] }), POLICY, DAY).reasons).toEqual([
      { key: 'exempt', params: { reason: '孕期', until: '2027-03-01' } },
    ]);
    expect(reasonKeys(teacher({ exemptions: [exemption] }), '2027-03-01')).toEqual([]);
  });
  it('gives every reason at once', () => {
    const facts = teacher({ idNumber: idNumberFor('1960-01-01', '男'), posts: [primary('A', '2025-09-01')], exemptions: [exemption] });
    expect(reasonKeys(facts)).toEqual(['too_few_years', 'over_age', 'exempt']);
  });
});
