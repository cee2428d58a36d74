import {
  isRuralClass,
  referenceDate,
  rotationEligibility,
  serviceDays,
  type Interval,
  type RotationCandidate,
  type RotationEligibility,
  type RotationPolicy,
} from '@tongxing/domain';
import type { Transaction } from '@tongxing/db';
import { countyFacts, type CountyFacts, type TeacherFacts } from './facts';

export interface EligibilityRow extends RotationEligibility {
  teacherId: string;
  name: string;
  schoolName: string;
  subjects: string[];
  /** Days of rural service and rotation stints up to the reference date (a title needs TITLE_SERVICE_DAYS). */
  serviceDays: number;
}

export interface CountyEligibility extends CountyFacts {
  day: string;
  rows: EligibilityRow[];
  /** The eligible, as the checks and the planner take them. */
  eligible: RotationCandidate[];
}

const candidate = (t: TeacherFacts, e: RotationEligibility): RotationCandidate => ({
  teacherId: t.teacherId,
  schoolId: t.schoolId,
  subjects: t.subjects,
  keyTeacher: t.keyTeacher,
  since: e.since!,
});

/** The intervals that count as rural or weak-school service: primary posts at rural schools, and stints. */
export function serviceIntervals(policy: RotationPolicy, t: Pick<TeacherFacts, 'posts' | 'postClasses' | 'stints'>): Interval[] {
  const rural = t.posts.flatMap((p, i) =>
    p.role === 'primary' && isRuralClass(policy, t.postClasses[i] ?? '') ? [{ start: p.startDate, end: p.endDate }] : [],
  );
  return [...rural, ...t.stints];
}

/** Every teacher in post in the county (or the city) on the policy's reference date, eligible or not, with the reasons. */
export async function countyEligibility(tx: Transaction, countyId: string | null, policy: RotationPolicy): Promise<CountyEligibility> {
  const day = referenceDate(policy);
  const facts = await countyFacts(tx, countyId, day);
  const schoolName = new Map(facts.schools.map((s) => [s.id, s.name]));
  const rows: EligibilityRow[] = [];
  const eligible: RotationCandidate[] = [];
  for (const t of facts.teachers) {
    const e = rotationEligibility(t, policy, day);
    rows.push({
      ...e,
      teacherId: t.teacherId,
      name: t.name,
      schoolName: schoolName.get(t.schoolId) ?? '',
      subjects: t.subjects,
      serviceDays: serviceDays(serviceIntervals(policy, t), day),
    });
    if (e.eligible) eligible.push(candidate(t, e));
  }
  return { ...facts, day, rows, eligible };
}
