import { contains } from '../register/dates';
import { parseIdNumber, type IdNumberProblem } from '../register/id-number';
import type { RotationPolicy } from './policy';
import { ageOn, currentStay, yearsReachedOn, yearsServed, type PostInterval } from './service';

/** A recorded exemption from rotation (illness, pregnancy, a post about to end…) for `[startDate, endDate)`. */
export interface Exemption {
  reason: string;
  startDate: string;
  endDate: string | null;
}

export interface EligibilityFacts {
  idNumber: string;
  posts: readonly PostInterval[];
  principal: boolean;
  keyTeacher: boolean;
  exemptions: readonly Exemption[];
}

export type IneligibleReason =
  | { key: 'invalid_id_number'; params: { problem: IdNumberProblem } }
  | { key: 'no_current_post'; params: Record<string, never> }
  | { key: 'too_few_years'; params: { years: number; required: number; since: string; eligibleFrom: string } }
  | { key: 'over_age'; params: { age: number; maxAge: number } }
  | { key: 'exempt'; params: { reason: string; until: string | null } };

export type IneligibleKey = IneligibleReason['key'];
export const INELIGIBLE_KEYS = [
  'invalid_id_number',
  'no_current_post',
  'too_few_years',
  'over_age',
  'exempt',
] as const satisfies readonly IneligibleKey[];

/** The answer for one teacher, eligible or not, with the facts it rests on (the list shows them as the reason). */
export interface RotationEligibility {
  eligible: boolean;
  schoolId: string | null;
  /** Start of the unbroken stay at `schoolId`. */
  since: string | null;
  yearsAtSchool: number | null;
  requiredYears: number;
  sex: '男' | '女' | null;
  age: number | null;
  maxAge: number | null;
  principal: boolean;
  keyTeacher: boolean;
  /** Every reason that rules the teacher out; empty exactly when eligible. */
  reasons: IneligibleReason[];
}

/**
 * Whether a teacher may be rotated as of `day` (normally the policy's reference date). Years at the school
 * count `day` as served; the age is 周岁 on `day`, so a man with a limit of 55 is out from his 56th
 * birthday on, and is still in on his 55th.
 */
export function rotationEligibility(facts: EligibilityFacts, policy: RotationPolicy, day: string): RotationEligibility {
  const reasons: IneligibleReason[] = [];
  const requiredYears = facts.principal ? policy.principalMinYearsAtSchool : policy.minYearsAtSchool;

  const stay = currentStay(facts.posts, day);
  let yearsAtSchool: number | null = null;
  if (!stay) reasons.push({ key: 'no_current_post', params: {} });
  else {
    yearsAtSchool = yearsServed(stay.since, day);
    if (yearsAtSchool < requiredYears)
      reasons.push({
        key: 'too_few_years',
        params: {
          years: yearsAtSchool,
          required: requiredYears,
          since: stay.since,
          eligibleFrom: yearsReachedOn(stay.since, requiredYears),
        },
      });
  }

  const id = parseIdNumber(facts.idNumber, new Date(`${day}T23:59:59Z`));
  let sex: RotationEligibility['sex'] = null;
  let age: number | null = null;
  let maxAge: number | null = null;
  if (!id.ok) reasons.push({ key: 'invalid_id_number', params: { problem: id.problem } });
  else {
    sex = id.value.sex;
    age = ageOn(id.value.birthDate, day);
    maxAge = sex === '男' ? policy.maxAge.male : policy.maxAge.female;
    if (age > maxAge) reasons.push({ key: 'over_age', params: { age, maxAge } });
  }

  const exemption = facts.exemptions.find((e) => contains({ start: e.startDate, end: e.endDate }, day));
  if (exemption) reasons.push({ key: 'exempt', params: { reason: exemption.reason, until: exemption.endDate } });

  return {
    eligible: reasons.length === 0,
    schoolId: stay?.schoolId ?? null,
    since: stay?.since ?? null,
    yearsAtSchool,
    requiredYears,
    sex,
    age,
    maxAge,
    principal: facts.principal,
    keyTeacher: facts.keyTeacher,
    reasons,
  };
}
