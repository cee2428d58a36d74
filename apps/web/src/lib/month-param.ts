import { todayInChina } from '@tongxing/domain';

/** The `?month=YYYY-MM` a preview shows; the current month (in China) when absent or malformed. */
export function monthParam(url: URL): string {
  const month = url.searchParams.get('month') ?? '';
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : todayInChina().slice(0, 7);
}
