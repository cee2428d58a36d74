/**
 * School terms (学期) as the pairing targets count them: the autumn term of year Y runs from 1 September Y
 * to 31 January Y+1, the spring term from 1 February to 31 August Y. An activity belongs to the term its
 * first day falls in.
 */
export interface Term {
  /** `2026-autumn`, `2027-spring`. */
  key: string;
  year: number;
  half: 'spring' | 'autumn';
  start: string;
  end: string;
}

const TERM_KEY = /^(\d{4})-(spring|autumn)$/;

export function termOf(day: string): Term {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (month >= 9) return term(year, 'autumn');
  if (month === 1) return term(year - 1, 'autumn');
  return term(year, 'spring');
}

export function term(year: number, half: 'spring' | 'autumn'): Term {
  return half === 'autumn'
    ? { key: `${year}-autumn`, year, half, start: `${year}-09-01`, end: `${year + 1}-01-31` }
    : { key: `${year}-spring`, year, half, start: `${year}-02-01`, end: `${year}-08-31` };
}

/** The term a key names, or null for anything else. */
export function termFromKey(key: string): Term | null {
  const match = TERM_KEY.exec(key);
  return match ? term(Number(match[1]), match[2] as 'spring' | 'autumn') : null;
}
