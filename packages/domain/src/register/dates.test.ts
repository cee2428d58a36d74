import { describe, expect, it } from 'vitest';
import { addDays, contains, isIsoDate, lengthInDays, overlaps, todayInChina } from './dates';

describe('intervals [start, end)', () => {
  const march = { start: '2026-03-01', end: '2026-04-01' };
  it('contain their start and not their end', () => {
    expect(contains(march, '2026-03-01')).toBe(true);
    expect(contains(march, '2026-03-31')).toBe(true);
    expect(contains(march, '2026-04-01')).toBe(false);
    expect(contains({ start: '2026-03-01', end: null }, '2099-01-01')).toBe(true);
  });
  it('touching intervals do not overlap', () => {
    expect(overlaps(march, { start: '2026-04-01', end: null })).toBe(false);
    expect(overlaps(march, { start: '2026-03-31', end: '2026-04-02' })).toBe(true);
    expect(overlaps({ start: '2026-01-01', end: null }, { start: '2025-01-01', end: null })).toBe(true);
  });
  it('count days', () => {
    expect(lengthInDays(march)).toBe(31);
    expect(lengthInDays({ start: '2024-02-01', end: '2024-03-01' })).toBe(29);
    expect(lengthInDays({ start: '2026-03-01', end: null })).toBeNull();
  });
});

describe('dates', () => {
  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-3-1')).toBe(false);
  });
  it('knows the day in China', () => {
    expect(todayInChina(new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23');
  });
});

describe('adding days', () => {
  it('crosses months, years and 29 February', () => {
    expect([addDays('2026-12-31', 1), addDays('2028-02-28', 1), addDays('2028-03-01', -1), addDays('2026-12-03', -300)]).toEqual([
      '2027-01-01',
      '2028-02-29',
      '2028-02-29',
      '2026-02-06',
    ]);
  });
});
