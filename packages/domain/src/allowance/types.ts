import type { Fraction } from './fraction';

/** One primary post of the teacher, with what the rules look at. Dates are `YYYY-MM-DD`, end exclusive. */
export interface PostFact {
  postId: string;
  start: string;
  end: string | null;
  schoolId: string;
  schoolName: string;
  countyId: string;
  locationClass: string;
  schoolType: string;
  employmentType: string;
  status: string;
  roles: string[];
}

export interface TeacherFacts {
  teacherId: string;
  keyTeacherLevel: string | null;
  posts: PostFact[];
}

export type Amount =
  | { kind: 'fixed'; monthlyFen: number }
  /** location class (or tier) → 分 per month; a class missing from the table gets nothing. */
  | { kind: 'tier'; monthlyFenByClass: Record<string, number> }
  /** rate in basis points of a named annual base (e.g. 教师年平均工资): monthly = base × rate ÷ 12. */
  | { kind: 'percentage'; baseName: string; rateBasisPoints: number };

export type Proration =
  | { kind: 'calendarDays' }
  /** the whole monthly amount when eligible days reach `minDays`, nothing below */
  | { kind: 'fullMonthAbove'; minDays: number }
  /** only a month eligible on every day counts */
  | { kind: 'none' };

export interface Conditions {
  locationClasses?: string[];
  schoolTypes?: string[];
  countyIds?: string[];
  employmentTypes?: string[];
  /** status 在岗 required (leave days do not count) */
  inPostRequired: boolean;
  /** all of these roles required */
  rolesRequired?: string[];
  keyTeacherLevels?: string[];
}

export interface RuleVersion {
  id: string;
  allowanceTypeId: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  documentNo: string;
  conditions: Conditions;
  amount: Amount;
  proration: Proration;
}

/** Annual base in 分 for a base name, the year and the county (a county value overrides the city's). */
export type BaseLookup = (baseName: string, year: number, countyId: string) => number | undefined;

export interface Segment {
  start: string;
  /** exclusive */
  end: string;
  days: number;
  postId: string;
  schoolId: string;
  schoolName: string;
  locationClass: string;
  ruleVersionId: string;
  documentNo: string;
  /** exact monthly amount in 分 (a percentage of a base may not be a whole 分) */
  monthlyFen: Fraction;
}

export interface AllowanceLine {
  teacherId: string;
  allowanceTypeId: string;
  month: string; // YYYY-MM
  amountFen: number;
  /** the county of the teacher's last post in the month: the sheet this line belongs to */
  countyId: string;
  segments: Segment[];
}
