/**
 * Why no plan meets the constraints, as keys and numbers for the UI's messages
 * (e.g. need_short: "{{schoolName}} needs {{need}} {{subject}} teachers; {{available}} can go").
 */
export type PlanFinding =
  // Found before solving: each is a necessary condition that fails, so no solver run is needed to prove it.
  | { key: 'pin_not_eligible' | 'pin_excluded'; params: { teacherId: string } }
  | { key: 'pin_no_allowed_move'; params: { teacherId: string; schoolId: string | null } }
  | { key: 'need_short'; params: { schoolId: string; schoolName: string; subject: string; need: number; available: number } }
  | { key: 'subject_short'; params: { subject: string; need: number; available: number } }
  | { key: 'subject_short_floors'; params: { subject: string; need: number; movable: number } }
  | { key: 'quota_above_needs'; params: { quota: number; needs: number } }
  | { key: 'needs_above_movable'; params: { needs: number; movable: number } }
  | { key: 'key_teachers_short'; params: { required: number; available: number } }
  // Found by relaxing one group of constraints: how far each of its rows is from holding.
  | { key: 'need_uncovered'; params: { schoolId: string; schoolName: string; subject: string; need: number; short: number } }
  | { key: 'need_overfilled'; params: { schoolId: string; schoolName: string; subject: string; need: number; over: number } }
  | { key: 'floor_breached'; params: { schoolId: string; schoolName: string; staff: number; maxLeaving: number; over: number } }
  | { key: 'subject_floor_breached'; params: { schoolId: string; schoolName: string; subject: string; staff: number; over: number } }
  | { key: 'quota_unreachable'; params: { quota: number; short: number } }
  | { key: 'key_teachers_unreachable'; params: { required: number; short: number } }
  | { key: 'pin_unplaceable'; params: { teacherId: string; schoolId: string | null } }
  | { key: 'teacher_twice'; params: { teacherId: string } };

export type PlanFindingKey = PlanFinding['key'];

export const PLAN_FINDING_KEYS: readonly PlanFindingKey[] = [
  'pin_not_eligible',
  'pin_excluded',
  'pin_no_allowed_move',
  'need_short',
  'subject_short',
  'subject_short_floors',
  'quota_above_needs',
  'needs_above_movable',
  'key_teachers_short',
  'need_uncovered',
  'need_overfilled',
  'floor_breached',
  'subject_floor_breached',
  'quota_unreachable',
  'key_teachers_unreachable',
  'pin_unplaceable',
  'teacher_twice',
];
