import { addDays, monthBounds, planningYear, termOf, todayInChina } from '@tongxing/domain';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../support/callers';
import { closeDbs } from '../support/db';

afterAll(closeDbs);

// The demo is dated relative to today: the months below are computed, never fixed.
const today = todayInChina();
const thisYear = Number(today.slice(0, 4));
const monthBack = (n: number) => {
  const index = thisYear * 12 + Number(today.slice(5, 7)) - 1 - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
const [fourBack, threeBack, twoBack, lastMonth] = [monthBack(4), monthBack(3), monthBack(2), monthBack(1)];

let bc: SignedIn;
let lz: SignedIn;
beforeAll(async () => {
  bc = await signIn('baicheng', 'bc.admin', DEMO_PASSWORD);
  lz = await signIn('lanzhou', 'lz.admin', DEMO_PASSWORD);
});

const states = async (api: SignedIn, month: string) =>
  Object.fromEntries((await api.caller.sheet.overview({ month })).map((r) => [r.countyName, r.state]));

describe('the demo seed', () => {
  it('has the five source cities, each with a city administrator, a county officer, a school administrator and a teacher (曲靖 also a provider, 岳阳 the city school of its pair)', async () => {
    const cities = ['baicheng', 'lanzhou', 'qujing', 'yueyang', 'zhangjiakou'];
    expect([...new Set(DEMO_LOGINS.map((l) => l.tenantCode))]).toEqual(['platform', ...cities]);
    for (const city of cities) {
      expect(DEMO_LOGINS.filter((l) => l.tenantCode === city).map((l) => l.role)).toEqual([
        'city_admin',
        'county_officer',
        ...(city === 'yueyang' ? ['school_admin'] : []),
        'school_admin',
        'teacher',
        ...(city === 'qujing' ? ['provider'] : []),
      ]);
    }
    for (const demo of DEMO_LOGINS) {
      const { caller } = await signIn(demo.tenantCode, demo.username, DEMO_PASSWORD);
      const me = await caller.auth.me();
      expect([me?.tenant.code, me?.user.role]).toEqual([demo.tenantCode, demo.role]);
    }
    const qj = await signIn('qujing', 'qj.admin', DEMO_PASSWORD);
    expect((await qj.caller.county.list()).map((c) => [c.code, c.name])).toEqual([
      ['530302', '麒麟区'],
      ['530323', '师宗县'],
      ['530325', '富源县'],
      ['530326', '会泽县'],
      ['530381', '宣威市'],
    ]);
    const yy = await signIn('yueyang', 'yy.pingjiang', DEMO_PASSWORD);
    expect((await yy.caller.county.list()).map((c) => [c.name, c.isPovertyCounty])).toEqual([['平江县', true]]);
  });

  it('白城 has published the rule of source 003, titled as the document (it has no 文号): 乡镇 300, 村小 and 教学点 500 元/月', async () => {
    const [type] = await bc.caller.allowance.types();
    expect(type?.name).toBe('乡村教师生活补助');
    const versions = await bc.caller.allowance.versions({ allowanceTypeId: type!.id });
    expect(versions.map((v) => [v.state, v.documentNo, v.effectiveFrom, v.amount, v.conditions.employmentTypes])).toEqual([
      [
        'published',
        '白城市教育精准扶贫实施意见',
        '2016-01-01',
        { kind: 'tier', monthlyFenByClass: { 乡镇: 30_000, 村小: 50_000, 教学点: 50_000 } },
        ['在编'],
      ],
    ]);
  });

  it('白城 has sheets in every state: approved 3 and 2 months back, last month one returned with its comment, one submitted, drafts', async () => {
    const all = (state: string | null) => ({ 洮北区: state, 洮南市: state, 大安市: state, 镇赉县: state, 通榆县: state });
    expect(await states(bc, fourBack)).toEqual(all(null));
    expect(await states(bc, threeBack)).toEqual(all('approved'));
    expect(await states(bc, twoBack)).toEqual(all('approved'));
    const last = await bc.caller.sheet.overview({ month: lastMonth });
    expect(Object.fromEntries(last.map((r) => [r.countyName, r.state]))).toEqual({
      洮北区: 'returned',
      洮南市: 'submitted',
      大安市: 'draft',
      镇赉县: 'draft',
      通榆县: 'draft',
    });
    expect(last.find((r) => r.state === 'returned')?.comment).toBe('请核对平台镇中心学校本月新增班主任名单后重新计算并提交。');
    expect(last.every((r) => r.lines > 0 && r.totalFen > 0)).toBe(true);
  });

  it('a sick leave reported after its month was approved takes the difference back on the next sheet (扣回)', async () => {
    const sheetId = (await bc.caller.sheet.overview({ month: twoBack })).find((r) => r.countyName === '洮北区')!.sheetId!;
    const { rows } = await bc.caller.sheet.lines({ sheetId, search: '陈宝山', page: 1 });
    // in post to the 15th of the month at 村小 500 元/月, by calendar days, rounded half up once
    const { days } = monthBounds(threeBack);
    const recomputed = Math.round((50_000 * 15) / days);
    expect(rows.map((l) => [l.kind, l.month, l.approvedFen, l.recomputedFen, l.amountFen])).toEqual([
      ['adjustment', threeBack, 50_000, recomputed, recomputed - 50_000],
      ['regular', twoBack, null, null, 50_000],
    ]);
    expect(recomputed - 50_000).toBeLessThan(0);
  });

  it('王淑芬 (bc.teacher) sees each month of the demo with its explanation', async () => {
    const teacher = await signIn('baicheng', 'bc.teacher', DEMO_PASSWORD);
    const teacherId = (await teacher.caller.auth.me())!.user.teacherId!;
    for (const [month, state] of [
      [threeBack, 'approved'],
      [twoBack, 'approved'],
      [lastMonth, 'returned'],
    ] as const) {
      const { sheetLines } = await teacher.caller.allowance.teacherMonth({ teacherId, month });
      const segments = sheetLines.map((l) => l.segments as { schoolName: string; monthlyYuan: number; documentNo: string; days: number }[]);
      expect(sheetLines.map((l) => [l.kind, l.allowanceType, l.amountFen, l.state])).toEqual([
        ['regular', '乡村教师生活补助', 30_000, state],
      ]);
      expect(segments[0]!.map((s) => [s.schoolName, s.monthlyYuan, s.documentNo, s.days])).toEqual([
        ['洮北区平台镇中心学校', 300, '白城市教育精准扶贫实施意见', monthBounds(month).days],
      ]);
    }
  });

  it('兰州 has the teachers’ average annual pay for each year the demo covers, and 何春兰 (班主任) gets all three allowances', async () => {
    expect((await lz.caller.allowance.bases()).map((b) => [b.name, b.year, b.countyId, b.annualFen])).toEqual([
      ['教师年均工资', thisYear, null, 9_600_000],
      ['教师年均工资', thisYear - 1, null, 9_240_000],
      ['教师年均工资', thisYear - 2, null, 8_880_000],
    ]);
    expect(Object.values(await states(lz, twoBack))).toEqual(Array(5).fill('approved'));
    expect(await states(lz, lastMonth)).toEqual({
      城关区: 'draft',
      七里河区: 'draft',
      皋兰县: 'draft',
      永登县: 'draft',
      榆中县: 'submitted',
    });

    const teacher = await signIn('lanzhou', 'lz.teacher', DEMO_PASSWORD);
    const teacherId = (await teacher.caller.auth.me())!.user.teacherId!;
    const base = Number(twoBack.slice(0, 4)) === thisYear ? 9_600_000 : 9_240_000;
    const { sheetLines } = await teacher.caller.allowance.teacherMonth({ teacherId, month: twoBack });
    expect(sheetLines.map((l) => [l.allowanceType, l.amountFen, l.state]).sort()).toEqual(
      [
        ['乡村教师生活补助', 30_000, 'approved'],
        ['班主任津贴', Math.round((base * 0.1) / 12), 'approved'],
        ['超工作量津贴', Math.round((base * 0.05) / 12), 'approved'],
      ].sort(),
    );
  });

  it('曲靖 trains with 宝山区: the 挂职, the principals’ cohorts with the source’s places, and 杨丽萍’s hours and application', async () => {
    const qj = await signIn('qujing', 'qj.admin', DEMO_PASSWORD);
    const { rows } = await qj.caller.programme.list({ level: '东西部协作' });
    expect(rows.map((r) => [r.name, r.partner]).sort()).toEqual([
      ['沪滇协作 校长及教师能力提升培训', '上海市宝山区'],
      ['沪滇协作 职业学校领导赴宝山区挂职', '上海市宝山区'],
    ]);
    const teacher = await signIn('qujing', 'qj.teacher', DEMO_PASSWORD);
    const me = teacher.caller;
    const teacherId = (await me.teacher.list({ page: 1 })).rows[0]!.id;
    const { entries, pace } = await me.hours.ofTeacher({ teacherId });
    expect(entries.map((e) => e.hours).sort((x, y) => x - y)).toEqual([50, 80]);
    expect(pace).toMatchObject({ earned: 130, required: 360 });
    expect((await me.enrolment.ofTeacher({ teacherId })).map((e) => e.state).sort()).toEqual(['applied', 'completed']);
  });

  it('岳阳’s 国培 trainees come mostly from 平江县, a poverty county', async () => {
    const yy = await signIn('yueyang', 'yy.admin', DEMO_PASSWORD);
    const { counties } = await yy.caller.hours.summary();
    const poverty = counties.filter((c) => c.isPovertyCounty).reduce((n, c) => n + c.trained, 0);
    const all = counties.reduce((n, c) => n + c.trained, 0);
    // The 国培 cohort's 12 of 35, and the two teachers credited by the pair's 送教 (吴春香 of 平江县, 彭丽娟 of 岳阳楼区).
    expect([poverty, all]).toEqual([13, 37]);
  });

  it('岳阳 has a pair with a confirmed 送教 and a 同步课堂 waiting for the village school, and a community', async () => {
    const school = await signIn('yueyang', 'yy.changshou', DEMO_PASSWORD);
    const { rows } = await school.caller.pairing.list({ page: 1 });
    expect(rows.map((r) => [r.name, r.confirmed, r.idle])).toEqual([['东方红小学—长寿镇中心小学', 1, false]]);
    // The pair page lists a term's activities: the demo's are 20 and 6 days old, in one term or two.
    const terms = new Set([termOf(addDays(today, -20)).key, termOf(addDays(today, -6)).key]);
    const activities = (
      await Promise.all([...terms].map((term) => school.caller.pairingActivity.ofPair({ pairId: rows[0]!.id, term })))
    ).flat();
    expect(activities.map((a) => [a.kind, a.state, a.files]).sort()).toEqual([
      ['同步课堂', 'pending', 1],
      ['送教', 'confirmed', 1],
    ]);
    expect((await school.caller.home.summary()).find((item) => item.key === 'activitiesToAnswer')).toMatchObject({
      count: 1,
      href: '/pairing',
    });
    const city = await signIn('yueyang', 'yy.admin', DEMO_PASSWORD);
    expect((await city.caller.pairing.list({ page: 1 })).total).toBe(2);
    // The city credits 送教: the demo teacher took part in the confirmed one.
    const teacher = await signIn('yueyang', 'yy.teacher', DEMO_PASSWORD);
    const teacherId = (await teacher.caller.auth.me())!.user.teacherId!;
    const own = await teacher.caller.hours.ofTeacher({ teacherId });
    expect(own.entries.filter((e) => e.source === 'pairing').map((e) => [e.hours, e.level, e.title])).toEqual([
      [6, '校本', '结对帮扶：送教（岳阳楼区东方红小学→平江县长寿镇中心小学）'],
    ]);
  });

  it('兰州 has a rotation policy with its own target, and 榆中县 a plan meeting every check, sent to its schools: 甘草店镇中心小学 has a move to answer', async () => {
    const year = planningYear(today);
    const overview = await lz.caller.rotationPlan.overview({ year });
    expect(overview.policy.cityTarget).toEqual({ minTeachers: 100, toPovertyCounties: true });
    const yuzhong = overview.counties.find((c) => c.countyName === '榆中县')!;
    expect(yuzhong.state).toBe('submitted');
    expect(yuzhong.planned).toBeGreaterThanOrEqual(yuzhong.quota);
    expect([yuzhong.short, yuzhong.keyShort]).toEqual([0, 0]);
    const school = await signIn('lanzhou', 'lz.gancaodian', DEMO_PASSWORD);
    const moves = await school.caller.rotationMove.ofSchool({ year });
    expect(moves.map((m) => [m.toSchoolName, m.form, m.receivingState])).toEqual([['榆中县甘草店镇中心小学', '支教', 'pending']]);
    // and its home page says so
    const waiting = (await school.caller.home.summary()).find((item) => item.key === 'movesToAnswer');
    expect(waiting).toMatchObject({ count: 1, href: '/rotation/moves' });
  });
  it('张家口 has a visit to 张北县 with three problems: the school owns two (one waiting for 销号), the county one', async () => {
    const school = await signIn('zhangjiakou', 'zjk.youlougou', DEMO_PASSWORD);
    const mine = await school.caller.inspectionProblem.list({ page: 1 });
    expect(mine.rows.map((r) => [r.description, r.state]).sort()).toEqual([
      ['9 月补助发放签收表缺本人签字', 'submitted'],
      ['补助名册中 2 人已调离仍在领取（有证无人）', 'open'],
    ]);
    expect((await school.caller.home.summary())[0]).toMatchObject({ key: 'problemsToRectify', count: 1 });
    const county = await signIn('zhangjiakou', 'zjk.zhangbei', DEMO_PASSWORD);
    expect((await county.caller.inspectionProblem.list({ page: 1 })).counts).toMatchObject({ total: 3, open: 2, submitted: 1 });
    const city = await signIn('zhangjiakou', 'zjk.admin', DEMO_PASSWORD);
    expect((await city.caller.home.summary()).find((item) => item.key === 'problemsToClose')).toMatchObject({ count: 1 });
  });
  it("张家口's 张北县 has checked its register against the 编制 roster: the crafted differences, one explained", async () => {
    const county = await signIn('zhangjiakou', 'zjk.zhangbei', DEMO_PASSWORD);
    const [check] = await county.caller.rosterCheck.list();
    expect(check?.title).toBe('张北县编制花名册核查');
    const of = async (kind: 'not_in_register' | 'not_on_roster' | 'other_school') =>
      (await county.caller.rosterCheck.get({ checkId: check!.id, page: 1, kind })).differences.rows;
    expect((await of('not_on_roster')).map((d) => d.name).sort()).toEqual(['武建军', '田玉凤'].sort());
    expect((await of('other_school')).map((d) => [d.name, d.rosterSchoolName, d.resolution])).toEqual([
      ['韩秀珍', '张北县台路沟乡西土城村小学', 'explained'],
    ]);
    // Beside 高志远, whom the register does not know, the roster still lists the generated teachers whose posts have ended.
    const missing = await of('not_in_register');
    expect(missing.filter((d) => d.teacherId === null).map((d) => d.name)).toEqual(['高志远']);
    expect(check?.open).toBe(check!.differences - 1);
  });
  it('a 白城 teacher who moved to 张北县 last month is on both registers: each city finds its own record of her', async () => {
    const month = todayInChina().slice(0, 7);
    const zjk = await (await signIn('zhangjiakou', 'zjk.admin', DEMO_PASSWORD)).caller.rosterCheck.crossCity({ month });
    const bc = await (await signIn('baicheng', 'bc.admin', DEMO_PASSWORD)).caller.rosterCheck.crossCity({ month });
    expect(zjk.map((m) => m.schoolName)).toEqual(['张北县第一中学']);
    expect(bc.map((m) => m.idNumber)).toEqual(zjk.map((m) => m.idNumber));
    expect(bc[0]!.teacherId).not.toBe(zjk[0]!.teacherId);
  });
});
