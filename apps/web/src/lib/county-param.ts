/** The `?countyId=` a page shows when it names one of `counties` (the user's to pick from); else undefined, the whole list. */
export function countyParam(url: URL, counties: readonly { id: string }[]): string | undefined {
  const asked = url.searchParams.get('countyId');
  return counties.find((c) => c.id === asked)?.id;
}
