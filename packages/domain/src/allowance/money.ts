/**
 * 分 as 元 with two decimals and thousands separators, in integer arithmetic (123456789 → "1,234,567.89",
 * -5 → "-0.05"). The one money format of pages, notices and messages.
 */
export function formatYuan(fen: number | bigint): string {
  const value = BigInt(fen);
  const abs = value < 0n ? -value : value;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0n ? '-' : ''}${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}
