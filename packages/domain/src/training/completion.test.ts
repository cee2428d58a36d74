import { describe, expect, it } from 'vitest';
import { completionOutcome, completionRuleSchema, type CompletionRule } from './completion';

const ATTENDANCE_80: CompletionRule = { kind: 'attendance', minPercent: 80 };
const ASSESSMENT: CompletionRule = { kind: 'assessment' };

describe('completionOutcome by attendance', () => {
  it('is pending until there are sessions', () => {
    expect(completionOutcome(ATTENDANCE_80, { sessions: 0, attended: 0, assessment: null })).toBe('pending');
  });
  it('passes at exactly the minimum and fails just below it', () => {
    expect(completionOutcome(ATTENDANCE_80, { sessions: 10, attended: 8, assessment: null })).toBe('passed');
    expect(completionOutcome(ATTENDANCE_80, { sessions: 10, attended: 7, assessment: null })).toBe('failed');
    expect(completionOutcome(ATTENDANCE_80, { sessions: 10, attended: 10, assessment: null })).toBe('passed');
  });
  it('uses exact arithmetic: 2 of 3 is 66.67%', () => {
    expect(completionOutcome({ kind: 'attendance', minPercent: 66 }, { sessions: 3, attended: 2, assessment: null })).toBe('passed');
    expect(completionOutcome({ kind: 'attendance', minPercent: 67 }, { sessions: 3, attended: 2, assessment: null })).toBe('failed');
    expect(completionOutcome({ kind: 'attendance', minPercent: 100 }, { sessions: 7, attended: 7, assessment: null })).toBe('passed');
  });
  it('ignores the assessment', () => {
    expect(completionOutcome(ATTENDANCE_80, { sessions: 10, attended: 9, assessment: 'failed' })).toBe('passed');
  });
});

describe('completionOutcome by assessment', () => {
  it('is the assessment, or pending without one', () => {
    expect(completionOutcome(ASSESSMENT, { sessions: 10, attended: 0, assessment: 'passed' })).toBe('passed');
    expect(completionOutcome(ASSESSMENT, { sessions: 10, attended: 10, assessment: 'failed' })).toBe('failed');
    expect(completionOutcome(ASSESSMENT, { sessions: 10, attended: 10, assessment: null })).toBe('pending');
  });
});

describe('completionRuleSchema', () => {
  it('accepts both kinds', () => {
    expect(completionRuleSchema.parse({ kind: 'attendance', minPercent: 80 })).toEqual(ATTENDANCE_80);
    expect(completionRuleSchema.parse({ kind: 'assessment' })).toEqual(ASSESSMENT);
  });
  it('wants a whole percentage from 1 to 100', () => {
    for (const minPercent of [0, 101, 80.5, '80'])
      expect(completionRuleSchema.safeParse({ kind: 'attendance', minPercent }).success).toBe(false);
    expect(completionRuleSchema.safeParse({ kind: 'attendance', minPercent: 1 }).success).toBe(true);
    expect(completionRuleSchema.safeParse({ kind: 'attendance', minPercent: 100 }).success).toBe(true);
    expect(completionRuleSchema.safeParse({ kind: 'attendance' }).success).toBe(false);
  });
  it('refuses unknown kinds', () => {
    expect(completionRuleSchema.safeParse({ kind: 'exam' }).success).toBe(false);
  });
});
