import { todayInChina } from '@tongxing/domain';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface SimulateParams {
  draftIds: string[];
  from: string;
  to: string;
  /** the form was submitted (`?run=1`), so the simulation runs or says what is missing */
  run: boolean;
}

/**
 * The simulation's GET parameters: `?draft=<id>&draft=<id>&from=YYYY-MM&to=YYYY-MM&run=1`. An absent month
 * defaults to January or December of the current year in China; a malformed one is passed on as typed,
 * so the API names the problem.
 */
export function simulateParams(url: URL, today = todayInChina()): SimulateParams {
  const year = today.slice(0, 4);
  const month = (key: string, fallback: string) => {
    const value = (url.searchParams.get(key) ?? '').trim();
    return value === '' ? fallback : value;
  };
  return {
    draftIds: [...new Set(url.searchParams.getAll('draft').filter((id) => id !== ''))],
    from: month('from', `${year}-01`),
    to: month('to', `${year}-12`),
    run: url.searchParams.has('run') || url.searchParams.has('draft'),
  };
}

export const isMonth = (value: string) => MONTH.test(value);

/** A difference in 分 as 元 with its sign: "+850.00", "-100.00", "0.00". */
export function signedYuan(fen: number, yuanOf: (fen: number) => string): string {
  return fen > 0 ? `+${yuanOf(fen)}` : yuanOf(fen);
}
