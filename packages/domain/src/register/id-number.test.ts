import { describe, expect, it } from 'vitest';
import { checkCharacter, maskIdNumber, parseIdNumber } from './id-number';

const TODAY = new Date('2026-11-22T00:00:00Z');

describe('parseIdNumber', () => {
  it('accepts a valid number and derives birth date and sex', () => {
    expect(parseIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', birthDate: '1949-12-31', sex: '女' },
    });
    expect(parseIdNumber('220802198503150013', TODAY)).toEqual({
      ok: true,
      value: { idNumber: '220802198503150013', birthDate: '1985-03-15', sex: '男' },
    });
  });
  it('accepts a lower-case x and stores it upper-case', () => {
    expect(parseIdNumber(' 11010519491231002x ', TODAY)).toMatchObject({ ok: true, value: { idNumber: '11010519491231002X' } });
  });
  it('names the problem', () => {
    expect(parseIdNumber('110105194912310021', TODAY)).toEqual({ ok: false, problem: 'check_digit' });
    expect(parseIdNumber('11010519490231002X', TODAY)).toEqual({ ok: false, problem: 'birth_date' });
    expect(parseIdNumber('110105203012310021', TODAY)).toEqual({ ok: false, problem: 'birth_date' });
    expect(parseIdNumber('99010519491231002X', TODAY)).toEqual({ ok: false, problem: 'region' });
    expect(parseIdNumber('1101051949123100', TODAY)).toEqual({ ok: false, problem: 'length' });
    expect(parseIdNumber('11010519491231002Y', TODAY)).toEqual({ ok: false, problem: 'characters' });
  });
  it('computes the MOD 11-2 check character', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('22080219850315001')).toBe('3');
  });
});

describe('maskIdNumber', () => {
  it('keeps the first and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});
