import type { ShareRounding } from './policy';

/** `percent`% of `count` as a whole number, rounded as stated; integer arithmetic, so 10% of 35 is exactly 3.5. */
export function applyShare(count: number, percent: number, rounding: ShareRounding): number {
  const hundredths = count * percent;
  switch (rounding) {
    case 'ceil':
      return Math.ceil(hundredths / 100);
    case 'floor':
      return Math.floor(hundredths / 100);
    case 'half_up':
      return Math.floor((2 * hundredths + 100) / 200);
  }
}
