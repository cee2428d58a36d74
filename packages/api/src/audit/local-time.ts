/** A moment as "YYYY-MM-DD HH:mm" in China's time (UTC+8 all year: no daylight saving since 1991). */
export function localDateTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
