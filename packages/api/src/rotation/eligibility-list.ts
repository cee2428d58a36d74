import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import type { IneligibleKey } from '@tongxing/domain';
import { PAGE_SIZE, toPage } from '../inputs';
import { countyEligibility, type EligibilityRow } from './eligibility';
import { policyFor } from './policy';

export interface EligibilityListInput {
  year: number;
  countyId?: string;
  schoolId?: string;
  show: 'all' | 'eligible' | 'ineligible';
  reason?: IneligibleKey;
  keyTeacher?: boolean;
  search?: string;
  sort: 'name' | 'school' | 'years' | 'age';
  dir: 'asc' | 'desc';
  page: number;
}

const collator = new Intl.Collator('zh-Hans-CN');
const SORTS: Record<EligibilityListInput['sort'], (a: EligibilityRow, b: EligibilityRow) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  school: (a, b) => collator.compare(a.schoolName, b.schoolName) || collator.compare(a.name, b.name),
  years: (a, b) => (a.yearsAtSchool ?? -1) - (b.yearsAtSchool ?? -1) || collator.compare(a.name, b.name),
  age: (a, b) => (a.age ?? -1) - (b.age ?? -1) || collator.compare(a.name, b.name),
};

/** The rows of the user's scope that the list's filters keep, in its order (the page and the Excel export share it). */
export async function eligibilityRows(tx: Transaction, user: SessionUser, input: Omit<EligibilityListInput, 'page'>) {
  const { policy, configured } = await policyFor(tx, input.year);
  const countyId = user.role === 'county_officer' ? user.countyId! : (input.countyId ?? null);
  const schoolId = user.role === 'school_admin' ? user.schoolId! : input.schoolId;
  const county = await countyEligibility(tx, countyId, policy);
  const search = input.search?.toLowerCase();
  const rows = county.rows.filter(
    (r) =>
      (!schoolId || r.schoolId === schoolId) &&
      (input.show === 'all' || r.eligible === (input.show === 'eligible')) &&
      (!input.reason || r.reasons.some((x) => x.key === input.reason)) &&
      (input.keyTeacher === undefined || r.keyTeacher === input.keyTeacher) &&
      (!search || r.name.toLowerCase().includes(search) || r.schoolName.toLowerCase().includes(search)),
  );
  const order = SORTS[input.sort];
  rows.sort(input.dir === 'asc' ? order : (a, b) => order(b, a));
  const inScope = schoolId ? county.rows.filter((r) => r.schoolId === schoolId) : county.rows;
  const eligible = inScope.filter((r) => r.eligible);
  const summary = { inPost: inScope.length, eligible: eligible.length, keyEligible: eligible.filter((r) => r.keyTeacher).length };
  return { policy, configured, day: county.day, rows, summary };
}

/** A page of the eligibility list as of the policy's reference date, with the counts of the scope. */
export async function eligibilityList(tx: Transaction, user: SessionUser, input: EligibilityListInput) {
  const { rows, ...rest } = await eligibilityRows(tx, user, input);
  const start = (input.page - 1) * PAGE_SIZE;
  return { ...rest, ...toPage(rows.slice(start, start + PAGE_SIZE), rows.length, input.page) };
}
