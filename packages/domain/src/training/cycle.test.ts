import { describe, expect, it } from 'vitest';
import { cycleDays, cycleProblems, minHoursByLevelFor, paceOf, requiredHoursFor, type CyclePolicy } from './cycle';

/** 五年一周期不少于360学时, 2026–2030 (2028 is a leap year), with two level minimums. */
const CYCLE: CyclePolicy = {
  startDate: '2026-01-01',
  endDate: '2030-12-31',
  requiredHours: 360,
  minHoursByLevel: { 市培: 60, 校本: 120 },
  joiners: 'prorataMonths',
};
const VETERAN = '2012-09-01';
const MID_JOINER = '2028-03-15';

describe('cycleDays', () => {
  it('counts both ends and the leap days', () => {
    expect(cycleDays(CYCLE)).toBe(1826);
    expect(cycleDays({ startDate: '2024-01-01', endDate: '2028-12-31' })).toBe(1827);
    expect(cycleDays({ startDate: '2026-09-01', endDate: '2027-08-31' })).toBe(365);
  });
});

describe('requiredHoursFor', () => {
  it('is the full hours for a teacher who joined before or on the start, or is unknown', () => {
    expect(requiredHoursFor(CYCLE, VETERAN)).toBe(360);
    expect(requiredHoursFor(CYCLE, '2026-01-01')).toBe(360);
    expect(requiredHoursFor(CYCLE, null)).toBe(360);
  });
  it('counts the joining month in full', () => {
    expect(requiredHoursFor(CYCLE, '2026-01-31')).toBe(360);
    expect(requiredHoursFor(CYCLE, '2026-02-01')).toBe(354); // 59 of 60 months
    expect(requiredHoursFor(CYCLE, '2030-12-31')).toBe(6); // 1 of 60
  });
  it('prorates a mid-cycle joiner by calendar months: 2028-03 to 2030-12 is 34 of 60 → 204', () => {
    expect(requiredHoursFor(CYCLE, MID_JOINER)).toBe(204);
    expect(requiredHoursFor(CYCLE, '2028-03-01')).toBe(204);
    expect(requiredHoursFor(CYCLE, '2028-03-31')).toBe(204);
  });
  it('is the full hours for joiners when the city says so', () => {
    expect(requiredHoursFor({ ...CYCLE, joiners: 'full' }, MID_JOINER)).toBe(360);
  });
  it('is nothing for a teacher who joined after the cycle', () => {
    expect(requiredHoursFor(CYCLE, '2031-01-01')).toBe(0);
    expect(requiredHoursFor({ ...CYCLE, joiners: 'full' }, '2031-01-01')).toBe(0);
  });
  it('rounds half up to a whole hour', () => {
    const eightMonths: CyclePolicy = { ...CYCLE, startDate: '2026-01-01', endDate: '2026-08-31', requiredHours: 100 };
    expect(requiredHoursFor(eightMonths, '2026-08-20')).toBe(13); // 12.5
    expect(requiredHoursFor(eightMonths, '2026-07-01')).toBe(25); // 25
    expect(requiredHoursFor(eightMonths, '2026-06-10')).toBe(38); // 37.5
    const threeMonths: CyclePolicy = { ...eightMonths, endDate: '2026-03-31' };
    expect(requiredHoursFor(threeMonths, '2026-03-02')).toBe(33); // 33.33
    expect(requiredHoursFor(threeMonths, '2026-02-02')).toBe(67); // 66.67
  });
  it('counts months across years for a cycle that does not start in January', () => {
    const schoolYears: CyclePolicy = { ...CYCLE, startDate: '2025-09-01', endDate: '2030-08-31' };
    expect(requiredHoursFor(schoolYears, '2027-09-01')).toBe(216); // 36 of 60
  });
});

describe('minHoursByLevelFor', () => {
  it('is the policy’s minimums for a full-cycle teacher', () => {
    expect(minHoursByLevelFor(CYCLE, VETERAN)).toEqual({ 市培: 60, 校本: 120 });
    expect(minHoursByLevelFor({ ...CYCLE, joiners: 'full' }, MID_JOINER)).toEqual({ 市培: 60, 校本: 120 });
  });
  it('prorates each minimum like the required hours, half up', () => {
    const policy = { ...CYCLE, minHoursByLevel: { 市培: 60, 校本: 120, 县培: 15 } };
    expect(minHoursByLevelFor(policy, MID_JOINER)).toEqual({ 市培: 34, 校本: 68, 县培: 9 }); // 15 × 34 ÷ 60 = 8.5
    expect(minHoursByLevelFor(policy, '2031-03-01')).toEqual({ 市培: 0, 校本: 0, 县培: 0 });
  });
});

describe('paceOf', () => {
  const pace = (asOf: string, hoursByLevel: Record<string, number> = {}, joinedOn: string | null = VETERAN, policy = CYCLE) =>
    paceOf(policy, { joinedOn, asOf, hoursByLevel });

  it('a teacher on day 1', () => {
    expect(pace('2026-01-01')).toEqual({
      required: 360,
      earned: 0,
      expected: 1,
      onPace: false, // 0 × 1826 < 360 × 1: by the exact rule a day already counts
      missing: 360,
      missingByLevel: { 市培: 60, 校本: 120 },
      elapsedDays: 1,
      spanDays: 1826,
    });
    expect(pace('2026-01-01', { 国培: 1 }).onPace).toBe(true);
  });

  it('exactly on pace at mid-cycle (913 of 1826 days → 180)', () => {
    const onTime = pace('2028-07-01', { 市培: 60, 校本: 120 });
    expect(onTime).toMatchObject({ elapsedDays: 913, expected: 180, earned: 180, onPace: true, missing: 180, missingByLevel: {} });
    expect(pace('2028-07-01', { 市培: 60, 校本: 119 })).toMatchObject({ onPace: false, missingByLevel: { 校本: 1 } });
    // 179 hours are on pace up to day 907 (179 × 1826 ÷ 360 = 907.9).
    expect(pace('2028-06-25', { 市培: 60, 校本: 119 })).toMatchObject({ elapsedDays: 907, expected: 179, onPace: true });
    expect(pace('2028-06-26', { 市培: 60, 校本: 119 })).toMatchObject({ elapsedDays: 908, expected: 180, onPace: false });
  });

  it('counts the leap day: 2028-12-31 is day 1096, not 1095', () => {
    const p = pace('2028-12-31', { 市培: 100, 校本: 116 });
    expect(p).toMatchObject({ elapsedDays: 1096, expected: 217, earned: 216 });
    // 216 × 1826 = 394,416 < 360 × 1096 = 394,560; with 1095 days (394,200) it would be on pace.
    expect(p.onPace).toBe(false);
    expect(pace('2028-12-31', { 市培: 100, 校本: 117 }).onPace).toBe(true);
  });

  it('a mid-cycle joiner (prorataMonths) owes 204 over their own span', () => {
    const p = pace('2029-03-14', { 市培: 34, 校本: 38 }, MID_JOINER);
    // 204 × 365 ÷ 1022 = 72.86 → 73 shown: 72 hours are short of it.
    expect(p).toEqual({
      required: 204,
      earned: 72,
      expected: 73,
      onPace: false,
      missing: 132,
      missingByLevel: { 校本: 30 },
      elapsedDays: 365,
      spanDays: 1022,
    });
    expect(pace('2029-03-14', { 市培: 34, 校本: 39 }, MID_JOINER).onPace).toBe(true);
  });

  it('a joiner before their first day has nothing expected yet', () => {
    expect(pace('2027-06-01', {}, MID_JOINER)).toMatchObject({ elapsedDays: 0, expected: 0, onPace: true, spanDays: 1022 });
    expect(pace(MID_JOINER, {}, MID_JOINER)).toMatchObject({ elapsedDays: 1, onPace: false });
  });

  it('joiners owing the full hours spread them over their own span', () => {
    const p = pace('2029-03-14', { 国培: 128 }, MID_JOINER, { ...CYCLE, joiners: 'full' });
    // 360 × 365 ÷ 1022 = 128.57
    expect(p).toMatchObject({ required: 360, expected: 129, earned: 128, onPace: false, missingByLevel: { 市培: 60, 校本: 120 } });
    expect(pace('2029-03-14', { 国培: 129 }, MID_JOINER, { ...CYCLE, joiners: 'full' }).onPace).toBe(true);
  });

  it('stops counting at the end of the cycle', () => {
    expect(pace('2030-12-31', { 市培: 120, 校本: 240 })).toMatchObject({ elapsedDays: 1826, expected: 360, onPace: true, missing: 0 });
    expect(pace('2031-06-01', { 市培: 120, 校本: 239 })).toMatchObject({ elapsedDays: 1826, expected: 360, onPace: false, missing: 1 });
  });

  it('is zero before the cycle starts', () => {
    expect(pace('2025-12-31')).toMatchObject({ elapsedDays: 0, expected: 0, onPace: true, missing: 360 });
  });

  it('sums negative entries (reversals) as given', () => {
    const p = pace('2028-07-01', { 国培: 100, 市培: -20, 校本: 50 });
    expect(p).toMatchObject({ earned: 130, missing: 230, onPace: false, missingByLevel: { 市培: 80, 校本: 70 } });
    expect(pace('2026-06-01', { 市培: -10 })).toMatchObject({ earned: -10, missing: 370 });
  });

  it('owes nothing to a teacher who joined after the cycle', () => {
    expect(pace('2031-03-01', { 国培: 10 }, '2031-02-01')).toEqual({
      required: 0,
      earned: 10,
      expected: 0,
      onPace: true,
      missing: 0,
      missingByLevel: {},
      elapsedDays: 0,
      spanDays: 0,
    });
  });
});

describe('cycleProblems', () => {
  it('accepts a sound policy', () => {
    expect(cycleProblems(CYCLE)).toEqual([]);
    expect(cycleProblems({ ...CYCLE, minHoursByLevel: { 市培: 180, 校本: 180 } })).toEqual([]);
    expect(cycleProblems({ ...CYCLE, requiredHours: 2000, minHoursByLevel: {} })).toEqual([]);
  });
  it('wants the end after the start', () => {
    expect(cycleProblems({ ...CYCLE, endDate: '2026-01-01' })).toEqual([{ field: 'endDate', key: 'dates_order' }]);
    expect(cycleProblems({ ...CYCLE, endDate: '2025-12-31' })).toEqual([{ field: 'endDate', key: 'dates_order' }]);
    expect(cycleProblems({ ...CYCLE, startDate: '2026-02-30' })).toEqual([{ field: 'startDate', key: 'invalid_date' }]);
  });
  it('wants whole required hours from 1 to 2000', () => {
    const problem = (requiredHours: number) => cycleProblems({ ...CYCLE, requiredHours, minHoursByLevel: {} });
    expect(problem(0)).toEqual([{ field: 'requiredHours', key: 'too_small', params: { min: 1 } }]);
    expect(problem(-360)).toEqual([{ field: 'requiredHours', key: 'too_small', params: { min: 1 } }]);
    expect(problem(2001)).toEqual([{ field: 'requiredHours', key: 'too_big', params: { max: 2000 } }]);
    expect(problem(1)).toEqual([]);
    expect(problem(360.5)).toEqual([{ field: 'requiredHours', key: 'not_a_whole_number' }]);
  });
  it('wants each level minimum between 0 and the required hours', () => {
    expect(cycleProblems({ ...CYCLE, minHoursByLevel: { 市培: -1, 校本: 361, 国培: 0, 县培: 360 } })).toEqual([
      { field: 'minHoursByLevel', key: 'level_minimum_range', params: { level: '市培', max: 360 } },
      { field: 'minHoursByLevel', key: 'level_minimum_range', params: { level: '校本', max: 360 } },
    ]);
  });
  it('checks only for negative minimums while the required hours are wrong', () => {
    expect(cycleProblems({ ...CYCLE, requiredHours: 0, minHoursByLevel: { 市培: 60, 校本: -1 } })).toEqual([
      { field: 'requiredHours', key: 'too_small', params: { min: 1 } },
      { field: 'minHoursByLevel', key: 'level_minimum_range', params: { level: '校本', max: 0 } },
    ]);
  });
  it('wants the minimums to fit in the required hours together', () => {
    expect(cycleProblems({ ...CYCLE, minHoursByLevel: { 市培: 180, 校本: 181 } })).toEqual([
      { field: 'minHoursByLevel', key: 'level_minimums_exceed', params: { sum: 361, max: 360 } },
    ]);
  });
});
