import { describe, expect, it } from 'vitest';
import { isOverdue, mayActOnProblem, mayOwnProblem, nextProblemState } from './problem';

describe('the problem lifecycle', () => {
  it('goes open → submitted → closed, or back to open when returned', () => {
    expect(nextProblemState('open', 'submit')).toBe('submitted');
    expect(nextProblemState('submitted', 'close')).toBe('closed');
    expect(nextProblemState('submitted', 'return')).toBe('open');
  });

  it('refuses what does not follow: closing an open problem, submitting twice, anything after 销号', () => {
    expect(nextProblemState('open', 'close')).toBeNull();
    expect(nextProblemState('open', 'return')).toBeNull();
    expect(nextProblemState('submitted', 'submit')).toBeNull();
    for (const action of ['submit', 'close', 'return'] as const) expect(nextProblemState('closed', action)).toBeNull();
  });

  it('is overdue from the day after its deadline until it is closed', () => {
    expect(isOverdue({ state: 'open', deadline: '2026-12-10' }, '2026-12-10')).toBe(false);
    expect(isOverdue({ state: 'open', deadline: '2026-12-10' }, '2026-12-11')).toBe(true);
    expect(isOverdue({ state: 'submitted', deadline: '2026-12-10' }, '2026-12-11')).toBe(true);
    expect(isOverdue({ state: 'closed', deadline: '2026-12-10' }, '2027-01-01')).toBe(false);
  });

  it('lets the owner submit, and only someone else close or return', () => {
    const open = { state: 'open' as const, ownerId: 'owner' };
    const submitted = { state: 'submitted' as const, ownerId: 'owner' };
    expect([mayActOnProblem(open, 'owner', 'submit'), mayActOnProblem(open, 'inspector', 'submit')]).toEqual([true, false]);
    expect([mayActOnProblem(submitted, 'inspector', 'close'), mayActOnProblem(submitted, 'owner', 'close')]).toEqual([true, false]);
    expect(mayActOnProblem(submitted, 'inspector', 'return')).toBe(true);
    expect(mayActOnProblem(open, 'inspector', 'close')).toBe(false);
  });

  it('is owned by a school administrator of its school, or by an officer of its county', () => {
    const school = { countyId: 'c1', schoolId: 's1' };
    const county = { countyId: 'c1', schoolId: null };
    expect(mayOwnProblem({ role: 'school_admin', countyId: null, schoolId: 's1' }, school)).toBe(true);
    expect(mayOwnProblem({ role: 'school_admin', countyId: null, schoolId: 's2' }, school)).toBe(false);
    expect(mayOwnProblem({ role: 'county_officer', countyId: 'c1', schoolId: null }, school)).toBe(false);
    expect(mayOwnProblem({ role: 'county_officer', countyId: 'c1', schoolId: null }, county)).toBe(true);
    expect(mayOwnProblem({ role: 'school_admin', countyId: null, schoolId: 's1' }, county)).toBe(false);
  });
});
