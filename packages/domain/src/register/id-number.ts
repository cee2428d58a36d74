/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence (odd for
 * men, even for women) and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
/** First two digits of the province-level regions that issue ID numbers. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
]);

export type IdNumberProblem = 'length' | 'characters' | 'region' | 'birth_date' | 'check_digit';

export interface IdNumberFacts {
  /** Upper-case, as stored. */
  idNumber: string;
  birthDate: string; // YYYY-MM-DD
  sex: '男' | '女';
}

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Validates an ID number and derives birth date and sex; a lower-case x is accepted and upper-cased. */
export function parseIdNumber(
  raw: string,
  today = new Date(),
): { ok: true; value: IdNumberFacts } | { ok: false; problem: IdNumberProblem } {
  const idNumber = raw.trim().toUpperCase();
  if (idNumber.length !== 18) return { ok: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { ok: false, problem: 'characters' };
  if (!PROVINCES.has(Number(idNumber.slice(0, 2))) || idNumber.slice(2, 6) === '0000') return { ok: false, problem: 'region' };
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const valid = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!valid || year < 1900 || birth.getTime() > today.getTime()) return { ok: false, problem: 'birth_date' };
  if (checkCharacter(idNumber.slice(0, 17)) !== idNumber[17]) return { ok: false, problem: 'check_digit' };
  return {
    ok: true,
    value: {
      idNumber,
      birthDate: idNumber.slice(6, 10) + '-' + idNumber.slice(10, 12) + '-' + idNumber.slice(12, 14),
      sex: Number(idNumber[16]) % 2 === 1 ? '男' : '女',
    },
  };
}

/** For public notices: the first 4 and last 4 characters, the rest masked. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length <= 8 ? idNumber : idNumber.slice(0, 4) + '*'.repeat(idNumber.length - 8) + idNumber.slice(-4);
}
