import { describe, expect, it } from 'vitest';
import { adjustmentFen, computeMonth } from './compute';
import type { PostFact, RuleVersion, TeacherFacts } from './types';

const TOWN = { schoolId: 's-town', schoolName: '××乡中心校', countyId: 'taonan', locationClass: '乡镇', schoolType: '小学' };
const VILLAGE = { schoolId: 's-village', schoolName: '××村小', countyId: 'taonan', locationClass: '村小', schoolType: '小学' };

function post(id: string, start: string, end: string | null, school: typeof TOWN, extra: Partial<PostFact> = {}): PostFact {
  return { postId: id, start, end, ...school, employmentType: '在编', status: '在岗', roles: [], ...extra };
}
const teacher = (...posts: PostFact[]): TeacherFacts => ({ teacherId: 't1', keyTeacherLevel: null, posts });

/** 白城: 在编在岗, 乡镇 300 元/月, 村小 and 教学点 500 元/月, by calendar days. */
const BAICHENG: RuleVersion = {
  id: 'bc-2016',
  allowanceTypeId: 'living',
  effectiveFrom: '2016-01-01',
  effectiveTo: null,
  documentNo: '白政办发〔2016〕×号',
  conditions: { employmentTypes: ['在编'], inPostRequired: true },
  amount: { kind: 'tier', monthlyFenByClass: { 乡镇: 30_000, 村小: 50_000, 教学点: 50_000 } },
  proration: { kind: 'calendarDays' },
};
const noBases = () => undefined;

describe('the worked examples', () => {
  it('1. 在编 at a 乡镇 school all March → 300.00', () => {
    const [line] = computeMonth('2026-03', teacher(post('p1', '2020-09-01', null, TOWN)), [BAICHENG], noBases);
    expect(line!.amountFen).toBe(30_000);
    expect(line!.segments).toHaveLength(1);
  });

  it('2. transferred 乡镇 → 村小 on 03-11 → (300×10 + 500×21) ÷ 31 = 435.48', () => {
    const [line] = computeMonth(
      '2026-03',
      teacher(post('p1', '2020-09-01', '2026-03-11', TOWN), post('p2', '2026-03-11', null, VILLAGE)),
      [BAICHENG],
      noBases,
    );
    expect(line!.amountFen).toBe(43_548);
    expect(line!.segments.map((s) => [s.start, s.end, s.days, s.schoolName, Number(s.monthlyFen.n / s.monthlyFen.d)])).toEqual([
      ['2026-03-01', '2026-03-11', 10, '××乡中心校', 30_000],
      ['2026-03-11', '2026-04-01', 21, '××村小', 50_000],
    ]);
  });

  it('3. 特岗 at a 村小 → no line', () => {
    expect(
      computeMonth('2026-03', teacher(post('p1', '2020-09-01', null, VILLAGE, { employmentType: '特岗' })), [BAICHENG], noBases),
    ).toEqual([]);
  });

  it('4. at a 村小 on sick leave 03-16 to 03-31 → 500 × 15 ÷ 31 = 241.94', () => {
    const posts = [
      post('p1', '2020-09-01', '2026-03-16', VILLAGE),
      post('p2', '2026-03-16', '2026-04-01', VILLAGE, { status: '病假' }),
      post('p3', '2026-04-01', null, VILLAGE),
    ];
    const [line] = computeMonth('2026-03', teacher(...posts), [BAICHENG], noBases);
    expect(line!.amountFen).toBe(24_194);
  });

  it('5. 兰州 班主任津贴 10% of a 96,000 元 base, 班主任 from 09-01 → August nothing, September 800.00', () => {
    const headTeacher: RuleVersion = {
      id: 'lz-bzr',
      allowanceTypeId: 'head-teacher',
      effectiveFrom: '2020-01-01',
      effectiveTo: null,
      documentNo: '兰政办发〔2019〕×号',
      conditions: { inPostRequired: true, rolesRequired: ['班主任'] },
      amount: { kind: 'percentage', baseName: '教师年平均工资', rateBasisPoints: 1_000 },
      proration: { kind: 'calendarDays' },
    };
    const bases = (name: string, year: number) => (name === '教师年平均工资' && year === 2026 ? 9_600_000 : undefined);
    const t = teacher(post('p1', '2018-09-01', '2026-09-01', TOWN), post('p2', '2026-09-01', null, TOWN, { roles: ['班主任'] }));
    expect(computeMonth('2026-08', t, [headTeacher], bases)).toEqual([]);
    expect(computeMonth('2026-09', t, [headTeacher], bases)[0]!.amountFen).toBe(80_000);
  });

  it('6. April approved at 500; a version raising 村小 to 600 from 04-16 → adjustment +50.00 for April', () => {
    const t = teacher(post('p1', '2020-09-01', null, VILLAGE));
    const [approved] = computeMonth('2026-04', t, [BAICHENG], noBases);
    expect(approved!.amountFen).toBe(50_000);
    const raised: RuleVersion[] = [
      { ...BAICHENG, effectiveTo: '2026-04-16' },
      {
        ...BAICHENG,
        id: 'bc-2026',
        effectiveFrom: '2026-04-16',
        amount: { kind: 'tier', monthlyFenByClass: { 乡镇: 30_000, 村小: 60_000, 教学点: 60_000 } },
      },
    ];
    const [recomputed] = computeMonth('2026-04', t, raised, noBases);
    expect(recomputed!.amountFen).toBe(55_000);
    expect(recomputed!.segments.map((s) => s.ruleVersionId)).toEqual(['bc-2016', 'bc-2026']);
    expect(adjustmentFen(approved!.amountFen, recomputed)).toBe(5_000);
  });
});

describe('the engine', () => {
  it('counts February and leap years', () => {
    const t = teacher(post('p1', '2020-09-01', '2024-02-15', TOWN), post('p2', '2024-02-15', null, VILLAGE));
    // (300×14 + 500×15) ÷ 29 = 403.448… → 403.45
    expect(computeMonth('2024-02', t, [BAICHENG], noBases)[0]!.amountFen).toBe(40_345);
    const u = teacher(post('p1', '2020-09-01', '2026-02-15', TOWN), post('p2', '2026-02-15', null, VILLAGE));
    // (300×14 + 500×14) ÷ 28 = 400.00
    expect(computeMonth('2026-02', u, [BAICHENG], noBases)[0]!.amountFen).toBe(40_000);
  });

  it('pays a whole month above a day threshold and nothing below', () => {
    const rule: RuleVersion = { ...BAICHENG, proration: { kind: 'fullMonthAbove', minDays: 15 } };
    expect(computeMonth('2026-03', teacher(post('p1', '2026-03-17', null, VILLAGE)), [rule], noBases)[0]!.amountFen).toBe(50_000);
    expect(computeMonth('2026-03', teacher(post('p1', '2026-03-18', null, VILLAGE)), [rule], noBases)).toEqual([]);
  });

  it('pays nothing for a partial month when the rule does not prorate', () => {
    const rule: RuleVersion = { ...BAICHENG, proration: { kind: 'none' } };
    expect(computeMonth('2026-03', teacher(post('p1', '2026-03-02', null, VILLAGE)), [rule], noBases)).toEqual([]);
    expect(computeMonth('2026-03', teacher(post('p1', '2026-03-01', null, VILLAGE)), [rule], noBases)[0]!.amountFen).toBe(50_000);
  });

  it('gives one line for a county change mid-month, in the county of the last post', () => {
    const other = { ...VILLAGE, schoolId: 's-da-an', schoolName: '大安村小', countyId: 'da-an' };
    const lines = computeMonth(
      '2026-03',
      teacher(post('p1', '2020-09-01', '2026-03-20', VILLAGE), post('p2', '2026-03-20', null, other)),
      [BAICHENG],
      noBases,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ countyId: 'da-an', amountFen: 50_000 });
    expect(lines[0]!.segments.map((s) => s.schoolName)).toEqual(['××村小', '大安村小']);
  });

  it('rounds half a 分 up, once per line', () => {
    const rule: RuleVersion = { ...BAICHENG, amount: { kind: 'fixed', monthlyFen: 1 } };
    // 1 分 × 15 ÷ 30 = 0.5 分 → 1 分
    expect(computeMonth('2026-04', teacher(post('p1', '2026-04-16', null, VILLAGE)), [rule], noBases)[0]!.amountFen).toBe(1);
    // two segments of 0.5 分 each: summed exactly, then rounded once → 1 分 (rounding each would give 2)
    const two = teacher(
      post('p1', '2026-04-01', '2026-04-16', VILLAGE),
      post('p2', '2026-04-16', null, { ...VILLAGE, schoolId: 's2', schoolName: '另一村小' }),
    );
    expect(computeMonth('2026-04', two, [rule], noBases)[0]!.amountFen).toBe(1);
  });
});
