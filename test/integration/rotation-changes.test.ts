import { nationalPolicy } from '@tongxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { activate, makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { refusal } from '../support/refusal';
import { idNumberOf, townSchool } from '../support/rotation';

afterAll(closeDbs);

/**
 * 一县城关小学 (县城, county 1) sends three teachers: 王 (数学, 骨干) on a 支教 to 一县村小, 钱 (语文) on a
 * 支教 across to 二县村小 (county 2), 孙 (语文) on a 走教 to 一县村小. The plan then needs the city.
 */
let city: City;
let admin: Caller;
let officer: Caller;
let town: Caller;
let village: Caller; // 一县村小
let otherVillage: Caller; // 二县村小, county 2
let otherVillageId: string;
const t = { wang: '', qian: '', sun: '' };
const YEAR = 2026;
const STINT = { startDate: '2026-09-01', endDate: '2027-07-01' };

async function schoolAdmin(username: string, schoolId: string): Promise<Caller> {
  const account = await admin.account.create({ username, displayName: username, role: 'school_admin', schoolId });
  return (await activate(city.code, username, account.oneTimePassword)).caller;
}

type PostRow = { school: string; start: string; end: string | null; primary: boolean };
const postsOf = async (teacherId: string) =>
  (
    await ownerDb().sql<PostRow[]>`
      select s.name as school, p.start_date::text as start, p.end_date::text as end, p.is_primary as primary
      from post p join school s on s.tenant_id = p.tenant_id and s.id = p.school_id where p.teacher_id = ${teacherId}
      order by p.start_date, p.is_primary desc`
  ).map((p) => [p.school, p.start, p.end, p.primary]);
const awayOf = async (teacherId: string) =>
  (
    await ownerDb().sql<{ start: string; end: string }[]>`
    select start_date::text as start, end_date::text as end from teacher_away where teacher_id = ${teacherId}`
  ).map((a) => [a.start, a.end]);

beforeAll(async () => {
  city = await makeCity('rotchange');
  admin = city.admin.caller;
  officer = city.county1Officer.caller;
  village = city.school1Admin.caller;
  const townId = await townSchool(admin, city.ids.county1);
  otherVillageId = (
    await admin.school.create({
      countyId: city.ids.county2,
      code: 'V2',
      name: '二县村小',
      schoolType: '小学',
      locationClass: '村小',
      terrainClass: '农村山区',
    })
  ).id;
  town = await schoolAdmin('town', townId);
  otherVillage = await schoolAdmin('village2', otherVillageId);
  const teacher = (name: string, sequence: number, subjects: ('数学' | '语文' | '英语')[], extra = {}) =>
    admin.teacher
      .create({
        idNumber: idNumberOf('1980-05-01', '男', sequence),
        name,
        schoolId: townId,
        startDate: '2015-09-01',
        employmentType: '在编',
        subjects,
        ...extra,
      })
      .then((r) => r.id);
  t.wang = await teacher('王数学', 1, ['数学'], { keyTeacherLevel: '县级' });
  await teacher('赵数学', 2, ['数学']);
  t.qian = await teacher('钱语文', 3, ['语文']);
  t.sun = await teacher('孙语文', 4, ['语文']);
  await teacher('周语文', 5, ['语文']);
  await teacher('李英语', 6, ['英语']);
  await admin.rotationPolicy.set({
    ...nationalPolicy(YEAR, ['城市', '县城', '乡镇', '村小', '教学点']),
    staffingFloor: { percent: 50, rounding: 'floor', keepOnlyTeacherOfSubject: true },
  });
  await village.rotationNeed.set({ year: YEAR, schoolId: city.ids.school1, subject: '数学', count: 1 });
  await village.rotationNeed.set({ year: YEAR, schoolId: city.ids.school1, subject: '语文', count: 1 });
  await otherVillage.rotationNeed.set({ year: YEAR, schoolId: otherVillageId, subject: '语文', count: 1 });
});

describe('a plan with a move into another county', () => {
  let planId: string;

  it('is checked against the other county’s need, and a move to a school there without one is named', async () => {
    const add = (teacherId: string, toSchoolId: string, subject: '数学' | '语文', form: '支教' | '走教') =>
      officer.rotationPlan.addMove({ countyId: city.ids.county1, year: YEAR, teacherId, toSchoolId, subject, form, ...STINT });
    await add(t.wang, city.ids.school1, '数学', '支教');
    const stray = await add(t.qian, city.ids.school2, '语文', '支教');
    let view = await officer.rotationPlan.get({ countyId: city.ids.county1, year: YEAR });
    expect(view.report.moves.find((m) => m.teacherId === t.qian)!.problems.map((p) => p.key)).toEqual([
      'same_standing',
      'subject_not_needed',
    ]);
    await officer.rotationPlan.removeMove({ moveId: stray.id });
    await add(t.qian, otherVillageId, '语文', '支教');
    await add(t.sun, city.ids.school1, '语文', '走教');
    view = await officer.rotationPlan.get({ countyId: city.ids.county1, year: YEAR });
    expect(view.report.moves.flatMap((m) => m.problems)).toEqual([]);
    expect(view.report.ok).toBe(true);
    planId = view.plan!.id;
  });

  it('waits for the city after the county approves, and only the city may approve it then', async () => {
    await officer.rotationPlan.submit({ planId });
    for (const moveId of (await town.rotationMove.ofSchool({ year: YEAR })).map((m) => m.id))
      await town.rotationMove.answer({ moveId, confirmed: true });
    for (const move of await village.rotationMove.ofSchool({ year: YEAR }))
      await village.rotationMove.answer({ moveId: move.id, confirmed: true });
    const across = await otherVillage.rotationMove.ofSchool({ year: YEAR });
    expect(across.map((m) => [m.teacherName, m.fromSchoolName, m.toSchoolName])).toEqual([['钱语文', '一县城关小学', '二县村小']]);
    await otherVillage.rotationMove.answer({ moveId: across[0]!.id, confirmed: true });

    expect(await officer.rotationPlan.approve({ planId })).toEqual({ state: 'awaiting_city' });
    expect(await postsOf(t.qian)).toEqual([['一县城关小学', '2015-09-01', null, true]]);
    expect(await refusal(officer.rotationPlan.approve({ planId }))).toBe('交流方案：该方案有跨县区交流，须由市级审批');
    const waiting = (await admin.home.summary()).find((item) => item.key === 'plansForCity');
    expect(waiting).toMatchObject({ count: 1 });
    expect(await admin.rotationPlan.approve({ planId })).toEqual({ state: 'approved' });
    expect(await postsOf(t.qian)).toEqual([
      ['一县城关小学', '2015-09-01', '2026-09-01', true],
      ['二县村小', '2026-09-01', '2027-07-01', true],
      ['一县城关小学', '2027-07-01', null, true],
    ]);
  });
});

describe('a change to an applied stint is a new change, never an edit', () => {
  it('a 走教 adds a secondary post and keeps the primary; ending it early shortens the secondary post', async () => {
    expect(await postsOf(t.sun)).toEqual([
      ['一县城关小学', '2015-09-01', null, true],
      ['一县村小', '2026-09-01', '2027-07-01', false],
    ]);
    const moveId = (await village.rotationMove.ofSchool({ year: YEAR })).find((m) => m.teacherId === t.sun)!.id;
    await officer.rotationMove.changeEnd({ moveId, endDate: '2027-01-16' });
    expect(await postsOf(t.sun)).toEqual([
      ['一县城关小学', '2015-09-01', null, true],
      ['一县村小', '2026-09-01', '2027-01-16', false],
    ]);
    expect(await awayOf(t.sun)).toEqual([['2026-09-01', '2027-01-16']]);
  });

  it('an extended 支教 keeps the teacher at the host school until the new end, then home with their roles', async () => {
    const moveId = (await village.rotationMove.ofSchool({ year: YEAR })).find((m) => m.teacherId === t.wang)!.id;
    await officer.rotationMove.changeEnd({ moveId, endDate: '2028-07-01' });
    expect(await postsOf(t.wang)).toEqual([
      ['一县城关小学', '2015-09-01', '2026-09-01', true],
      ['一县村小', '2026-09-01', '2027-07-01', true],
      ['一县村小', '2027-07-01', '2028-07-01', true],
      ['一县城关小学', '2028-07-01', null, true],
    ]);
    expect(await awayOf(t.wang)).toEqual([['2026-09-01', '2028-07-01']]);
    const [move] = (await admin.rotationMove.ofTeacher({ teacherId: t.wang })).map((m) => [m.startDate, m.endDate]);
    expect(move).toEqual(['2026-09-01', '2028-07-01']);
    expect(await refusal(officer.rotationMove.changeEnd({ moveId, endDate: '2028-07-01' }))).toBe('结束日期：与原结束日期相同');
  });
});
