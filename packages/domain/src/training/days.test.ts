import { describe, expect, it } from 'vitest';
import { inclusiveDays } from './days';

describe('inclusiveDays', () => {
  it('counts both ends', () => {
    expect(inclusiveDays('2026-03-01', '2026-03-01')).toBe(1);
    expect(inclusiveDays('2026-03-01', '2026-03-10')).toBe(10);
    expect(inclusiveDays('2028-02-28', '2028-03-01')).toBe(3);
    expect(inclusiveDays('2026-02-28', '2026-03-01')).toBe(2);
  });
  it('is 0 when the end is before the start', () => {
    expect(inclusiveDays('2026-03-02', '2026-03-01')).toBe(0);
    expect(inclusiveDays('2026-03-10', '2026-03-01')).toBe(0);
  });
});
