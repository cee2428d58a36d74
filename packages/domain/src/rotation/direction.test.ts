import { describe, expect, it } from 'vitest';
import { moveDirection } from './direction';

const ORDER = ['城市', '县城', '乡镇', '村小', '教学点'];
const school = (locationClass: string, strong = false) => ({ locationClass, strong });

describe('moveDirection', () => {
  it('allows moves towards the rural end', () => {
    expect(moveDirection(ORDER, school('城市'), school('村小'))).toEqual({ allowed: true, kind: 'to_more_rural' });
    expect(moveDirection(ORDER, school('县城', true), school('乡镇'))).toEqual({ allowed: true, kind: 'to_more_rural' });
  });
  it('allows a 优质校 to send to an ordinary school of the same class', () => {
    expect(moveDirection(ORDER, school('城市', true), school('城市'))).toEqual({ allowed: true, kind: 'strong_to_weak' });
  });
  it('refuses moves towards the city, to a 优质校 from an ordinary school, and between equals', () => {
    expect(moveDirection(ORDER, school('村小', true), school('城市'))).toEqual({ allowed: false, reason: 'to_more_urban' });
    expect(moveDirection(ORDER, school('城市'), school('村小', true))).toEqual({ allowed: false, reason: 'weak_to_strong' });
    expect(moveDirection(ORDER, school('乡镇'), school('乡镇'))).toEqual({ allowed: false, reason: 'same_standing' });
    expect(moveDirection(ORDER, school('乡镇', true), school('乡镇', true))).toEqual({ allowed: false, reason: 'same_standing' });
  });
  it('names a class the policy does not order (a city tier it forgot)', () => {
    expect(moveDirection(ORDER, school('城市'), school('完小'))).toEqual({
      allowed: false,
      reason: 'unknown_class',
      locationClass: '完小',
    });
  });
});
