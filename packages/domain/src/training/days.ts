import { lengthInDays } from '../register/dates';

/** Days from `start` to `end`, both counted (the way notices print a course's dates); 0 when `end` is before `start`. */
export function inclusiveDays(start: string, end: string): number {
  return Math.max(0, (lengthInDays({ start, end }) ?? 0) + 1);
}
