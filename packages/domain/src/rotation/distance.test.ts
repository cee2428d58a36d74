import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance';

describe('distanceKm', () => {
  it('is the great-circle distance: one degree of longitude on the equator is 111.2 km, 兰州 to 榆中 about 35 km', () => {
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(111.195, 2);
    expect(distanceKm({ latitude: 36.061, longitude: 103.834 }, { latitude: 35.843, longitude: 104.112 })).toBeCloseTo(34.6, 0);
    expect(distanceKm({ latitude: 36, longitude: 104 }, { latitude: 36, longitude: 104 })).toBe(0);
  });
});
