/** The pairs list: search by name, the lead school's county, idle or active pairs. */
export const PAIR_LIST = {
  filters: { q: { kind: 'text' }, countyId: { kind: 'id' }, idle: { kind: 'enum', values: ['yes', 'no'] } },
  sorts: ['name'],
  sort: 'name',
} as const;

/** The form's money in 元 (two decimals at most) as 分, or NaN for anything else (the API names the field). */
export function fenOf(yuan: string): number {
  const text = yuan.trim();
  if (text === '') return 0;
  return /^\d+(\.\d{1,2})?$/.test(text) ? Math.round(Number(text) * 100) : Number.NaN;
}
