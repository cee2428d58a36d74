export const ENROLMENT_STATES = ['applied', 'nominated', 'enrolled', 'waitlisted', 'completed', 'withdrawn', 'refused'] as const;
export type EnrolmentState = (typeof ENROLMENT_STATES)[number];

/** The states that count against a cohort's capacity and a county's quota, and block overlapping off-the-job placements. */
export const HOLDS_PLACE: ReadonlySet<EnrolmentState> = new Set<EnrolmentState>(['nominated', 'enrolled', 'completed']);

/**
 * The state an approval moves an enrolment to, or null when there is nothing to approve. For a
 * city-level programme the county's approval only nominates; the city then enrols.
 */
export function nextStateOnApproval(state: EnrolmentState, programmeIsCityLevel: boolean): 'nominated' | 'enrolled' | null {
  if (state === 'applied') return programmeIsCityLevel ? 'nominated' : 'enrolled';
  if (state === 'nominated' && programmeIsCityLevel) return 'enrolled';
  return null;
}

const WITHDRAWABLE: ReadonlySet<EnrolmentState> = new Set<EnrolmentState>(['applied', 'nominated', 'enrolled', 'waitlisted']);

export function canWithdraw(state: EnrolmentState): boolean {
  return WITHDRAWABLE.has(state);
}

export interface WaitlistCandidate {
  id: string;
  countyId: string;
  /** Compared as text, so all candidates' timestamps must be in one format (e.g. ISO 8601 in UTC). */
  waitlistedAt: string;
}

/**
 * The waitlisted enrolment to promote into a freed place: the earliest waitlisted (ties by id) whose
 * county has a free place, or null. `freeByCounty` null means the cohort has no quotas; with quotas,
 * a county missing from the map has no places.
 */
export function promotionOrder(
  candidates: readonly WaitlistCandidate[],
  freeByCounty: ReadonlyMap<string, number> | null,
  freeCapacity: number,
): string | null {
  if (freeCapacity <= 0) return null;
  const queue = [...candidates].sort((a, b) => compareText(a.waitlistedAt, b.waitlistedAt) || compareText(a.id, b.id));
  const fits = (c: WaitlistCandidate) => freeByCounty === null || (freeByCounty.get(c.countyId) ?? 0) > 0;
  return queue.find(fits)?.id ?? null;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
