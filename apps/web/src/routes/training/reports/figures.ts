/** A share in thousandths as a percent with one decimal (217 → "21.7"), or null when there is none. */
export function percentValue(permille: number | null): string | null {
  if (permille === null) return null;
  return `${Math.trunc(permille / 10)}.${Math.abs(permille % 10)}`;
}

/** A count with thousands separators, as reports print them (8231 → "8,231"). */
export function countText(n: number): string {
  return n.toLocaleString('en-US');
}
