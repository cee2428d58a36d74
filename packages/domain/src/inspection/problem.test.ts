import { describe, expect, it } from 'vitest';
import { isOverdue, nextProblemState } from './problem';

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
});
