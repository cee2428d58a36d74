import { z } from 'zod';
import type { PostRole } from '../register/teacher-fields';

export const TARGET_ROLES = ['校长/副校长', '班主任', '骨干'] as const;
export type TargetRole = (typeof TARGET_ROLES)[number];

/** Who a programme is for; an empty list means any. */
export interface TargetGroup {
  schoolTypes: string[];
  locationClasses: string[];
  countyIds: string[];
  subjects: string[];
  roles: TargetRole[];
}

/** What a target group is checked against: the teacher's school, subjects and post roles. */
export interface TargetFacts {
  schoolType: string;
  locationClass: string;
  countyId: string;
  subjects: string[];
  postRoles: string[];
  keyTeacherLevel: string | null;
}

export type TargetCriterion = 'schoolType' | 'locationClass' | 'county' | 'subject' | 'role';

export interface TargetMismatch {
  criterion: TargetCriterion;
}

const HEADS: readonly PostRole[] = ['校长', '副校长'];
const HEAD_TEACHER: PostRole = '班主任';

function holdsRole(role: TargetRole, facts: TargetFacts): boolean {
  switch (role) {
    case '校长/副校长':
      return facts.postRoles.some((r) => (HEADS as readonly string[]).includes(r));
    case '班主任':
      return facts.postRoles.includes(HEAD_TEACHER);
    case '骨干':
      return facts.keyTeacherLevel !== null;
  }
}

const allows = (list: readonly string[], value: string) => list.length === 0 || list.includes(value);

/** The first criterion the teacher fails (schoolType, locationClass, county, subject, role), or null when they fit. */
export function targetMismatch(group: TargetGroup, facts: TargetFacts): TargetMismatch | null {
  if (!allows(group.schoolTypes, facts.schoolType)) return { criterion: 'schoolType' };
  if (!allows(group.locationClasses, facts.locationClass)) return { criterion: 'locationClass' };
  if (!allows(group.countyIds, facts.countyId)) return { criterion: 'county' };
  if (group.subjects.length > 0 && !facts.subjects.some((s) => group.subjects.includes(s))) return { criterion: 'subject' };
  if (group.roles.length > 0 && !group.roles.some((role) => holdsRole(role, facts))) return { criterion: 'role' };
  return null;
}

const MAX_ITEMS = 50;
const name = () => z.string().trim().min(1).max(40);

export const targetGroupSchema = z.object({
  schoolTypes: z.array(name()).max(MAX_ITEMS).default([]),
  locationClasses: z.array(name()).max(MAX_ITEMS).default([]),
  countyIds: z.array(z.uuid()).max(MAX_ITEMS).default([]),
  subjects: z.array(name()).max(MAX_ITEMS).default([]),
  roles: z.array(z.enum(TARGET_ROLES)).max(MAX_ITEMS).default([]),
}) satisfies z.ZodType<TargetGroup, unknown>;
