import { describe, expect, it } from 'vitest';
import { ageOn, currentStay, serviceDays, yearsReachedOn, yearsServed, type PostInterval } from './service';

const primary = (schoolId: string, startDate: string, endDate: string | null = null): PostInterval => ({
  schoolId,
  role: 'primary',
  startDate,
  endDate,
});

describe('currentStay', () => {
  it('runs back over a leave or role change at the same school (a new post starting where the last ended)', () => {
    const posts = [primary('A', '2015-09-01', '2019-03-01'), primary('A', '2019-03-01', '2019-09-01'), primary('A', '2019-09-01')];
    expect(currentStay(posts, '2026-08-31')).toEqual({ schoolId: 'A', since: '2015-09-01' });
  });
  it('starts again at a transfer, even back to a school taught at before', () => {
    const posts = [primary('A', '2010-09-01', '2020-09-01'), primary('B', '2020-09-01', '2021-07-01'), primary('A', '2021-07-01')];
    expect(currentStay(posts, '2026-08-31')).toEqual({ schoolId: 'A', since: '2021-07-01' });
  });
  it('starts again after a gap, and ignores secondary posts (走教)', () => {
    const posts: PostInterval[] = [
      primary('A', '2010-09-01', '2018-01-01'),
      primary('A', '2018-02-01'),
      { schoolId: 'C', role: 'secondary', startDate: '2024-09-01', endDate: null },
    ];
    expect(currentStay(posts, '2026-08-31')).toEqual({ schoolId: 'A', since: '2018-02-01' });
  });
  it('is null without a primary post covering the day (ended, or not yet started)', () => {
    expect(currentStay([primary('A', '2010-09-01', '2026-08-31')], '2026-08-31')).toBeNull();
    expect(currentStay([primary('A', '2026-09-01')], '2026-08-31')).toBeNull();
    expect(currentStay([primary('A', '2010-09-01', '2026-09-01')], '2026-08-31')).toEqual({ schoolId: 'A', since: '2010-09-01' });
  });
});

describe('yearsServed', () => {
  it('counts the day itself as served: since 09-01, six years are complete on 08-31', () => {
    expect(yearsServed('2020-09-01', '2026-08-31')).toBe(6);
    expect(yearsServed('2020-09-02', '2026-08-31')).toBe(5);
    expect(yearsServed('2020-09-01', '2026-08-30')).toBe(5);
    expect(yearsServed('2026-08-31', '2026-08-31')).toBe(0);
  });
  it('says from which day a stay reaches its years', () => {
    expect(yearsReachedOn('2020-09-01', 6)).toBe('2026-08-31');
    expect(yearsReachedOn('2020-09-02', 6)).toBe('2026-09-01');
  });
});

describe('ageOn', () => {
  it('is 周岁: one turns 56 on the 56th birthday', () => {
    expect(ageOn('1970-08-31', '2026-08-30')).toBe(55);
    expect(ageOn('1970-08-31', '2026-08-31')).toBe(56);
  });
  it('has a 29 February birthday on 28 February in other years, as the register does', () => {
    expect(ageOn('2000-02-29', '2026-02-27')).toBe(25);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(26);
  });
});

describe('serviceDays', () => {
  it('counts overlapping intervals once, open ones up to the day, and nothing after it', () => {
    const stint = { start: '2026-09-01', end: '2027-07-01' };
    const ruralPost = { start: '2026-09-01', end: '2027-07-01' };
    expect(serviceDays([stint, ruralPost], '2027-08-31')).toBe(303);
    expect(serviceDays([stint], '2026-09-30')).toBe(30);
    expect(
      serviceDays(
        [
          { start: '2020-01-01', end: null },
          { start: '2021-01-01', end: '2021-02-01' },
        ],
        '2020-12-31',
      ),
    ).toBe(366);
    expect(serviceDays([], '2026-01-01')).toBe(0);
  });
});
