import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RotationCandidate, RotationSchool } from './county';
import { buildModel, type PlanningInput } from './model';
import { checkPlan } from './plan-check';
import { planRotation, type PlanResult } from './planner';
import { solverOn, type Solver } from './solve';
import { generateCounty, POLICY } from './test-county';

let solve: Solver;
beforeAll(async () => {
  solve = solverOn(await loadHighs());
});

/** On the equator 0.1° of longitude is 11.119 km. */
const school = (id: string, locationClass: string, longitude: number, staff = 30): RotationSchool => ({
  id,
  name: id,
  locationClass,
  strong: false,
  staff,
  staffBySubject: { 数学: 5, 语文: 5 },
  coordinates: { latitude: 0, longitude },
});
const candidate = (teacherId: string, schoolId: string, subject: string, since: string, keyTeacher = false): RotationCandidate => ({
  teacherId,
  schoolId,
  subjects: [subject],
  keyTeacher,
  since,
});

/**
 * R1 (村小) needs one 数学 teacher, R2 (乡镇) one 语文 teacher. t1 has served 16 years at U1, 11.1 km from R1;
 * t3 14 years at U2, next to R1; t4, 骨干, is the only 语文 teacher. At 2 km a year t3 costs 2 × 2 = 4 against
 * t1's 11.1 km, so t3 goes; at 10 km a year t1's 11.1 km beats t3's 20.
 */
const TINY: PlanningInput = {
  policy: POLICY,
  schools: [school('U1', '城市', 0.1), school('U2', '县城', 0), school('R1', '村小', 0), school('R2', '乡镇', 0.05)],
  eligible: [
    candidate('t1', 'U1', '数学', '2010-09-01'),
    candidate('t3', 'U2', '数学', '2012-09-01'),
    candidate('t4', 'U2', '语文', '2016-09-01', true),
  ],
  needs: [
    { schoolId: 'R1', subject: '数学', count: 1 },
    { schoolId: 'R2', subject: '语文', count: 1 },
  ],
};

const planned = (result: PlanResult) => {
  if (result.status !== 'planned') throw new Error(`not planned: ${JSON.stringify(result)}`);
  return result;
};
const movesOf = (result: PlanResult) => planned(result).moves.map((m) => `${m.teacherId}→${m.toSchoolId}`);

describe('planRotation: a county small enough to check by hand', () => {
  it('finds the plan worked out above, with its objective and a closed gap', async () => {
    const result = planned(await planRotation(solve, TINY));
    expect(movesOf(result)).toEqual(['t3→R1', 't4→R2']);
    expect(result).toMatchObject({ optimal: true, gap: 0, quota: 1, keyMinimum: 1, solverStatus: 'optimal' });
    // t3: 0 km + 2 × (16.000 − 13.999) years; t4: 5.560 km + 2 × (16.000 − 9.999).
    expect(result.moves.map((m) => m.cost)).toEqual([4.003, 17.562]);
    expect(result.moves[1]!.distanceKm).toBeCloseTo(5.56, 2);
    expect(result.objective).toBeCloseTo(21.565, 6);
    expect(result.bound).toBeCloseTo(21.565, 6);
  });

  it('weighs service against distance as told', async () => {
    expect(movesOf(await planRotation(solve, TINY, { weights: { kmPerYear: 10 } }))).toEqual(['t1→R1', 't4→R2']);
  });

  it('sends a 骨干 teacher when the minimum needs one, even at a higher cost', async () => {
    const input = {
      ...TINY,
      eligible: [{ ...TINY.eligible[0]!, keyTeacher: true }, TINY.eligible[1]!, { ...TINY.eligible[2]!, keyTeacher: false }],
    };
    expect(movesOf(await planRotation(solve, input))).toEqual(['t1→R1', 't4→R2']);
  });

  it('keeps pinned teachers and leaves out excluded ones', async () => {
    expect(movesOf(await planRotation(solve, { ...TINY, pins: [{ teacherId: 't1' }] }))).toEqual(['t1→R1', 't4→R2']);
    expect(movesOf(await planRotation(solve, { ...TINY, pins: [{ teacherId: 't1', schoolId: 'R1' }] }))).toEqual(['t1→R1', 't4→R2']);
    expect(movesOf(await planRotation(solve, { ...TINY, exclusions: ['t3'] }))).toEqual(['t1→R1', 't4→R2']);
  });

  it('never sends a teacher towards the city or to a school that does not need their subject', async () => {
    const input = { ...TINY, eligible: [...TINY.eligible, candidate('r', 'R2', '数学', '2000-09-01')] };
    // r (乡镇) may go to R1 (村小), and, serving longest and 5.6 km away, costs less than t3.
    expect(movesOf(await planRotation(solve, input))).toEqual(['r→R1', 't4→R2']);
    // Nobody may go to U1 (城市): t3 and r would move towards the city, t1 is there already.
    const toCity = { ...input, needs: [...input.needs, { schoolId: 'U1', subject: '数学', count: 1 }] };
    expect(await planRotation(solve, toCity)).toMatchObject({
      status: 'infeasible',
      findings: [{ key: 'need_short', params: { schoolId: 'U1', subject: '数学', need: 1, available: 0 } }],
    });
    // t1 may go to U2 (县城), further from the city than U1.
    const toTown = { ...input, needs: [...input.needs, { schoolId: 'U2', subject: '数学', count: 1 }] };
    expect(movesOf(await planRotation(solve, toTown))).toEqual(['r→R1', 't4→R2', 't1→U2']);
  });
});

describe('planRotation: nothing to plan', () => {
  it('plans no moves for a county without needs or eligible teachers', async () => {
    expect(planned(await planRotation(solve, { ...TINY, eligible: [], needs: [] }))).toMatchObject({
      optimal: true,
      moves: [],
      objective: 0,
      quota: 0,
    });
  });
});

describe('planRotation: when no plan meets the constraints', () => {
  it('says a school needs more teachers of a subject than can go, before solving', async () => {
    const input = {
      ...TINY,
      schools: [...TINY.schools, { ...school('YZ', '村小', 0), name: '榆中县龙泉学校' }],
      needs: [{ schoolId: 'YZ', subject: '数学', count: 3 }],
      exclusions: ['t3'],
    };
    expect(await planRotation(solve, input)).toEqual({
      status: 'infeasible',
      findings: [
        { key: 'need_short', params: { schoolId: 'YZ', schoolName: '榆中县龙泉学校', subject: '数学', need: 3, available: 1 } },
        { key: 'key_teachers_short', params: { required: 1, available: 0 } },
      ],
      relaxations: [],
      solverStatus: null,
    });
  });

  it('says the quota is above what the needs allow, and the 骨干 minimum above the 骨干 who can go', async () => {
    const policy = {
      ...POLICY,
      quota: { percent: 100, rounding: 'ceil' },
      keyTeachers: { percent: 100, rounding: 'ceil', of: 'rotated' },
    } as const;
    expect(await planRotation(solve, { ...TINY, policy })).toMatchObject({
      status: 'infeasible',
      findings: [
        { key: 'quota_above_needs', params: { quota: 3, needs: 2 } },
        { key: 'key_teachers_short', params: { required: 2, available: 1 } },
      ],
    });
  });

  it('says how many may leave within the staffing floors', async () => {
    const schools = TINY.schools.map((s) => (s.id === 'U2' ? { ...s, staff: 10 } : s));
    expect(await planRotation(solve, { ...TINY, schools, exclusions: ['t1'] })).toMatchObject({
      status: 'infeasible',
      findings: [{ key: 'needs_above_movable', params: { needs: 2, movable: 1 } }],
    });
  });

  it('names pins it cannot keep', async () => {
    const result = await planRotation(solve, {
      ...TINY,
      pins: [{ teacherId: 't1', schoolId: 'R2' }, { teacherId: 'nobody' }, { teacherId: 't3' }],
      exclusions: ['t3'],
    });
    expect(result).toMatchObject({
      status: 'infeasible',
      findings: [
        { key: 'pin_no_allowed_move', params: { teacherId: 't1', schoolId: 'R2' } },
        { key: 'pin_not_eligible', params: { teacherId: 'nobody' } },
        { key: 'pin_excluded', params: { teacherId: 't3' } },
      ],
    });
  });

  it('finds by relaxation what counting cannot see: the 语文 teacher and the only 骨干 share a school that may lose one', async () => {
    // U1 (10 teachers, so 1 may leave) has k, the only 骨干 (数学), and m, the only 语文 teacher; U2 has p (数学).
    const input: PlanningInput = {
      policy: POLICY,
      schools: [school('U1', '城市', 0.1, 10), school('U2', '县城', 0), school('R1', '村小', 0), school('R2', '乡镇', 0.05)],
      eligible: [
        candidate('k', 'U1', '数学', '2010-09-01', true),
        candidate('m', 'U1', '语文', '2010-09-01'),
        candidate('p', 'U2', '数学', '2012-09-01'),
      ],
      needs: TINY.needs,
    };
    const result = await planRotation(solve, input);
    if (result.status !== 'infeasible') throw new Error('expected infeasible');
    expect(result.findings).toEqual([]);
    expect(result.solverStatus).toBe('infeasible');
    expect(result.relaxations.map((r) => r.groups)).toEqual([['floors'], ['key_teachers'], ['needs']]);
    expect(result.relaxations[0]!.findings).toEqual([
      { key: 'floor_breached', params: { schoolId: 'U1', schoolName: 'U1', staff: 10, maxLeaving: 1, over: 1 } },
    ]);
    expect(result.relaxations[1]!.findings).toEqual([{ key: 'key_teachers_unreachable', params: { required: 1, short: 1 } }]);
    expect(result.relaxations[2]!.findings).toHaveLength(1);
    expect(result.relaxations[2]!.findings[0]).toMatchObject({ key: 'need_uncovered', params: { short: 1 } });
  });
});

describe('planRotation: a generated county', () => {
  const county = generateCounty({ teachers: 600, sending: 10, receiving: 6, seed: 3 });
  const input: PlanningInput = { policy: POLICY, schools: county.schools, eligible: county.eligible, needs: county.needs };
  const asDrafts = (result: PlanResult) =>
    planned(result).moves.map((m) => ({ ...m, form: '支教' as const, startDate: '2026-09-01', endDate: '2027-07-01' }));
  const context = { schools: county.schools, eligible: county.eligible, needs: county.needs };

  it('proposes an optimal plan that passes every check of the drafted plan', async () => {
    const result = planned(await planRotation(solve, input));
    expect(result.optimal).toBe(true);
    expect(result.gap).toBeLessThanOrEqual(1e-4);
    expect(result.moves).toHaveLength(county.needs.reduce((sum, n) => sum + n.count, 0));
    const report = checkPlan(POLICY, context, asDrafts(result));
    expect(report.ok).toBe(true);
  });

  it('keeps pins and leaves out exclusions there too, at no lower cost', async () => {
    const first = planned(await planRotation(solve, input));
    const chosen = new Set(first.moves.map((m) => m.teacherId));
    const movable = new Set(buildModel(input).columns.map((c) => county.eligible[c.candidate]!.teacherId));
    const pins = county.eligible
      .filter((t) => movable.has(t.teacherId) && !chosen.has(t.teacherId))
      .slice(0, 2)
      .map((t) => ({ teacherId: t.teacherId }));
    expect(pins).toHaveLength(2);
    const exclusions = first.moves.slice(0, 3).map((m) => m.teacherId);
    const second = planned(await planRotation(solve, { ...input, pins, exclusions }));
    const ids = new Set(second.moves.map((m) => m.teacherId));
    expect(pins.every((p) => ids.has(p.teacherId))).toBe(true);
    expect(exclusions.some((id) => ids.has(id))).toBe(false);
    expect(second.moves.filter((m) => m.pinned).map((m) => m.teacherId)).toEqual(pins.map((p) => p.teacherId));
    expect(second.objective).toBeGreaterThanOrEqual(first.objective);
    expect(checkPlan(POLICY, context, asDrafts(second)).ok).toBe(true);
  });
});
