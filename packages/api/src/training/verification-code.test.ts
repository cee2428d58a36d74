import { describe, expect, it } from 'vitest';
import { newVerificationCode, normaliseVerificationCode, VERIFICATION_ALPHABET } from './verification-code';

describe('newVerificationCode', () => {
  it('is three groups of four symbols from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = newVerificationCode();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });

  it('leaves out 0, O, 1, I and L and nothing else', () => {
    expect(VERIFICATION_ALPHABET).toHaveLength(31);
    for (const c of '0O1IL') expect(VERIFICATION_ALPHABET).not.toContain(c);
    expect(new Set(VERIFICATION_ALPHABET).size).toBe(VERIFICATION_ALPHABET.length);
  });

  it('uses every symbol and does not repeat itself', () => {
    const codes = Array.from({ length: 2000 }, newVerificationCode);
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set(codes.join('').replaceAll('-', ''));
    expect([...seen].sort().join('')).toBe([...VERIFICATION_ALPHABET].sort().join(''));
  });

  it('is its own normal form', () => {
    const code = newVerificationCode();
    expect(normaliseVerificationCode(code)).toBe(code);
  });
});

describe('normaliseVerificationCode', () => {
  it.each([
    ['7kq2-mz4p-xh9d', '7KQ2-MZ4P-XH9D'],
    ['7KQ2MZ4PXH9D', '7KQ2-MZ4P-XH9D'],
    ['  7KQ2 MZ4P  XH9D ', '7KQ2-MZ4P-XH9D'],
    ['7K-Q2M-Z4PX-H9D', '7KQ2-MZ4P-XH9D'],
    ['７ＫＱ２－ＭＺ４Ｐ－ＸＨ９Ｄ', '7KQ2-MZ4P-XH9D'],
    ['7KQ2\u2013MZ4P\u2014XH9D', '7KQ2-MZ4P-XH9D'],
    ['7KQ2\u3000MZ4P\tXH9D', '7KQ2-MZ4P-XH9D'],
  ])('%j reads as %s', (input, expected) => {
    expect(normaliseVerificationCode(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['7KQ2-MZ4P-XH9', 'one short'],
    ['7KQ2-MZ4P-XH9DA', 'one long'],
    ['7KQ2-MZ4P-XH90', 'a zero'],
    ['7KQ2-MZ4P-XH9O', 'the letter O'],
    ['7KQ2-MZ4P-XH91', 'a one'],
    ['7KQ2-MZ4P-XH9I', 'the letter I'],
    ['7KQ2-MZ4P-XH9L', 'the letter L'],
    ['7KQ2_MZ4P_XH9D', 'underscores'],
    ['7KQ2-MZ4P-XH9证', 'a Chinese character'],
  ])('%j is not a code (%s)', (input) => {
    expect(normaliseVerificationCode(input)).toBeNull();
  });
});
