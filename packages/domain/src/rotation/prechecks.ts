import type { PlanFinding } from './findings';
import type { PlanningInput, PlanningModel } from './model';
import { maxLeaving } from './quota';

/**
 * Conditions every plan needs, checked by counting before any solve. Each finding proves on its own that
 * no plan exists: supply per need and per subject, what the staffing floors let go, the quota against
 * the needs, the 骨干 minimum against the 骨干 who can go, and the pins.
 */
export function necessaryConditions(input: PlanningInput, model: PlanningModel): PlanFinding[] {
  const findings: PlanFinding[] = [];
  const { candidates, columns, needs, schools } = model;
  const { policy } = input;

  const eligible = new Set(input.eligible.map((t) => t.teacherId));
  const excluded = new Set(input.exclusions ?? []);
  for (const row of model.rows) {
    if (row.meaning.group !== 'pins') continue;
    const { teacherId, schoolId } = row.meaning;
    if (!eligible.has(teacherId)) findings.push({ key: 'pin_not_eligible', params: { teacherId } });
    else if (excluded.has(teacherId)) findings.push({ key: 'pin_excluded', params: { teacherId } });
    else if (row.terms.length === 0) findings.push({ key: 'pin_no_allowed_move', params: { teacherId, schoolId } });
  }

  const candidatesOfNeed = needs.map(() => new Set<number>());
  for (const c of columns) candidatesOfNeed[c.need]!.add(c.candidate);
  const movers = new Set(columns.map((c) => c.candidate));
  const limitOf = (schoolId: string) => maxLeaving(policy, schools.get(schoolId)?.staff ?? 0);

  /** At most this many of `group` can leave, school by school, within the floors (and `cap` per school). */
  const movable = (group: Iterable<number>, cap: (schoolId: string) => number = () => Infinity) => {
    const perSchool = new Map<string, number>();
    for (const c of group) perSchool.set(candidates[c]!.schoolId, (perSchool.get(candidates[c]!.schoolId) ?? 0) + 1);
    let total = 0;
    for (const [schoolId, n] of perSchool) total += Math.max(0, Math.min(n, limitOf(schoolId), cap(schoolId)));
    return total;
  };

  const shortSubjects = new Set<string>();
  needs.forEach((need, index) => {
    const available = candidatesOfNeed[index]!.size;
    if (available >= need.count) return;
    shortSubjects.add(need.subject);
    const schoolName = schools.get(need.schoolId)?.name ?? '';
    findings.push({
      key: 'need_short',
      params: { schoolId: need.schoolId, schoolName, subject: need.subject, need: need.count, available },
    });
  });

  let subjectFinding = false;
  for (const subject of new Set(needs.map((n) => n.subject))) {
    if (shortSubjects.has(subject)) continue;
    const need = needs.reduce((sum, n) => sum + (n.subject === subject ? n.count : 0), 0);
    const supply = new Set(needs.flatMap((n, i) => (n.subject === subject ? [...candidatesOfNeed[i]!] : [])));
    if (supply.size < need) {
      findings.push({ key: 'subject_short', params: { subject, need, available: supply.size } });
      subjectFinding = true;
      continue;
    }
    const keepOne = policy.staffingFloor.keepOnlyTeacherOfSubject;
    // The same count of a school's teachers of the subject as the model's row uses.
    const teaching = (schoolId: string) =>
      [...movers].filter((c) => candidates[c]!.schoolId === schoolId && candidates[c]!.subjects.includes(subject)).length;
    const staffOf = (schoolId: string) =>
      keepOne ? Math.max(schools.get(schoolId)?.staffBySubject[subject] ?? 0, teaching(schoolId)) - 1 : Infinity;
    const canGo = movable(supply, staffOf);
    if (canGo < need) {
      findings.push({ key: 'subject_short_floors', params: { subject, need, movable: canGo } });
      subjectFinding = true;
    }
  }

  if (model.quota > model.totalNeed) findings.push({ key: 'quota_above_needs', params: { quota: model.quota, needs: model.totalNeed } });
  const canGo = movable(movers);
  if (canGo < model.totalNeed && !subjectFinding && shortSubjects.size === 0)
    findings.push({ key: 'needs_above_movable', params: { needs: model.totalNeed, movable: canGo } });
  const keyCanGo = movable([...movers].filter((c) => candidates[c]!.keyTeacher));
  if (keyCanGo < model.keyMinimum)
    findings.push({ key: 'key_teachers_short', params: { required: model.keyMinimum, available: keyCanGo } });
  return findings;
}
