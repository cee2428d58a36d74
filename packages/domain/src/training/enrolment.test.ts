import { describe, expect, it } from 'vitest';
import { canWithdraw, ENROLMENT_STATES, HOLDS_PLACE, nextStateOnApproval, promotionOrder, type WaitlistCandidate } from './enrolment';

describe('enrolment states', () => {
  it('nominated, enrolled and completed hold a place', () => {
    expect(ENROLMENT_STATES.filter((s) => HOLDS_PLACE.has(s))).toEqual(['nominated', 'enrolled', 'completed']);
  });

  it('approval: applied → nominated (city) or enrolled (county); nominated → enrolled by the city', () => {
    expect(nextStateOnApproval('applied', true)).toBe('nominated');
    expect(nextStateOnApproval('applied', false)).toBe('enrolled');
    expect(nextStateOnApproval('nominated', true)).toBe('enrolled');
    expect(nextStateOnApproval('nominated', false)).toBeNull();
    for (const state of ['enrolled', 'waitlisted', 'completed', 'withdrawn', 'refused'] as const) {
      expect(nextStateOnApproval(state, true)).toBeNull();
      expect(nextStateOnApproval(state, false)).toBeNull();
    }
  });

  it('withdrawal is possible until completion, and not twice', () => {
    expect(ENROLMENT_STATES.filter(canWithdraw)).toEqual(['applied', 'nominated', 'enrolled', 'waitlisted']);
  });
});

describe('promotionOrder', () => {
  const A = 'county-a';
  const B = 'county-b';
  const waitlist: WaitlistCandidate[] = [
    { id: 'e3', countyId: A, waitlistedAt: '2026-03-02T08:00:00.000Z' },
    { id: 'e2', countyId: B, waitlistedAt: '2026-03-01T09:00:00.000Z' },
    { id: 'e1', countyId: A, waitlistedAt: '2026-03-01T09:00:00.000Z' },
  ];

  it('takes the earliest waitlisted, ties by id, when there are no quotas', () => {
    expect(promotionOrder(waitlist, null, 1)).toBe('e1');
  });

  it('skips candidates whose county has no free place', () => {
    expect(promotionOrder(waitlist, new Map([[B, 1]]), 1)).toBe('e2');
    expect(
      promotionOrder(
        waitlist,
        new Map([
          [A, 0],
          [B, 2],
        ]),
        5,
      ),
    ).toBe('e2');
    expect(
      promotionOrder(
        waitlist,
        new Map([
          [A, 1],
          [B, 0],
        ]),
        5,
      ),
    ).toBe('e1');
    expect(promotionOrder(waitlist, new Map([[A, 0]]), 5)).toBeNull();
    expect(promotionOrder(waitlist, new Map(), 5)).toBeNull();
  });

  it('promotes no one without free capacity', () => {
    expect(promotionOrder(waitlist, null, 0)).toBeNull();
    expect(promotionOrder(waitlist, new Map([[A, 3]]), 0)).toBeNull();
  });

  it('is null for an empty waitlist and leaves the input in order', () => {
    expect(promotionOrder([], null, 3)).toBeNull();
    promotionOrder(waitlist, null, 1);
    expect(waitlist.map((c) => c.id)).toEqual(['e3', 'e2', 'e1']);
  });
});
