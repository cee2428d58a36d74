import { planningYear, todayInChina } from '@tongxing/domain';

/** The year a rotation page's `?year=` names; anything else (or nothing) gives the planning year, so a hand-edited URL never fails the page. */
export function yearOf(url: URL): number {
  const raw = url.searchParams.get('year') ?? '';
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return year >= 2000 && year <= 2100 ? year : planningYear(todayInChina());
}

/** `?year=…` plus other parameters, for links between the rotation pages. */
export function yearQuery(year: number, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams({ year: String(year) });
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  return `?${query}`;
}
