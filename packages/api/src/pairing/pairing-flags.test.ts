import { describe, expect, it } from 'vitest';
import { takenFarFrom } from './activities';

describe('a photo taken far from its activity', () => {
  it('is flagged more than a week outside the activity’s days, and never without a capture date', () => {
    expect(takenFarFrom('2026-10-13 09:00:00', '2026-10-20', '2026-10-21')).toBe(false);
    expect(takenFarFrom('2026-10-12 23:59:59', '2026-10-20', '2026-10-21')).toBe(true);
    expect(takenFarFrom('2026-10-28 08:00:00', '2026-10-20', '2026-10-21')).toBe(false);
    expect(takenFarFrom('2026-10-29 08:00:00', '2026-10-20', '2026-10-21')).toBe(true);
    expect(takenFarFrom(null, '2026-10-20', '2026-10-21')).toBe(false);
  });
});
