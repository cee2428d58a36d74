import { describe, expect, it } from 'vitest';
import { activityState } from './activity';
import { isIdle, targetProgress } from './progress';
import { termFromKey, termOf } from './term';

describe('terms', () => {
  it('puts September to January in the autumn term and February to August in the spring term', () => {
    expect(termOf('2026-09-01')).toEqual({ key: '2026-autumn', year: 2026, half: 'autumn', start: '2026-09-01', end: '2027-01-31' });
    expect(termOf('2027-01-31').key).toBe('2026-autumn');
    expect(termOf('2027-02-01').key).toBe('2027-spring');
    expect(termOf('2027-08-31')).toEqual({ key: '2027-spring', year: 2027, half: 'spring', start: '2027-02-01', end: '2027-08-31' });
    expect(termFromKey('2027-spring')).toEqual(termOf('2027-03-15'));
    expect(termFromKey('2027-summer')).toBeNull();
  });
});

describe('confirmation', () => {
  it('counts an activity only when every receiving school confirmed it; one dispute makes it disputed', () => {
    expect(activityState(['confirmed', 'confirmed'])).toBe('confirmed');
    expect(activityState(['confirmed', 'pending'])).toBe('pending');
    expect(activityState(['confirmed', 'disputed'])).toBe('disputed');
    expect(activityState([])).toBe('pending');
  });
});

describe('targets and idle pairs', () => {
  it('gives each kind with a target its confirmed count and what is short', () => {
    expect(targetProgress({ 送教: 2, 同步课堂: 4, 跟岗: 0 }, { 送教: 3, 同步课堂: 1, 联合教研: 5 })).toEqual([
      { kind: '送教', target: 2, confirmed: 3, short: 0 },
      { kind: '同步课堂', target: 4, confirmed: 1, short: 3 },
    ]);
  });

  it('calls a pair idle after more than the weeks without a confirmed activity, counting a new pair from its start', () => {
    expect(isIdle('2026-09-10', '2026-03-01', '2026-11-05', 8)).toBe(false); // 56 days
    expect(isIdle('2026-09-10', '2026-03-01', '2026-11-06', 8)).toBe(true); // 57 days
    expect(isIdle(null, '2026-10-01', '2026-11-06', 8)).toBe(false);
    expect(isIdle(null, '2026-03-01', '2026-11-06', 8)).toBe(true);
  });
});
