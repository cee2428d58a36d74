import { describe, expect, it } from 'vitest';
import { formatYuan } from './money';

describe('formatYuan', () => {
  it('writes 分 as 元 with two decimals and thousands separators', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(43548)).toBe('435.48');
    expect(formatYuan(100000)).toBe('1,000.00');
    expect(formatYuan(123456789)).toBe('1,234,567.89');
    expect(formatYuan(-123456)).toBe('-1,234.56');
    expect(formatYuan(-5)).toBe('-0.05');
    expect(formatYuan(900719925474099123n)).toBe('9,007,199,254,740,991.23');
  });
});
