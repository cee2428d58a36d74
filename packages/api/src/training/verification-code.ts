import { randomInt } from 'node:crypto';

/**
 * The letters a certificate's verification code is made of: digits and capitals without the ones people
 * misread or mistype from paper (0/O, 1/I/L). 31 symbols, so 12 of them carry about 59 bits.
 */
export const VERIFICATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 12;
const GROUP = 4;
const VALID = new RegExp(`^[${VERIFICATION_ALPHABET}]{${LENGTH}}$`);

const grouped = (code: string) => code.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');

/** A new code such as `7KQ2-MZ4P-XH9D`; `crypto.randomInt` picks each symbol uniformly. */
export function newVerificationCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += VERIFICATION_ALPHABET[randomInt(VERIFICATION_ALPHABET.length)];
  return grouped(code);
}

/**
 * A code as someone typed it, in the grouped form it is stored in, or null when it cannot be one.
 * Case, spaces and dashes do not matter, nor full-width forms from a Chinese input method (ＡＢ－１２).
 */
export function normaliseVerificationCode(input: string): string | null {
  const code = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '');
  return VALID.test(code) ? grouped(code) : null;
}
