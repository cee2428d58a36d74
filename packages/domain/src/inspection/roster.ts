import type { ProblemCategory } from './problem';

/**
 * How an external roster can differ from the register (有人无证、有证无人): on the roster but not in post
 * on the day; in post but not on the roster; on both at different schools; paid in the month but not on
 * the roster.
 */
export const DIFFERENCE_KINDS = ['not_in_register', 'not_on_roster', 'other_school', 'paid_not_on_roster'] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** A difference stays open until it is explained with a reason or becomes a problem to rectify. */
export const RESOLUTIONS = ['open', 'explained', 'problem'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** The category of the problem a difference becomes: money paid is an allowance problem, the rest the register's. */
export const categoryOfDifference = (kind: DifferenceKind): ProblemCategory => (kind === 'paid_not_on_roster' ? '补助发放' : '台账数据');
