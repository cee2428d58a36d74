import { addDays, todayInChina } from '@tongxing/domain';
import { jpeg } from '@tongxing/storage/test-files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { activate, makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { refusal } from '../support/refusal';

afterAll(closeDbs);

/**
 * The city inspects 一县 and its 一县村小: a problem for the school (owner: its administrator) and one for
 * the county itself (owner: its officer). 二县中学's administrator and 二县's officer stand outside.
 */
let city: City;
let admin: Caller;
let officer: Caller;
let school: Caller;
let otherSchool: Caller;
let visitId: string;
let photo: Buffer;
const today = todayInChina();

beforeAll(async () => {
  city = await makeCity('inspect');
  admin = city.admin.caller;
  officer = city.county1Officer.caller;
  school = city.school1Admin.caller;
  const account = await admin.account.create({
    username: 'school2',
    displayName: '二县中学管理员',
    role: 'school_admin',
    schoolId: city.ids.school2,
  });
  otherSchool = (await activate(city.code, 'school2', account.oneTimePassword)).caller;
  photo = await jpeg({ width: 800, height: 600 });
  visitId = (
    await admin.inspection.create({
      visitedOn: today,
      title: '乡村教师补助发放督查',
      inspectors: '市教育局督导室 王科长、李干事',
      notes: '抽查一县村小补助台账',
      sites: [{ countyId: city.ids.county1, schoolId: city.ids.school1 }],
    })
  ).id;
});

const problem = (extra: Partial<Parameters<Caller['inspectionProblem']['create']>[0]> = {}) =>
  admin.inspectionProblem.create({
    visitId,
    description: '补助发放台账缺 9 月签字',
    category: '补助发放',
    record: { kind: 'school', id: city.ids.school1 },
    countyId: city.ids.county1,
    schoolId: city.ids.school1,
    ownerId: city.accountIds.school1Admin,
    deadline: addDays(today, 14),
    ...extra,
  });

describe('a problem found on a visit', () => {
  let problemId: string;

  it('is recorded for a unit and an owner of that unit, refused by name otherwise, writing nothing', async () => {
    const before = await ownerDb().sql<
      { n: number }[]
    >`select count(*)::int as n from inspection_problem where tenant_id = ${city.tenantId}`;
    expect(await refusal(problem({ deadline: addDays(today, -1) }))).toBe(`整改期限：整改期限不能早于今天（${today}）`);
    expect(await refusal(problem({ ownerId: city.accountIds.county1Officer }))).toBe('责任人：责任人须是该校的学校管理员账号');
    expect(await refusal(problem({ schoolId: city.ids.school2 }))).toBe('学校：学校不属于所选县区');
    expect(await refusal(problem({ record: { kind: 'teacher', id: city.tenantId } }))).toBe('记录：找不到该记录，或不在您的范围内');
    const after = await ownerDb().sql<
      { n: number }[]
    >`select count(*)::int as n from inspection_problem where tenant_id = ${city.tenantId}`;
    expect(after[0]!.n).toBe(before[0]!.n);
    problemId = (await problem()).id;
    const detail = await school.inspectionProblem.get({ problemId });
    expect([detail.problem.state, detail.schoolName, detail.ownerName, detail.overdue]).toEqual(['open', '一县村小', '村小管理员', false]);
  });

  it('is seen by its school and county, and by nobody else', async () => {
    expect((await school.inspectionProblem.list({ page: 1 })).rows.map((r) => r.id)).toEqual([problemId]);
    expect((await officer.inspectionProblem.list({ page: 1 })).rows.map((r) => r.id)).toEqual([problemId]);
    expect((await otherSchool.inspectionProblem.list({ page: 1 })).rows).toEqual([]);
    expect((await city.county2Officer.caller.inspectionProblem.list({ page: 1 })).rows).toEqual([]);
    await expect(otherSchool.inspectionProblem.get({ problemId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(city.county2Officer.caller.inspection.get({ visitId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await school.inspection.list()).map((v) => [v.title, v.problems])).toEqual([['乡村教师补助发放督查', 1]]);
    expect(await otherSchool.inspection.list()).toEqual([]);
    // The units its problems may be for, each with the accounts that may own them.
    const { units } = await admin.inspection.get({ visitId });
    expect(units.map((u) => [u.name, u.owners.map((o) => o.displayName)])).toEqual([
      ['一县 · 一县村小', ['村小管理员']],
      ['一县', ['一县人事']],
    ]);
  });

  it('goes open → submitted with evidence → returned with a comment → submitted again → closed (销号)', async () => {
    expect(await refusal(admin.inspectionProblem.close({ problemId }))).toBe('问题：问题当前为“open”，须先由责任人提交整改');
    await expect(school.inspectionProblem.rectify({ problemId, note: '已补签', files: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await school.inspectionProblem.rectify({ problemId, note: '已补签 9 月签字', files: [{ name: '签字表.jpg', bytes: photo }] });
    expect(await refusal(school.inspectionProblem.rectify({ problemId, note: '再交一次', files: [{ name: 'a.jpg', bytes: photo }] }))).toBe(
      '问题：问题当前为“submitted”，不能提交整改',
    );
    await expect(school.inspectionProblem.close({ problemId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(officer.inspectionProblem.return({ problemId, comment: '' }))).toBe('意见：必填');
    await officer.inspectionProblem.return({ problemId, comment: '签字表缺校长签名' });
    expect((await school.inspectionProblem.get({ problemId })).problem.state).toBe('open');
    await school.inspectionProblem.rectify({ problemId, note: '校长已签名', files: [{ name: '签字表2.jpg', bytes: photo }] });
    await admin.inspectionProblem.close({ problemId, comment: '已核实' });
    const detail = await school.inspectionProblem.get({ problemId });
    expect([detail.problem.state, detail.problem.closedAt !== null]).toEqual(['closed', true]);
    expect(detail.rectifications.map((r) => [r.note, r.decision, r.comment, r.files.length])).toEqual([
      ['已补签 9 月签字', 'returned', '签字表缺校长签名', 1],
      ['校长已签名', 'closed', '已核实', 1],
    ]);
    // The evidence is served to the problem's scope only.
    const fileId = detail.rectifications[0]!.files[0]!.id;
    expect((await officer.evidence.file({ fileId })).mime).toBe('image/jpeg');
    await expect(otherSchool.evidence.file({ fileId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(school.inspectionProblem.rectify({ problemId, note: '再交', files: [{ name: 'a.jpg', bytes: photo }] }))).toBe(
      '问题：问题当前为“closed”，不能提交整改',
    );
  });

  it('is overdue from the day after its deadline until closed, counted by the list and on the owner’s home page', async () => {
    const late = (await problem({ description: '特岗教师补助未按月发放' })).id;
    await ownerDb().sql`update inspection_problem set deadline = '2026-01-10' where id = ${late}`;
    const [first] = await school.home.summary();
    expect(first).toMatchObject({ key: 'problemsToRectify', count: 1, detail: { key: 'overdueProblems', params: { count: 1 } } });
    const list = await officer.inspectionProblem.list({ page: 1, overdue: true });
    expect(list.rows.map((r) => [r.description, r.deadline, r.overdue])).toEqual([['特岗教师补助未按月发放', '2026-01-10', true]]);
    expect((await officer.inspectionProblem.list({ page: 1 })).counts).toEqual({ total: 2, open: 1, submitted: 0, closed: 1, overdue: 1 });
  });

  it('of the county itself is owned by its officer, who rectifies it, and the city closes it', async () => {
    const { id } = await problem({ schoolId: undefined, ownerId: city.accountIds.county1Officer, category: '台账数据', record: undefined });
    expect((await school.inspectionProblem.list({ page: 1, category: '台账数据' })).rows).toEqual([]);
    await officer.inspectionProblem.rectify({ problemId: id, note: '已全县复核', files: [{ name: '复核.jpg', bytes: photo }] });
    expect(await refusal(officer.inspectionProblem.close({ problemId: id }))).toBe('问题：责任人不能为自己的问题销号或退回');
    await admin.inspectionProblem.close({ problemId: id });
    expect((await officer.inspectionProblem.list({ page: 1, mine: true })).rows.map((r) => [r.category, r.state])).toEqual([
      ['台账数据', 'closed'],
    ]);
  });
});

describe('the monthly report', () => {
  it('counts by county and category what was found and closed in the month and what was overdue at its end', async () => {
    const county2 = (extra: Partial<Parameters<Caller['inspectionProblem']['create']>[0]>) =>
      problem({ countyId: city.ids.county2, schoolId: undefined, record: undefined, ownerId: city.accountIds.county2Officer, ...extra });
    const late = (await county2({ description: '十月发现、十一月销号', category: '培训' })).id;
    const open = (await county2({ description: '十月发现、仍在整改', category: '培训' })).id;
    await ownerDb().sql`update inspection_problem set created_at = '2026-10-05 09:00+08', deadline = '2026-10-20', state = 'closed',
      closed_at = '2026-11-03 10:00+08' where id = ${late}`;
    await ownerDb().sql`update inspection_problem set created_at = '2026-10-10 09:00+08', deadline = '2026-12-31' where id = ${open}`;
    const october = await admin.inspectionProblem.report({ month: '2026-10' });
    expect(october.asOf).toBe('2026-10-31');
    expect(october.counties.map((c) => [c.countyName, c.found, c.closed, c.overdue])).toEqual([
      ['一县', 0, 0, 0],
      ['二县', 2, 0, 1],
    ]);
    expect(october.categories.find((c) => c.category === '培训')).toEqual({ category: '培训', found: 2, closed: 0, overdue: 1 });
    const november = await admin.inspectionProblem.report({ month: '2026-11' });
    expect(november.counties.find((c) => c.countyName === '二县')).toMatchObject({ found: 0, closed: 1, overdue: 0 });
    // A county sees its own row only, a school its own problems in its county's.
    expect((await officer.inspectionProblem.report({ month: '2026-10' })).counties.map((c) => c.countyName)).toEqual(['一县']);
    expect(await refusal(admin.inspectionProblem.report({ month: '2026-13' }))).toContain('月份');
  });
});
