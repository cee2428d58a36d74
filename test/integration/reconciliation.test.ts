import { addDays, todayInChina } from '@tongxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { makeCity, TEACHER1_ID, TEACHER2_ID, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { uploaded } from '../support/import';
import { refusal } from '../support/refusal';
import { idNumberOf, townSchool } from '../support/rotation';
import { publishBaichengRule } from '../support/rules';

afterAll(closeDbs);

const AS_OF = '2026-11-15';
const MONTH = '2026-11';
const TEACHER3_ID = idNumberOf('1990-03-01', '男', 1);
const TEACHER4_ID = idNumberOf('1988-07-12', '女', 2);
const TEACHER5_ID = idNumberOf('1995-01-20', '女', 3);
const STRANGER_ID = idNumberOf('1992-05-05', '男', 4);

/**
 * 一县's register on 15 November: 张老师 (在编, 村小: paid 500 元), 王老师 (特岗, not paid), 赵老师 (在编: paid) at
 * 一县村小, and 钱老师, whose post there starts on the 20th. The roster has 张老师 at 村小 (no difference),
 * 王老师 at 城关小学 (a different school), 孙老师 whom the register does not know, 二县's 李老师 (outside the
 * county's register) and 钱老师 (in the register, not yet in post). 赵老师 is not on it, and is paid.
 */
let city: City;
let admin: Caller;
let officer: Caller;
const teachers: Record<string, string> = {};

const ROSTER = () => [
  { idNumber: TEACHER1_ID, name: '张老师', unit: 'S1' },
  { idNumber: TEACHER3_ID, name: '王老师', unit: '一县城关小学' },
  { idNumber: STRANGER_ID, name: '孙老师', unit: '一县村小' },
  { idNumber: TEACHER2_ID, name: '李老师', unit: 'T1' },
  { idNumber: TEACHER5_ID, name: '钱老师', unit: 'S1' },
];

beforeAll(async () => {
  city = await makeCity('roster');
  admin = city.admin.caller;
  officer = city.county1Officer.caller;
  await townSchool(admin, city.ids.county1);
  const add = async (idNumber: string, name: string, employmentType: '在编' | '特岗', startDate: string) =>
    (teachers[name] = (await admin.teacher.create({ idNumber, name, schoolId: city.ids.school1, startDate, employmentType })).id);
  await add(TEACHER3_ID, '王老师', '特岗', '2021-09-01');
  await add(TEACHER4_ID, '赵老师', '在编', '2019-09-01');
  await add(TEACHER5_ID, '钱老师', '在编', '2026-11-20');
  await publishBaichengRule(admin);
  await officer.sheet.run({ countyId: city.ids.county1, month: MONTH });
});

const differencesOf = async (caller: Caller, checkId: string) => {
  const detail = await caller.rosterCheck.get({ checkId, page: 1 });
  return detail.differences.rows.map((d) => [d.kind, d.name, d.teacherId, d.schoolName, d.rosterSchoolName, d.paidFen]);
};

const count = async (table: string) =>
  (await ownerDb().sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${table} where tenant_id = $1`, [city.tenantId]))[0]!.n;

describe('a roster compared with the register', () => {
  it('finds each kind of difference, exactly', async () => {
    const job = await uploaded(officer, 'roster', ROSTER());
    expect([job.status, job.validRows, job.errorCount]).toEqual(['validated', 5, 0]);
    const { checkId } = await officer.rosterCheck.create({ jobId: job.id, checkTitle: '十一月编制花名册', asOf: AS_OF, month: MONTH });
    expect(await differencesOf(officer, checkId)).toEqual([
      ['not_in_register', '孙老师', null, null, '一县村小', null],
      ['not_in_register', '钱老师', teachers['钱老师'], null, '一县村小', null],
      ['not_in_register', '李老师', null, null, '一县城关小学', null],
      ['not_on_roster', '赵老师', teachers['赵老师'], '一县村小', null, null],
      ['other_school', '王老师', teachers['王老师'], '一县村小', '一县城关小学', null],
      ['paid_not_on_roster', '赵老师', teachers['赵老师'], '一县村小', null, 50_000],
    ]);
    const detail = await officer.rosterCheck.get({ checkId, page: 1 });
    expect([detail.check.countyId, detail.check.rosterRows, detail.total, detail.open]).toEqual([city.ids.county1, 5, 6, 6]);
    expect(detail.byKind).toEqual({ not_in_register: 3, not_on_roster: 1, other_school: 1, paid_not_on_roster: 1 });
    const job2 = await officer.import.status({ jobId: job.id });
    expect(job2.status).toBe('done');
    expect(await refusal(officer.rosterCheck.create({ jobId: job.id, checkTitle: '再比一次', asOf: AS_OF }))).toBe(
      '导入任务：该导入当前不能执行此操作',
    );
  });

  it('without a month, compares the register only; the city compares every county', async () => {
    const job = await uploaded(admin, 'roster', ROSTER());
    const { checkId } = await admin.rosterCheck.create({ jobId: job.id, checkTitle: '全市花名册', asOf: AS_OF });
    // 李老师 is in post at 二县中学 in the city's register: the roster has her at another school.
    expect((await differencesOf(admin, checkId)).map(([kind, name]) => `${kind} ${name}`)).toEqual([
      'not_in_register 孙老师',
      'not_in_register 钱老师',
      'not_on_roster 赵老师',
      'other_school 王老师',
      'other_school 李老师',
    ]);
  });

  it('refuses a roster with bad rows, naming each, and compares nothing', async () => {
    const job = await uploaded(officer, 'roster', [
      { idNumber: '220802199003010011', name: '错号码', unit: 'S1' },
      { idNumber: TEACHER3_ID, name: '王老师', unit: '不存在的学校' },
      { idNumber: TEACHER4_ID, name: '赵老师', unit: 'S2' },
      { idNumber: TEACHER1_ID, name: '张老师', unit: 'S1' },
      { idNumber: TEACHER1_ID, name: '张老师', unit: 'S1' },
    ]);
    expect(job.errors.map((e) => `${e.row} ${e.column} ${e.reason}`)).toEqual([
      '2 身份证号 校验码不正确',
      '3 单位 找不到这个单位：请填写本市学校的学校代码或全称',
      '4 单位 该学校不在您的管辖范围内',
      '5 身份证号 文件中重复（第 5、6 行）',
      '6 身份证号 文件中重复（第 5、6 行）',
    ]);
    const checks = await count('roster_check');
    expect(await refusal(officer.rosterCheck.create({ jobId: job.id, checkTitle: '坏名册', asOf: AS_OF }))).toBe(
      '导入任务：花名册有未通过校验的行，不能比对',
    );
    expect(await refusal(officer.import.commit({ jobId: job.id }))).toBe('导入任务：花名册只用于核查比对，不导入台账');
    expect(await count('roster_check')).toBe(checks);
    expect((await officer.import.status({ jobId: job.id })).status).toBe('validated');
  });
});

describe('a difference', () => {
  let checkId: string;
  let rows: Awaited<ReturnType<Caller['rosterCheck']['get']>>['differences']['rows'];

  beforeAll(async () => {
    const job = await uploaded(officer, 'roster', ROSTER());
    checkId = (await officer.rosterCheck.create({ jobId: job.id, checkTitle: '核查二', asOf: AS_OF, month: MONTH })).checkId;
    rows = (await officer.rosterCheck.get({ checkId, page: 1 })).differences.rows;
  });
  const of = (kind: string, name: string) => rows.find((d) => d.kind === kind && d.name === name)!;

  it('is explained with a reason, once', async () => {
    const differenceId = of('other_school', '王老师').id;
    expect(await refusal(officer.rosterCheck.explain({ differenceId, reason: ' ' }))).toBe('原因：必填');
    await officer.rosterCheck.explain({ differenceId, reason: '借调城关小学，编制在村小' });
    expect(await refusal(officer.rosterCheck.explain({ differenceId, reason: '再说明' }))).toBe('差异：这条差异已处理过');
    const detail = await officer.rosterCheck.get({ checkId, page: 1, resolution: 'explained' });
    expect(detail.differences.rows.map((d) => [d.name, d.reason])).toEqual([['王老师', '借调城关小学，编制在村小']]);
    expect(detail.open).toBe(5);
  });

  it('becomes a problem for the school or the county, which its owner then sees', async () => {
    const deadline = addDays(todayInChina(), 14);
    const paid = of('paid_not_on_roster', '赵老师');
    const { problemId } = await officer.rosterCheck.raise({ differenceId: paid.id, ownerId: city.accountIds.school1Admin, deadline });
    const problem = await city.school1Admin.caller.inspectionProblem.get({ problemId });
    expect([problem.problem.category, problem.problem.recordKind, problem.problem.recordId, problem.schoolName]).toEqual([
      '补助发放',
      'teacher',
      teachers['赵老师'],
      '一县村小',
    ]);
    expect(problem.problem.description).toBe(`赵老师 在 ${MONTH} 发放表中有发放，但不在花名册“核查二”上`);

    const stranger = of('not_in_register', '孙老师');
    const raised = await officer.rosterCheck.raise({ differenceId: stranger.id, ownerId: city.accountIds.county1Officer, deadline });
    const county = await officer.inspectionProblem.get({ problemId: raised.problemId });
    expect([county.problem.category, county.problem.recordKind, county.problem.schoolId, county.problem.countyId]).toEqual([
      '台账数据',
      'school',
      null,
      city.ids.county1,
    ]);
    expect(await refusal(officer.rosterCheck.raise({ differenceId: stranger.id, ownerId: city.accountIds.county1Officer, deadline }))).toBe(
      '差异：这条差异已处理过',
    );
    const detail = await officer.rosterCheck.get({ checkId, page: 1, resolution: 'problem' });
    expect(detail.differences.rows.map((d) => [d.name, d.problemId])).toEqual([
      ['孙老师', raised.problemId],
      ['赵老师', problemId],
    ]);
  });

  it('is refused to a wrong owner, changing nothing', async () => {
    const differenceId = of('not_on_roster', '赵老师').id;
    const problems = await count('inspection_problem');
    expect(
      await refusal(officer.rosterCheck.raise({ differenceId, ownerId: city.accountIds.teacher1, deadline: addDays(todayInChina(), 3) })),
    ).toBe('责任人：责任人须是该校的学校管理员账号');
    expect(await count('inspection_problem')).toBe(problems);
    expect((await officer.rosterCheck.get({ checkId, page: 1, resolution: 'open' })).differences.rows.map((d) => d.name)).toContain(
      '赵老师',
    );
  });

  it('is the county’s: another county and a school see no check', async () => {
    expect((await city.county2Officer.caller.rosterCheck.list()).map((c) => c.title)).toEqual([]);
    expect(await refusal(city.county2Officer.caller.rosterCheck.get({ checkId, page: 1 }))).toBe('找不到该记录，或您无权查看');
    expect(await refusal(city.school1Admin.caller.rosterCheck.list())).toBe('您没有执行此操作的权限');
    expect((await officer.rosterCheck.list()).map((c) => [c.title, c.differences, c.open])).toEqual([
      ['核查二', 6, 3],
      ['十一月编制花名册', 6, 6],
    ]);
    expect((await admin.rosterCheck.list()).map((c) => c.countyName)).toEqual(['一县', null, '一县']);
  });
});
