import { describe, expect, it } from 'vitest';
import type { RotationCandidate, RotationSchool } from './county';
import { checkPlan, type DraftMove, type PlanContext } from './plan-check';
import { POLICY } from './test-county';

const school = (
  id: string,
  locationClass: string,
  staff: number,
  staffBySubject: Record<string, number> = {},
  strong = false,
): RotationSchool => ({
  id,
  name: id,
  locationClass,
  strong,
  staff,
  staffBySubject,
  coordinates: null,
});
const SCHOOLS = [
  school('U', '城市', 30, { 数学: 6, 语文: 1, 英语: 4 }),
  school('V', '县城', 10, { 英语: 2 }, true),
  school('R', '村小', 6),
  school('T', '乡镇', 8),
];
const candidate = (teacherId: string, schoolId: string, subjects: string[], keyTeacher = false): RotationCandidate => ({
  teacherId,
  schoolId,
  subjects,
  keyTeacher,
  since: '2015-09-01',
});
/** 12 eligible: a quota of 2 (10%, ceil); 骨干 ≥ 20% of those rotated. */
const ELIGIBLE = [
  candidate('a', 'U', ['数学'], true),
  candidate('b', 'U', ['语文']),
  candidate('c', 'U', ['数学']),
  candidate('d', 'V', ['英语'], true),
  candidate('e', 'U', ['英语']),
  candidate('r', 'R', ['数学']),
  ...Array.from({ length: 6 }, (_, i) => candidate(`z${i}`, 'T', ['体育'])),
];
const CONTEXT: PlanContext = {
  schools: SCHOOLS,
  eligible: ELIGIBLE,
  needs: [
    { schoolId: 'R', subject: '数学', count: 1 },
    { schoolId: 'T', subject: '英语', count: 1 },
  ],
};
const move = (
  teacherId: string,
  fromSchoolId: string,
  toSchoolId: string,
  subject: string,
  overrides: Partial<DraftMove> = {},
): DraftMove => ({
  teacherId,
  fromSchoolId,
  toSchoolId,
  subject,
  form: '支教',
  startDate: '2026-09-01',
  endDate: '2027-07-01',
  ...overrides,
});
const problemsOf = (moves: DraftMove[], context = CONTEXT) =>
  checkPlan(POLICY, context, moves).moves.map((m) => m.problems.map((p) => p.key));

describe('checkPlan', () => {
  it('passes a plan that meets every check, with the numbers', () => {
    const report = checkPlan(POLICY, CONTEXT, [move('a', 'U', 'R', '数学'), move('d', 'V', 'T', '英语')]);
    expect(report.ok).toBe(true);
    expect(report.quota).toEqual({ eligible: 12, required: 2, planned: 2, short: 0 });
    expect(report.keyTeachers).toEqual({ of: 'rotated', required: 1, planned: 2, short: 0 });
    expect(report.moves.map((m) => m.direction)).toEqual([
      { allowed: true, kind: 'to_more_rural' },
      { allowed: true, kind: 'to_more_rural' },
    ]);
    expect(report.needs.map((n) => [n.schoolId, n.subject, n.covered, n.ok])).toEqual([
      ['R', '数学', 1, true],
      ['T', '英语', 1, true],
    ]);
    expect(report.floors).toEqual([
      { schoolId: 'U', staff: 30, leaving: 1, maxLeaving: 3, emptiedSubjects: [], ok: true },
      { schoolId: 'V', staff: 10, leaving: 1, maxLeaving: 1, emptiedSubjects: [], ok: true },
    ]);
  });

  it('says by how much the quota and the 骨干 share fall short', () => {
    const report = checkPlan(POLICY, CONTEXT, [move('c', 'U', 'R', '数学')]);
    expect(report.ok).toBe(false);
    expect(report.quota).toMatchObject({ required: 2, planned: 1, short: 1 });
    expect(report.keyTeachers).toEqual({ of: 'rotated', required: 1, planned: 0, short: 1 });
    expect(report.needs.find((n) => n.schoolId === 'T')).toMatchObject({ count: 1, covered: 0, ok: false });
  });

  it('counts 骨干 against the eligible when the policy says so (Anhui)', () => {
    const policy = { ...POLICY, keyTeachers: { percent: 20, rounding: 'ceil', of: 'eligible' } } as const;
    expect(checkPlan(policy, CONTEXT, [move('a', 'U', 'R', '数学'), move('d', 'V', 'T', '英语')]).keyTeachers).toEqual({
      of: 'eligible',
      required: 3,
      planned: 2,
      short: 1,
    });
  });

  it('checks each move: direction, eligibility, home school, subject, form, stint, absences, one move per teacher', () => {
    const context = { ...CONTEXT, away: [{ teacherId: 'c', startDate: '2027-03-01', endDate: '2027-04-01' }] };
    const moves = [
      move('r', 'R', 'U', '数学'),
      move('x', 'U', 'R', '数学'),
      move('a', 'V', 'R', '数学'),
      move('b', 'U', 'R', '数学'),
      move('e', 'U', 'T', '英语', { form: '调动', endDate: '2027-07-01' }),
      move('c', 'U', 'R', '数学', { endDate: '2027-06-30' }),
      move('d', 'V', 'T', '英语', { endDate: '2029-09-02' }),
      move('d', 'V', 'T', '英语', { endDate: null }),
    ];
    expect(problemsOf(moves, context)).toEqual([
      ['to_more_urban', 'subject_not_needed'],
      ['teacher_not_eligible'],
      ['not_home_school'],
      ['subject_not_taught'],
      ['transfer_has_end'],
      ['stint_too_short', 'already_away'],
      ['duplicate_teacher', 'stint_too_long'],
      ['duplicate_teacher', 'end_required'],
    ]);
    const report = checkPlan(POLICY, context, moves);
    expect(report.moves[5]!.problems[0]).toEqual({ key: 'stint_too_short', minMonths: 10, earliestEnd: '2027-07-01' });
    expect(report.moves[6]!.problems[1]).toEqual({ key: 'stint_too_long', maxMonths: 36, latestEnd: '2029-09-01' });
    expect(report.quota.planned).toBe(6); // distinct eligible teachers: r, a, b, e, c, d
  });

  it('refuses a form the policy does not allow', () => {
    const policy = { ...POLICY, forms: ['支教' as const] };
    expect(checkPlan(policy, CONTEXT, [move('a', 'U', 'R', '数学', { form: '走教' })]).moves[0]!.problems).toEqual([
      { key: 'form_not_allowed' },
    ]);
  });

  it('holds each sending school to its floor and keeps its only teacher of a subject', () => {
    const moves = [move('a', 'U', 'R', '数学'), move('b', 'U', 'T', '语文'), move('c', 'U', 'R', '数学'), move('e', 'U', 'T', '英语')];
    const context = {
      ...CONTEXT,
      needs: [...CONTEXT.needs, { schoolId: 'R', subject: '数学', count: 1 }, { schoolId: 'T', subject: '语文', count: 1 }],
    };
    const [u] = checkPlan(POLICY, context, moves).floors;
    expect(u).toEqual({ schoolId: 'U', staff: 30, leaving: 4, maxLeaving: 3, emptiedSubjects: ['语文'], ok: false });
    const relaxed = { ...POLICY, staffingFloor: { percent: 20, rounding: 'floor', keepOnlyTeacherOfSubject: false } } as const;
    expect(checkPlan(relaxed, context, moves).floors[0]).toMatchObject({ maxLeaving: 6, emptiedSubjects: [], ok: true });
  });
});
