import { checkCharacter } from '@tongxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, TEACHER1_ID, TEACHER2_ID, type City } from '../support/city';
import { closeDbs } from '../support/db';

afterAll(closeDbs);

const withCheck = (first17: string) => first17 + checkCharacter(first17);
/** A third teacher in county 1, at a second school there. */
const TEACHER3_ID = withCheck('22080219900101003');

let city: City;
let school3: string;
beforeAll(async () => {
  city = await makeCity('search');
  const api = city.admin.caller;
  school3 = (
    await api.school.create({
      countyId: city.ids.county1,
      code: 'S3',
      name: '一县中学',
      schoolType: '初中',
      locationClass: '乡镇',
      terrainClass: '农村川区',
    })
  ).id;
  await api.teacher.create({ idNumber: TEACHER3_ID, name: '张三', schoolId: school3, startDate: '2021-09-01', employmentType: '在编' });
});

const names = (page: { rows: { name: string }[] }) => page.rows.map((r) => r.name);
/** The names regardless of order (the database's collation orders Chinese names). */
const nameSet = (page: { rows: { name: string }[] }) => names(page).sort();

describe('the pickers search the lists, narrowed by county and school', () => {
  it('finds schools by name or code within the chosen county only', async () => {
    const api = city.admin.caller;
    expect(nameSet(await api.school.list({ page: 1, search: '中学', sort: 'name' }))).toEqual(['一县中学', '二县中学'].sort());
    expect(names(await api.school.list({ page: 1, search: '中学', countyId: city.ids.county1, sort: 'name' }))).toEqual(['一县中学']);
    expect(names(await api.school.list({ page: 1, search: 's3' }))).toEqual(['一县中学']);
    expect((await api.school.list({ page: 1, search: 'S3', countyId: city.ids.county2 })).total).toBe(0);
  });

  it('finds teachers by name, whole ID number or its last digits, within the county or school', async () => {
    const api = city.admin.caller;
    expect(nameSet(await api.teacher.list({ page: 1, search: '张' }))).toEqual(['张三', '张老师'].sort());
    expect(names(await api.teacher.list({ page: 1, search: '张', schoolId: school3 }))).toEqual(['张三']);
    expect(names(await api.teacher.list({ page: 1, search: '老师', countyId: city.ids.county2 }))).toEqual(['李老师']);
    // the whole number, then only its last six characters (with a lower-case x), then a middle part
    expect(names(await api.teacher.list({ page: 1, search: TEACHER2_ID }))).toEqual(['李老师']);
    expect(names(await api.teacher.list({ page: 1, search: TEACHER2_ID.slice(-6).toLowerCase() }))).toEqual(['李老师']);
    expect(names(await api.teacher.list({ page: 1, search: TEACHER1_ID.slice(6, 14) }))).toEqual(['张老师']);
    // both county-1 teachers share the area code 220802; the county narrows it, the school narrows further
    expect(nameSet(await api.teacher.list({ page: 1, search: '220802', countyId: city.ids.county1 }))).toEqual(['张三', '张老师'].sort());
    expect(names(await api.teacher.list({ page: 1, search: '220802', schoolId: city.ids.school1 }))).toEqual(['张老师']);
    expect((await api.teacher.list({ page: 1, search: TEACHER3_ID.slice(-4), countyId: city.ids.county2 })).total).toBe(0);
  });

  it('keeps the scope: a county officer searching another county gets NOT_FOUND, and a school search stays in the county', async () => {
    const officer = city.county1Officer.caller;
    expect(names(await officer.teacher.list({ page: 1, search: '老师' }))).toEqual(['张老师']);
    await expect(officer.teacher.list({ page: 1, search: '李', countyId: city.ids.county2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(names(await officer.school.list({ page: 1, search: '中学' }))).toEqual(['一县中学']);
  });
});

describe('list order and exports follow the page', () => {
  it('orders both ways and the export has the same rows in the same order', async () => {
    const api = city.admin.caller;
    const ascending = names(await api.teacher.list({ page: 1, sort: 'name', dir: 'asc' }));
    expect(ascending).toHaveLength(3);
    const input = { sort: 'name' as const, dir: 'desc' as const };
    const page = await api.teacher.list({ page: 1, ...input });
    expect(names(page)).toEqual([...ascending].reverse());
    expect((await api.export.teachers(input)).map((r) => r.name)).toEqual(names(page));
    expect((await api.school.list({ page: 1, sort: 'code', dir: 'desc' })).rows.map((s) => s.code)).toEqual(['S3', 'S2', 'S1']);
  });

  it('filters accounts by role and state, and exports exactly them', async () => {
    const api = city.admin.caller;
    await api.account.setDisabled({ accountId: city.accountIds.county2Officer, disabled: true });
    const active = await api.account.list({ page: 1, role: 'county_officer', state: 'active' });
    expect(active.rows.map((a) => a.username)).toEqual(['officer1']);
    const exported = await api.export.accounts({ role: 'county_officer', sort: 'username', dir: 'desc' });
    expect(exported.map((a) => a.username)).toEqual(['officer2', 'officer1']);
    expect(exported[0]).not.toHaveProperty('passwordHash');
    expect((await api.export.accounts({ state: 'disabled' })).map((a) => a.username)).toEqual(['officer2']);
    await api.account.setDisabled({ accountId: city.accountIds.county2Officer, disabled: false });
  });

  it('exports the requests of the chosen state and search', async () => {
    await city.school1Admin.caller.request.propose({ teacherId: city.ids.teacher1, date: '2026-09-01', status: '进修' });
    const api = city.county1Officer.caller;
    expect((await api.export.requests({ state: 'pending', search: '张老师' })).map((r) => r.teacherName)).toEqual(['张老师']);
    expect(await api.export.requests({ state: 'approved' })).toEqual([]);
    expect(await api.export.requests({ state: 'pending', search: '李' })).toEqual([]);
    // exports follow the read permissions
    await expect(city.teacher1.caller.export.accounts({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
