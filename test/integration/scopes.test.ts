import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, operator, type City } from '../support/city';
import { closeDbs } from '../support/db';

afterAll(closeDbs);

let city: City;
beforeAll(async () => {
  city = await makeCity('scope');
});

describe('scopes decide which rows a permitted user sees', () => {
  it('gives the city administrator the whole city', async () => {
    expect((await city.admin.caller.school.list({ page: 1 })).rows.map((s) => s.code)).toEqual(['S1', 'S2']);
    expect((await city.admin.caller.teacher.list({ page: 1 })).total).toBe(2);
  });

  it('gives a county officer one county', async () => {
    const api = city.county1Officer.caller;
    expect((await api.county.list({})).map((c) => c.code)).toEqual(['C1']);
    expect((await api.school.list({ page: 1 })).rows.map((s) => s.code)).toEqual(['S1']);
    expect((await api.teacher.list({ page: 1 })).rows.map((t) => t.name)).toEqual(['张老师']);
    await expect(
      api.school.create({
        countyId: city.ids.county2,
        code: 'S9',
        name: '越界学校',
        schoolType: '小学',
        locationClass: '村小',
        terrainClass: '农村山区',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const own = await api.school.create({
      countyId: city.ids.county1,
      code: 'S3',
      name: '一县新学校',
      schoolType: '小学',
      locationClass: '乡镇',
      terrainClass: '农村川区',
    });
    expect(own.countyId).toBe(city.ids.county1);
  });

  it('gives a school administrator one school, read-only for the school itself', async () => {
    const api = city.school1Admin.caller;
    expect((await api.school.list({ page: 1 })).rows.map((s) => s.code)).toEqual(['S1']);
    await expect(api.county.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      api.school.update({ schoolId: city.ids.school1, name: 'x', schoolType: '小学', locationClass: '村小', terrainClass: '农村山区' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(api.teacher.get({ teacherId: city.ids.teacher2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a teacher their own record only', async () => {
    const api = city.teacher1.caller;
    expect((await api.teacher.list({ page: 1 })).rows.map((t) => t.id)).toEqual([city.ids.teacher1]);
    expect((await api.teacher.get({ teacherId: city.ids.teacher1 })).schoolName).toBe('一县村小');
    await expect(api.school.list({ page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps the operator out of every city’s records', async () => {
    const api = (await operator()).caller;
    await expect(api.school.list({ page: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await api.tenant.list()).map((t) => t.code)).toContain(city.code);
  });

  it('refuses an account whose role lacks its scope, naming the field', async () => {
    await expect(
      city.admin.caller.account.create({ username: 'nocounty', displayName: '无县', role: 'county_officer' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('countyId'),
    });
  });
});
