import { describe, expect, it } from 'vitest';
import { passwordProblem, USERNAME_PATTERN } from './credentials';

describe('passwordProblem', () => {
  it('accepts a long password mixing three kinds', () => {
    expect(passwordProblem('Baicheng2026', 'wang')).toBeNull();
  });
  it('names each problem', () => {
    expect(passwordProblem('Ab1', 'wang')).toBe('too_short');
    expect(passwordProblem('a'.repeat(129), 'wang')).toBe('too_long');
    expect(passwordProblem('abcdefghijk', 'wang')).toBe('too_simple');
    expect(passwordProblem('Wang.li.2026', 'wang.li')).toBe('contains_username');
  });
});

describe('USERNAME_PATTERN', () => {
  it('accepts plain lower-case names and refuses others', () => {
    expect(USERNAME_PATTERN.test('bc.admin')).toBe(true);
    expect(USERNAME_PATTERN.test('Admin')).toBe(false);
    expect(USERNAME_PATTERN.test('ab')).toBe(false);
    expect(USERNAME_PATTERN.test('张三')).toBe(false);
  });
});
