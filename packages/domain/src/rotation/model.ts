import { lengthInDays } from '../register/dates';
import type { RotationCandidate, RotationNeed, RotationSchool } from './county';
import { moveDirection } from './direction';
import { distanceKm } from './distance';
import { referenceDate, type RotationPolicy } from './policy';
import { keyTeacherMinimum, maxLeaving, rotationQuota } from './quota';
import { nextDay } from './service';

export interface Pin {
  teacherId: string;
  /** Pinned to this receiving school, or to any school that needs one of their subjects. */
  schoolId?: string | null;
}

export interface PlanningInput {
  policy: RotationPolicy;
  schools: readonly RotationSchool[];
  /** Every eligible teacher of the county as of the reference date; excluded ones still count for the quota. */
  eligible: readonly RotationCandidate[];
  needs: readonly RotationNeed[];
  pins?: readonly Pin[];
  exclusions?: readonly string[];
}

/**
 * The stated cost: 1 per km travelled, plus `kmPerYear` per year a teacher has served less than the
 * longest-serving candidate. Every plan moves the same number of teachers, so this ranks plans exactly as
 * "km minus kmPerYear per year served" would; counting from the longest keeps the objective positive, so
 * HiGHS's relative gap means what it says.
 */
export interface CostWeights {
  kmPerYear: number;
}

export const DEFAULT_COST_WEIGHTS: CostWeights = { kmPerYear: 2 };

export type ConstraintGroup = 'one_move' | 'needs' | 'floors' | 'subject_floors' | 'quota' | 'key_teachers' | 'pins';

export type RowMeaning =
  | { group: 'one_move'; teacherId: string }
  | { group: 'needs'; need: number }
  | { group: 'floors'; schoolId: string; staff: number; maxLeaving: number }
  | { group: 'subject_floors'; schoolId: string; subject: string; staff: number }
  | { group: 'quota'; quota: number }
  | { group: 'key_teachers'; required: number }
  | { group: 'pins'; teacherId: string; schoolId: string | null };

export interface ModelRow {
  terms: number[];
  sense: '<=' | '>=' | '=';
  rhs: number;
  meaning: RowMeaning;
}

/** x = 1 when `candidate` fills a place of `need`. */
export interface ModelColumn {
  candidate: number;
  need: number;
  distanceKm: number | null;
  years: number;
  cost: number;
}

export interface PlanningModel {
  schools: ReadonlyMap<string, RotationSchool>;
  /** The eligible teachers not excluded. */
  candidates: RotationCandidate[];
  /** Positive needs at known schools, one per school and subject. */
  needs: RotationNeed[];
  columns: ModelColumn[];
  rows: ModelRow[];
  eligibleCount: number;
  totalNeed: number;
  quota: number;
  keyMinimum: number;
  pinned: ReadonlyMap<string, string | null>;
}

const DAYS_PER_YEAR = 365.25;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

function groupBy<K>(items: Iterable<number>, key: (item: number) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function mergedNeeds(needs: readonly RotationNeed[], schools: ReadonlyMap<string, RotationSchool>): RotationNeed[] {
  const merged = new Map<string, RotationNeed>();
  for (const n of needs) {
    if (n.count <= 0 || !schools.has(n.schoolId)) continue;
    const key = `${n.schoolId}\n${n.subject}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, count: seen.count + n.count } : { ...n });
  }
  return [...merged.values()];
}

/**
 * The assignment model. Needs are covered exactly: a school that asked for two 数学 teachers gets two, so the
 * number rotated is the sum of the needs and the quota and the 骨干 minimum are checked against it.
 */
export function buildModel(input: PlanningInput, weights: CostWeights = DEFAULT_COST_WEIGHTS): PlanningModel {
  const { policy } = input;
  const day = referenceDate(policy);
  const schools = new Map(input.schools.map((s) => [s.id, s]));
  const excluded = new Set(input.exclusions ?? []);
  const candidates = input.eligible.filter((t) => !excluded.has(t.teacherId));
  const needs = mergedNeeds(input.needs, schools);
  const pinned = new Map((input.pins ?? []).map((p) => [p.teacherId, p.schoolId ?? null]));

  const pairs: Omit<ModelColumn, 'cost'>[] = [];
  candidates.forEach((teacher, candidate) => {
    const from = schools.get(teacher.schoolId);
    if (!from) return;
    const years = (lengthInDays({ start: teacher.since, end: nextDay(day) }) ?? 0) / DAYS_PER_YEAR;
    needs.forEach((need, index) => {
      if (need.schoolId === from.id || !teacher.subjects.includes(need.subject)) return;
      const to = schools.get(need.schoolId)!;
      if (!moveDirection(policy.classOrder, from, to).allowed) return;
      const km = from.coordinates && to.coordinates ? distanceKm(from.coordinates, to.coordinates) : null;
      pairs.push({ candidate, need: index, distanceKm: km, years });
    });
  });
  // A pair without both coordinates costs the mean known distance: neither preferred nor avoided for it.
  const known = pairs.filter((p) => p.distanceKm !== null);
  const meanKm = known.length ? known.reduce((sum, p) => sum + p.distanceKm!, 0) / known.length : 0;
  const longest = pairs.reduce((max, p) => Math.max(max, p.years), 0);
  const columns = pairs.map((p) => ({ ...p, cost: round3((p.distanceKm ?? meanKm) + weights.kmPerYear * (longest - p.years)) }));

  const byCandidate = groupBy(columns.keys(), (i) => columns[i]!.candidate);
  const byNeed = groupBy(columns.keys(), (i) => columns[i]!.need);
  const rows: ModelRow[] = [];

  for (const [candidate, terms] of byCandidate)
    if (terms.length > 1)
      rows.push({ terms, sense: '<=', rhs: 1, meaning: { group: 'one_move', teacherId: candidates[candidate]!.teacherId } });

  needs.forEach((need, index) => {
    rows.push({ terms: byNeed.get(index) ?? [], sense: '=', rhs: need.count, meaning: { group: 'needs', need: index } });
  });

  const bySchool = groupBy(byCandidate.keys(), (c) => candidates[c]!.schoolId);
  for (const [schoolId, members] of bySchool) {
    const school = schools.get(schoolId)!;
    const limit = maxLeaving(policy, school.staff);
    const termsOf = (list: number[]) => list.flatMap((c) => byCandidate.get(c) ?? []);
    if (members.length > limit)
      rows.push({
        terms: termsOf(members),
        sense: '<=',
        rhs: limit,
        meaning: { group: 'floors', schoolId, staff: school.staff, maxLeaving: limit },
      });
    if (!policy.staffingFloor.keepOnlyTeacherOfSubject) continue;
    const subjects = new Set(members.flatMap((c) => candidates[c]!.subjects));
    for (const subject of subjects) {
      const teaching = members.filter((c) => candidates[c]!.subjects.includes(subject));
      const staff = Math.max(school.staffBySubject[subject] ?? 0, teaching.length);
      if (teaching.length > staff - 1)
        rows.push({
          terms: termsOf(teaching),
          sense: '<=',
          rhs: staff - 1,
          meaning: { group: 'subject_floors', schoolId, subject, staff },
        });
    }
  }

  const totalNeed = needs.reduce((sum, n) => sum + n.count, 0);
  const eligibleCount = input.eligible.length;
  const quota = rotationQuota(policy, eligibleCount);
  const keyMinimum = keyTeacherMinimum(policy, { eligible: eligibleCount, rotated: totalNeed });
  const all = columns.map((_, i) => i);
  if (quota > 0) rows.push({ terms: all, sense: '>=', rhs: quota, meaning: { group: 'quota', quota } });
  if (keyMinimum > 0) {
    const terms = all.filter((i) => candidates[columns[i]!.candidate]!.keyTeacher);
    rows.push({ terms, sense: '>=', rhs: keyMinimum, meaning: { group: 'key_teachers', required: keyMinimum } });
  }

  const indexOf = new Map(candidates.map((t, i) => [t.teacherId, i]));
  for (const [teacherId, schoolId] of pinned) {
    const candidate = indexOf.get(teacherId);
    const terms = (candidate === undefined ? [] : (byCandidate.get(candidate) ?? [])).filter(
      (i) => schoolId === null || needs[columns[i]!.need]!.schoolId === schoolId,
    );
    rows.push({ terms, sense: '=', rhs: 1, meaning: { group: 'pins', teacherId, schoolId } });
  }

  return { schools, candidates, needs, columns, rows, eligibleCount, totalNeed, quota, keyMinimum, pinned };
}
