/** The tab a detail page shows: `?tab=` when it is one of `keys`, else the first. */
export function detailTab<const K extends string>(url: { searchParams: { get(name: string): string | null } }, keys: readonly K[]): K {
  const asked = url.searchParams.get('tab');
  return keys.find((key) => key === asked) ?? keys[0]!;
}
