import { describe, expect, it } from 'vitest';
import { keyTeacherMinimum, maxLeaving, rotationQuota } from './quota';
import { applyShare } from './share';

describe('applyShare', () => {
  it('rounds 10% of 37 (3.7) as stated: ceil 4, half up 4, floor 3', () => {
    expect(applyShare(37, 10, 'ceil')).toBe(4);
    expect(applyShare(37, 10, 'half_up')).toBe(4);
    expect(applyShare(37, 10, 'floor')).toBe(3);
  });
  it('takes an exact half up and leaves whole results alone', () => {
    expect(applyShare(35, 10, 'half_up')).toBe(4);
    expect(applyShare(34, 10, 'half_up')).toBe(3);
    expect(applyShare(40, 10, 'ceil')).toBe(4);
    expect(applyShare(40, 10, 'floor')).toBe(4);
    expect(applyShare(0, 10, 'ceil')).toBe(0);
  });
  it('does not drift on shares that are not exact in binary (7% of 300 is 21)', () => {
    expect(applyShare(300, 7, 'ceil')).toBe(21);
    expect(applyShare(300, 7, 'floor')).toBe(21);
  });
});

describe('rotationQuota and keyTeacherMinimum', () => {
  it('is 10% of the eligible, rounded as the policy says', () => {
    expect(rotationQuota({ quota: { percent: 10, rounding: 'ceil' } }, 37)).toBe(4);
    expect(rotationQuota({ quota: { percent: 10, rounding: 'floor' } }, 37)).toBe(3);
  });
  it('takes 骨干 as a share of those rotated, or of all eligible (Anhui)', () => {
    const counts = { eligible: 37, rotated: 4 };
    expect(keyTeacherMinimum({ keyTeachers: { percent: 20, rounding: 'ceil', of: 'rotated' } }, counts)).toBe(1); // 0.8 → 1
    expect(keyTeacherMinimum({ keyTeachers: { percent: 20, rounding: 'floor', of: 'rotated' } }, counts)).toBe(0);
    expect(keyTeacherMinimum({ keyTeachers: { percent: 20, rounding: 'ceil', of: 'eligible' } }, counts)).toBe(8); // 7.4 → 8
  });
  it('lets a sending school lose at most its share of the staff', () => {
    expect(maxLeaving({ staffingFloor: { percent: 10, rounding: 'floor', keepOnlyTeacherOfSubject: true } }, 37)).toBe(3);
    expect(maxLeaving({ staffingFloor: { percent: 10, rounding: 'floor', keepOnlyTeacherOfSubject: true } }, 9)).toBe(0);
  });
});
