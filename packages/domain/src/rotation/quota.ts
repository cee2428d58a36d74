import type { RotationPolicy } from './policy';
import { applyShare } from './share';

/** How many teachers the county rotates at least, of `eligible`. */
export const rotationQuota = (policy: Pick<RotationPolicy, 'quota'>, eligible: number): number =>
  applyShare(eligible, policy.quota.percent, policy.quota.rounding);

/** How many of those rotated are 骨干 at least: a share of `rotated`, or of `eligible` (the Anhui variant). */
export function keyTeacherMinimum(policy: Pick<RotationPolicy, 'keyTeachers'>, counts: { eligible: number; rotated: number }): number {
  const { percent, rounding, of } = policy.keyTeachers;
  return applyShare(of === 'rotated' ? counts.rotated : counts.eligible, percent, rounding);
}

/** How many of a sending school's `staff` may leave in one year. */
export const maxLeaving = (policy: Pick<RotationPolicy, 'staffingFloor'>, staff: number): number =>
  applyShare(staff, policy.staffingFloor.percent, policy.staffingFloor.rounding);
