import { describe, expect, it } from 'vitest';
import { readRollMark } from './roll-sheet';

describe('readRollMark', () => {
  it('reads every accepted word, English in any case', () => {
    expect(['出勤', '√', '1', 'present', 'Present', ' PRESENT '].map(readRollMark)).toEqual(Array(6).fill('present'));
    expect(['缺勤', '×', '0', 'absent', 'Absent', 'ABSENT'].map(readRollMark)).toEqual(Array(6).fill('absent'));
  });

  it('calls an empty cell blank and anything else invalid', () => {
    expect(readRollMark('')).toBe('blank');
    expect(readRollMark('   ')).toBe('blank');
    expect(['到', 'x', '2', 'yes', '出 勤', '1.0'].map(readRollMark)).toEqual(Array(6).fill('invalid'));
  });
});
