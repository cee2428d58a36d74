import { todayInChina } from '@tongxing/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { appDb, closeDbs } from '../support/db';

const today = todayInChina();
const inDays = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const due = inDays(14);

/** What the server runs when the China date changes, here for a chosen day, as the app role. */
async function refreshOn(day: string): Promise<number> {
  const [row] = await appDb().db.execute<{ moved: number }>(sql`select tongxing_refresh_teacher_schools(${day}::date) as moved`);
  return Number(row!.moved);
}

let city: City;
beforeAll(async () => {
  city = await makeCity('sched');
  // 张老师 (一县村小, county 1) is to move to 二县中学 (county 2) in two weeks.
  await city.admin.caller.teacher.changePost({ teacherId: city.ids.teacher1, date: due, schoolId: city.ids.school2 });
});
afterAll(async () => {
  await refreshOn(today); // other tests share the cluster: leave "today" as it is
  await closeDbs();
});

const scheduled = { teacherId: '', date: due, schoolName: '二县中学' };

describe('a transfer dated in two weeks', () => {
  it('leaves the teacher at the old school in the record, the list and both staff lists, marked as scheduled', async () => {
    const api = city.admin.caller;
    const record = await api.teacher.get({ teacherId: city.ids.teacher1 });
    expect(record.schoolName).toBe('一县村小');
    expect(record.scheduled).toMatchObject({ ...scheduled, teacherId: city.ids.teacher1, schoolId: city.ids.school2 });
    expect(record.posts.map((p) => [p.schoolName, p.post.startDate, p.post.endDate])).toEqual([
      ['一县村小', '2020-09-01', due],
      ['二县中学', due, null],
    ]);

    const list = await api.teacher.list({ page: 1, schoolId: city.ids.school1 });
    expect(list.rows.map((r) => [r.name, r.schoolName, r.scheduled?.date, r.scheduled?.schoolName])).toEqual([
      ['张老师', '一县村小', due, '二县中学'],
    ]);
    expect((await api.teacher.list({ page: 1, schoolId: city.ids.school2 })).rows.map((r) => r.name)).toEqual(['李老师']);

    const old = await api.school.staff({ schoolId: city.ids.school1 });
    expect(old.staff.map((s) => [s.name, s.scheduled?.date, s.scheduled?.schoolName])).toEqual([['张老师', due, '二县中学']]);
    expect(old.incoming).toEqual([]);
    const next = await api.school.staff({ schoolId: city.ids.school2 });
    expect(next.staff.map((s) => [s.name, s.scheduled])).toEqual([['李老师', null]]);
    expect(next.incoming).toEqual([{ teacherId: city.ids.teacher1, name: '张老师', date: due, fromSchoolName: '一县村小' }]);
  });

  it('keeps the teacher in the old scopes until the day comes', async () => {
    expect((await city.school1Admin.caller.teacher.get({ teacherId: city.ids.teacher1 })).schoolName).toBe('一县村小');
    expect((await city.county1Officer.caller.teacher.list({ page: 1 })).rows.map((r) => r.name)).toEqual(['张老师']);
    await expect(city.county2Officer.caller.teacher.get({ teacherId: city.ids.teacher1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await city.county2Officer.caller.teacher.list({ page: 1 })).rows.map((r) => r.name)).toEqual(['李老师']);
  });

  it('moves the teacher when the refresh runs on the due date, and not the day before', async () => {
    await refreshOn(inDays(13));
    expect((await city.admin.caller.teacher.get({ teacherId: city.ids.teacher1 })).schoolName).toBe('一县村小');

    expect(await refreshOn(due)).toBeGreaterThanOrEqual(1);
    const record = await city.admin.caller.teacher.get({ teacherId: city.ids.teacher1 });
    expect(record.schoolName).toBe('二县中学');
    expect(record.scheduled).toBeNull();
    await expect(city.school1Admin.caller.teacher.get({ teacherId: city.ids.teacher1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await city.county2Officer.caller.teacher.list({ page: 1 })).rows.map((r) => r.name).sort()).toEqual(
      ['张老师', '李老师'].sort(),
    );
  });
});
