/**
 * The list behind each figure of the overview, with the filters that make it show exactly that figure.
 * `countyId` is the county the city picked (a county officer's lists are of their county already).
 */
function href(path: string, params: Record<string, string | number | null | undefined>, hash = ''): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  const text = query.toString();
  return `${path}${text ? `?${text}` : ''}${hash}`;
}

export function overviewLinks(countyId: string | null) {
  const county = countyId ?? undefined;
  return {
    sheets: (month: string, state?: string) => href('/allowances/sheets', { month, state, countyId: county }),
    compliance: (pace?: 'onPace' | 'behind', forCounty = county) => href('/training/compliance', { pace, countyId: forCounty }),
    rotation: (year: number) => href('/rotation', { year }),
    eligible: (year: number, forCounty: string) => href('/rotation/eligibility', { year, countyId: forCounty, show: 'eligible' }),
    plan: (year: number, forCounty: string) => href(`/rotation/plan/${forCounty}`, { year }),
    pairs: (idle?: 'yes' | 'no') => href('/pairing', { idle, countyId: county }),
    problems: (filter: { state?: 'open' | 'submitted' | 'closed'; overdue?: '1' } = {}) =>
      href('/inspections/problems', { ...filter, countyId: county }),
    quality: (check: string) => href('/quality', { countyId: county }, `#${check}`),
  };
}
