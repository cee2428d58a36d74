import { describe, expect, it } from 'vitest';
import { addMonths, birthday, postStartProblem, postStartUnlikely, registerDateProblem } from './date-limits';

const today = '2026-12-02';

describe('date limits of the register', () => {
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-12-02', 12)).toBe('2027-12-02');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(birthday('2008-02-29', 16)).toBe('2024-02-29');
    expect(birthday('2008-02-29', 17)).toBe('2025-02-28');
  });

  it('refuses dates before 1950 and more than a year ahead, saying the limit', () => {
    expect(registerDateProblem('1949-12-31', today)).toEqual({ key: 'date_before_earliest', params: { min: '1950-01-01' } });
    expect(registerDateProblem('1950-01-01', today)).toBeNull();
    expect(registerDateProblem('2027-12-02', today)).toBeNull();
    expect(registerDateProblem('2027-12-03', today)).toEqual({ key: 'date_too_far_ahead', params: { max: '2027-12-02' } });
    expect(registerDateProblem('2099-09-01', today)?.key).toBe('date_too_far_ahead');
  });

  it('refuses a post starting before the teacher was 16, from the 16th birthday on it is possible', () => {
    expect(postStartProblem('2001-03-14', '1985-03-15', today)).toEqual({
      key: 'post_before_min_age',
      params: { age: 16, date: '2001-03-15' },
    });
    expect(postStartProblem('2001-03-15', '1985-03-15', today)).toBeNull();
    expect(postStartProblem('2001-03-14', null, today)).toBeNull();
  });

  it('flags a post before 18 or more than six months ahead, and nothing usual', () => {
    expect(postStartUnlikely('2002-09-01', '1985-03-15', today)).toBe('young');
    expect(postStartUnlikely('2003-03-15', '1985-03-15', today)).toBeNull();
    expect(postStartUnlikely('2027-06-03', '1985-03-15', today)).toBe('far_ahead');
    expect(postStartUnlikely('2027-06-02', '1985-03-15', today)).toBeNull();
  });
});
