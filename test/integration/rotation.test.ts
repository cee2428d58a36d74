import { nationalPolicy } from '@tongxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { activate, makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { publishBaichengRule } from '../support/rules';
import { refusal } from '../support/refusal';
import { idNumberOf, townSchool } from '../support/rotation';

afterAll(closeDbs);

/**
 * County 1 of a test city: 一县城关小学 (县城) sends, 一县村小 (村小) receives. The reference date is
 * 2026-08-31 (the national rule's), so a stay from 2020-09-01 is exactly six years on it.
 */
let city: City;
let admin: Caller;
let officer: Caller;
let sending: Caller; // 一县城关小学's administrator
let receiving: Caller; // 一县村小's administrator
let town: string;
let octoberSheetId: string;
const t: Record<'wang' | 'zhao' | 'qian' | 'sun' | 'zhou', string> = { wang: '', zhao: '', qian: '', sun: '', zhou: '' };
const YEAR = 2026;
const STINT = { form: '支教' as const, startDate: '2026-09-01', endDate: '2027-07-01' };

beforeAll(async () => {
  city = await makeCity('rotation');
  admin = city.admin.caller;
  officer = city.county1Officer.caller;
  receiving = city.school1Admin.caller;
  town = await townSchool(admin, city.ids.county1, { latitude: 45.62, longitude: 122.84 });
  const account = await admin.account.create({ username: 'town', displayName: '城关小学管理员', role: 'school_admin', schoolId: town });
  sending = (await activate(city.code, 'town', account.oneTimePassword)).caller;
  const teacher = (name: string, id: string, subjects: ('数学' | '语文')[], startDate: string, extra = {}) =>
    admin.teacher.create({ idNumber: id, name, schoolId: town, startDate, employmentType: '在编', subjects, ...extra }).then((r) => r.id);
  t.wang = await teacher('王数学', idNumberOf('1980-05-01', '男', 1), ['数学'], '2020-09-01', { keyTeacherLevel: '县级' });
  t.zhao = await teacher('赵数学', idNumberOf('1985-05-01', '女', 2), ['数学'], '2020-09-02');
  t.qian = await teacher('钱语文', idNumberOf('1970-08-31', '男', 3), ['语文'], '2010-09-01');
  t.sun = await teacher('孙语文', idNumberOf('1971-08-31', '男', 4), ['语文'], '2010-09-01');
  // 周 taught at the village school from 2010 and was transferred to the town on 2022-09-01: the count restarts.
  t.zhou = (
    await admin.teacher.create({
      idNumber: idNumberOf('1982-03-03', '女', 5),
      name: '周语文',
      schoolId: city.ids.school1,
      startDate: '2010-09-01',
      employmentType: '在编',
      subjects: ['语文'],
    })
  ).id;
  await admin.teacher.changePost({ teacherId: t.zhou, date: '2022-09-01', schoolId: town });
  // Five teachers at the town school: half may leave, and never its only teacher of a subject.
  await admin.rotationPolicy.set({
    ...nationalPolicy(YEAR, ['城市', '县城', '乡镇', '村小', '教学点']),
    staffingFloor: { percent: 50, rounding: 'floor', keepOnlyTeacherOfSubject: true },
    cityTarget: { minTeachers: 100, toPovertyCounties: true },
  });
});

describe('eligibility as of the reference date', () => {
  it('lists every teacher in post with the reason: six years exactly, a transfer restarting the count, the age limit on a birthday', async () => {
    const list = await officer.rotationEligibility.list({ year: YEAR, schoolId: town, sort: 'name' });
    expect(list.day).toBe('2026-08-31');
    const byName = Object.fromEntries(list.rows.map((r) => [r.name, r]));
    expect(byName['王数学']).toMatchObject({ eligible: true, yearsAtSchool: 6, since: '2020-09-01', keyTeacher: true, reasons: [] });
    expect(byName['赵数学']!.reasons).toEqual([
      { key: 'too_few_years', params: { years: 5, required: 6, since: '2020-09-02', eligibleFrom: '2026-09-01' } },
    ]);
    expect(byName['钱语文']).toMatchObject({ eligible: false, age: 56, reasons: [{ key: 'over_age', params: { age: 56, maxAge: 55 } }] });
    expect(byName['孙语文']).toMatchObject({ eligible: true, age: 55 });
    expect(byName['周语文']).toMatchObject({ eligible: false, since: '2022-09-01', yearsAtSchool: 4 });
    expect(list.summary).toEqual({ inPost: 5, eligible: 2, keyEligible: 1 });
    const onlyEligible = await officer.rotationEligibility.list({ year: YEAR, schoolId: town, show: 'eligible', sort: 'name' });
    expect(onlyEligible.rows.map((r) => r.name)).toEqual(['孙语文', '王数学']);
  });

  it('an exemption rules a teacher out with its reason, and removing it brings them back', async () => {
    const { id } = await officer.rotationEligibility.exempt({
      teacherId: t.sun,
      reason: '孕期',
      startDate: '2026-06-01',
      endDate: '2027-01-01',
    });
    const one = await officer.rotationEligibility.teacher({ teacherId: t.sun, year: YEAR });
    expect(one.eligibility.reasons).toEqual([{ key: 'exempt', params: { reason: '孕期', until: '2027-01-01' } }]);
    await officer.rotationEligibility.removeExemption({ exemptionId: id });
    expect((await officer.rotationEligibility.teacher({ teacherId: t.sun, year: YEAR })).eligibility.eligible).toBe(true);
  });

  it('another county sees none of it', async () => {
    const other = await city.county2Officer.caller.rotationEligibility.list({ year: YEAR, sort: 'name' });
    expect(other.summary.inPost).toBe(1);
    expect(await refusal(city.county2Officer.caller.rotationEligibility.teacher({ teacherId: t.wang, year: YEAR }))).toBe(
      '找不到该记录，或您无权查看',
    );
  });
});

describe('the planner', () => {
  it('says which constraint fails when no plan can meet them, and by how much', async () => {
    const need = await receiving.rotationNeed.set({ year: YEAR, schoolId: city.ids.school1, subject: '英语', count: 2 });
    const run = await officer.rotationPlan.propose({ countyId: city.ids.county1, year: YEAR, ...STINT });
    expect(run).toMatchObject({ status: 'infeasible' });
    expect(run.status === 'infeasible' && run.findings).toContainEqual({
      key: 'need_short',
      params: { schoolId: city.ids.school1, schoolName: '一县村小', subject: '英语', need: 2, available: 0 },
    });
    await receiving.rotationNeed.remove({ needId: need.id });
  });

  it('proposes the plan that meets every rule: the 骨干 数学 teacher to the village school, with the live checks passing', async () => {
    await receiving.rotationNeed.set({ year: YEAR, schoolId: city.ids.school1, subject: '数学', count: 1, note: '四年级数学' });
    const run = await officer.rotationPlan.propose({ countyId: city.ids.county1, year: YEAR, ...STINT });
    expect(run).toMatchObject({ status: 'planned', optimal: true, moves: 1 });
    const view = await officer.rotationPlan.get({ countyId: city.ids.county1, year: YEAR });
    expect(view.moves.map((m) => [m.teacherName, m.fromSchoolName, m.toSchoolName, m.subject, m.form, m.startDate, m.endDate])).toEqual([
      ['王数学', '一县城关小学', '一县村小', '数学', '支教', '2026-09-01', '2027-07-01'],
    ]);
    expect(view.report).toMatchObject({
      ok: true,
      quota: { eligible: 3, required: 1, planned: 1, short: 0 },
      keyTeachers: { required: 1, planned: 1, short: 0 },
    });
  });

  it('leaves out an excluded teacher (and then has no 数学 teacher to send)', async () => {
    await officer.rotationPlan.exclude({ countyId: city.ids.county1, year: YEAR, teacherId: t.wang, excluded: true });
    const run = await officer.rotationPlan.propose({ countyId: city.ids.county1, year: YEAR, ...STINT });
    expect(run.status).toBe('infeasible');
    await officer.rotationPlan.exclude({ countyId: city.ids.county1, year: YEAR, teacherId: t.wang, excluded: false });
    expect((await officer.rotationPlan.propose({ countyId: city.ids.county1, year: YEAR, ...STINT })).status).toBe('planned');
  });

  it('checks a move drafted by hand live and refuses what cannot be a move, naming it', async () => {
    const added = await officer.rotationPlan.addMove({
      countyId: city.ids.county1,
      year: YEAR,
      teacherId: t.zhao,
      toSchoolId: city.ids.school1,
      subject: '数学',
      ...STINT,
    });
    const view = await officer.rotationPlan.get({ countyId: city.ids.county1, year: YEAR });
    expect(view.report.ok).toBe(false);
    expect(view.report.moves.find((m) => m.teacherId === t.zhao)!.problems.map((p) => p.key)).toEqual(['teacher_not_eligible']);
    expect(view.report.needs).toEqual([expect.objectContaining({ subject: '数学', count: 1, covered: 2, ok: false })]);
    await officer.rotationPlan.removeMove({ moveId: added.id });
    expect(
      await refusal(
        officer.rotationPlan.addMove({
          countyId: city.ids.county1,
          year: YEAR,
          teacherId: t.zhao,
          toSchoolId: city.ids.school1,
          subject: '数学',
          form: '支教',
          startDate: '2026-09-01',
        }),
      ),
    ).toBe('结束日期：须填写结束（返回）日期');
    expect(
      await refusal(
        officer.rotationPlan.addMove({
          countyId: city.ids.county1,
          year: YEAR,
          teacherId: t.wang,
          toSchoolId: city.ids.school1,
          subject: '数学',
          ...STINT,
        }),
      ),
    ).toBe('教师：该教师 2026 年度已在交流方案中');
  });

  it('of two officers adding the same teacher at once, one wins', async () => {
    const add = (caller: Caller) =>
      caller.rotationPlan.addMove({
        countyId: city.ids.county1,
        year: YEAR,
        teacherId: t.sun,
        toSchoolId: city.ids.school1,
        subject: '语文',
        ...STINT,
      });
    const results = await Promise.allSettled([add(officer), add(admin)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const view = await officer.rotationPlan.get({ countyId: city.ids.county1, year: YEAR });
    const sun = view.moves.filter((m) => m.teacherId === t.sun);
    expect(sun).toHaveLength(1);
    await officer.rotationPlan.removeMove({ moveId: sun[0]!.id });
  });
});

describe('approval and effect', () => {
  it('both schools answer, an objection sends the plan back, and the county’s approval writes the stint and the return', async () => {
    const typeId = await publishBaichengRule(admin);
    expect(typeId).toBeTruthy();
    // September was approved before the move: the move then reaches an approved month.
    const september = await officer.sheet.run({ countyId: city.ids.county1, month: '2026-09' });
    await officer.sheet.submit({ sheetId: september.sheet.id });
    await admin.sheet.approve({ sheetId: september.sheet.id });

    const view = await officer.rotationPlan.get({ countyId: city.ids.county1, year: YEAR });
    const planId = view.plan!.id;
    const moveId = view.moves[0]!.id;
    await officer.rotationPlan.submit({ planId });
    expect(
      await refusal(
        officer.rotationPlan.addMove({
          countyId: city.ids.county1,
          year: YEAR,
          teacherId: t.sun,
          toSchoolId: city.ids.school1,
          subject: '语文',
          ...STINT,
        }),
      ),
    ).toBe('交流方案：方案当前为“待学校确认”，不能修改');
    expect((await receiving.rotationMove.ofSchool({ year: YEAR })).map((m) => m.teacherName)).toEqual(['王数学']);
    await sending.rotationMove.answer({ moveId, confirmed: true });
    expect(await refusal(receiving.rotationMove.answer({ moveId, confirmed: false }))).toBe('原因：提出异议须说明原因');
    await receiving.rotationMove.answer({ moveId, confirmed: false, reason: '希望九月中旬到岗' });
    expect(await refusal(officer.rotationPlan.approve({ planId }))).toBe('交流方案：还有 1 条交流未经两校确认（其中 1 条有异议）');
    await officer.rotationPlan.return({ planId, comment: '与村小协商到岗时间' });
    await officer.rotationPlan.submit({ planId });
    const again = (await officer.rotationPlan.get({ countyId: city.ids.county1, year: YEAR })).moves[0]!;
    expect([again.sendingState, again.receivingState]).toEqual(['confirmed', 'pending']);
    await receiving.rotationMove.answer({ moveId, confirmed: true });
    expect(await officer.rotationPlan.approve({ planId })).toEqual({ state: 'approved' });

    const posts = await ownerDb().sql<{ school: string; start: string; end: string | null; primary: boolean }[]>`
      select s.name as school, p.start_date::text as start, p.end_date::text as end, p.is_primary as primary
      from post p join school s on s.tenant_id = p.tenant_id and s.id = p.school_id where p.teacher_id = ${t.wang} order by p.start_date`;
    expect(posts.map((p) => [p.school, p.start, p.end, p.primary])).toEqual([
      ['一县城关小学', '2020-09-01', '2026-09-01', true],
      ['一县村小', '2026-09-01', '2027-07-01', true],
      ['一县城关小学', '2027-07-01', null, true],
    ]);
    const away = await ownerDb()
      .sql`select start_date::text as start, end_date::text as end, source from teacher_away where teacher_id = ${t.wang}`;
    expect(away.map((a) => [a.start, a.end, a.source])).toEqual([['2026-09-01', '2027-07-01', 'rotation']]);
  });

  it('the allowance follows: 村小 500.00 元 a month from September 2026 to June 2027, nothing in July, and 补发 for the approved September', async () => {
    const months = await Promise.all(
      ['2026-09', '2027-06', '2027-07'].map((month) => admin.allowance.preview({ teacherId: t.wang, month })),
    );
    expect(months.map((lines) => lines.reduce((sum, l) => sum + l.amountFen, 0))).toEqual([50_000, 50_000, 0]);
    const october = await officer.sheet.run({ countyId: city.ids.county1, month: '2026-10' });
    expect(october).toMatchObject({ adjustments: 1 });
    octoberSheetId = october.sheet.id;
    const lines = await admin.sheet.teacherLines({ teacherId: t.wang, month: '2026-10' });
    expect(lines.map((l) => [l.kind, l.month, l.amountFen, l.approvedFen, l.recomputedFen])).toEqual([
      ['adjustment', '2026-09', 50_000, 0, 50_000],
      ['regular', '2026-10', 50_000, null, null],
    ]);
  });

  it('the year’s report per county and the city’s own target count the approved move', async () => {
    const overview = await admin.rotationPlan.overview({ year: YEAR });
    expect(
      overview.counties.map((c) => [c.countyName, c.state, c.eligible, c.quota, c.planned, c.rotated, c.short, c.keyShort, c.forms.支教]),
    ).toEqual([
      ['一县', 'approved', 3, 1, 1, 1, 0, 0, 1],
      ['二县', null, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(overview.cityTarget).toEqual({ minTeachers: 100, toPovertyCounties: true, planned: 1, approved: 1, short: 99 });
    expect((await officer.rotationPlan.overview({ year: YEAR })).counties.map((c) => c.countyName)).toEqual(['一县']);
    expect((await receiving.rotationPlan.overview({ year: YEAR })).counties.map((c) => c.countyName)).toEqual(['一县']);
  });

  it('an early return decided after October was approved takes back the rest of October in November’s run', async () => {
    await officer.sheet.submit({ sheetId: octoberSheetId });
    await admin.sheet.approve({ sheetId: octoberSheetId });
    const moveId = (await officer.rotationPlan.get({ countyId: city.ids.county1, year: YEAR })).moves[0]!.id;
    expect(await refusal(officer.rotationMove.changeEnd({ moveId, endDate: '2026-09-01' }))).toBe('结束日期：结束日期须晚于开始日期');
    await officer.rotationMove.changeEnd({ moveId, endDate: '2026-10-16' });
    const posts = await ownerDb().sql<{ school: string; start: string; end: string | null }[]>`
      select s.name as school, p.start_date::text as start, p.end_date::text as end
      from post p join school s on s.tenant_id = p.tenant_id and s.id = p.school_id where p.teacher_id = ${t.wang} and p.start_date >= '2026-09-01' order by p.start_date`;
    expect(posts.map((p) => [p.school, p.start, p.end])).toEqual([
      ['一县村小', '2026-09-01', '2026-10-16'],
      ['一县城关小学', '2026-10-16', '2027-07-01'],
      ['一县城关小学', '2027-07-01', null],
    ]);
    await officer.sheet.run({ countyId: city.ids.county1, month: '2026-11' });
    const lines = await admin.sheet.teacherLines({ teacherId: t.wang, month: '2026-11' });
    // 15 of October's 31 days at 500.00: 241.94 instead of the 500.00 approved.
    expect(lines.map((l) => [l.kind, l.month, l.amountFen, l.approvedFen, l.recomputedFen])).toEqual([
      ['adjustment', '2026-10', -25_806, 50_000, 24_194],
    ]);
    const one = await officer.rotationEligibility.teacher({ teacherId: t.wang, year: YEAR });
    expect(one.service).toMatchObject({ days: 45, enoughForTitle: false });
  });

  it('the teacher sees their own move, the stint on their record and their rural service, and nobody else’s', async () => {
    const account = await admin.account.create({ username: 'wang', displayName: '王数学', role: 'teacher', teacherId: t.wang });
    const teacher = (await activate(city.code, 'wang', account.oneTimePassword)).caller;
    const mine = await teacher.rotationEligibility.mine({ year: YEAR });
    expect(mine.moves.map((m) => [m.form, m.fromSchoolName, m.toSchoolName, m.startDate, m.endDate, m.appliedAt !== null])).toEqual([
      ['支教', '一县城关小学', '一县村小', '2026-09-01', '2026-10-16', true],
    ]);
    expect(mine.service).toMatchObject({ days: 45, enoughForTitle: false });
    const record = await teacher.teacher.get({ teacherId: t.wang });
    expect(record.away.map((a) => [a.source, a.startDate, a.endDate, a.what, a.detail])).toEqual([
      ['rotation', '2026-09-01', '2026-10-16', '一县村小', '支教'],
    ]);
    await expect(teacher.rotationEligibility.teacher({ teacherId: t.zhao, year: YEAR })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the teacher is never in two places at once: a training placement over the stint is refused by the database', async () => {
    const error = await ownerDb()
      .sql`insert into teacher_away (tenant_id, teacher_id, start_date, end_date, source, source_id) values (${city.tenantId}, ${t.wang}, '2026-10-05', '2026-10-09', 'training', gen_random_uuid())`.then(
      () => null,
      (e: { constraint_name?: string }) => e.constraint_name,
    );
    expect(error).toBe('teacher_away_no_overlap');
  });
});
