import { describeError } from '@tongxing/api';
import { schema, withTenant } from '@tongxing/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, TEACHER1_ID, type City } from '../support/city';
import { appDb, closeDbs } from '../support/db';

afterAll(closeDbs);

let city: City;
beforeAll(async () => {
  city = await makeCity('reg');
});

describe('posts', () => {
  it('split history on a transfer and answer "as of" questions for any day', async () => {
    const api = city.admin.caller;
    const teacher = await api.teacher.create({
      idNumber: '220802199001010031',
      name: '调动老师',
      schoolId: city.ids.school1,
      startDate: '2021-09-01',
      employmentType: '在编',
    });
    await api.teacher.changePost({ teacherId: teacher.id, date: '2026-03-11', schoolId: city.ids.school2 });
    await api.teacher.changePost({ teacherId: teacher.id, date: '2026-05-01', status: '病假' });
    const { posts } = await api.teacher.get({ teacherId: teacher.id });
    expect(posts.map((p) => [p.schoolName, p.post.startDate, p.post.endDate, p.post.status])).toEqual([
      ['一县村小', '2021-09-01', '2026-03-11', '在岗'],
      ['二县中学', '2026-03-11', '2026-05-01', '在岗'],
      ['二县中学', '2026-05-01', null, '病假'],
    ]);
    const before = await api.school.staff({ schoolId: city.ids.school1, asOf: '2026-03-10' });
    const after = await api.school.staff({ schoolId: city.ids.school1, asOf: '2026-03-11' });
    expect(before.staff.map((s) => s.name)).toContain('调动老师');
    expect(after.staff.map((s) => s.name)).not.toContain('调动老师');
    expect((await api.teacher.get({ teacherId: teacher.id })).schoolId).toBe(city.ids.school2);
  });

  it('refuses a change dated on or before the current post’s start, naming the date', async () => {
    const error = await city.admin.caller.teacher
      .changePost({ teacherId: city.ids.teacher1, date: '2019-01-01', status: '病假' })
      .catch((e: unknown) => e);
    expect(describeError(error, 'zh').message).toBe('日期：该日期没有在岗记录');
  });

  it('lets exactly one of two simultaneous overlapping primary posts in, by the database', async () => {
    const insert = (schoolId: string) =>
      withTenant(appDb().db, { tenantId: city.tenantId }, (tx) =>
        tx.insert(schema.post).values({
          tenantId: city.tenantId,
          teacherId: city.ids.teacher2,
          schoolId,
          startDate: '2030-01-01',
          employmentType: '在编',
          status: '在岗',
        }),
      );
    await withTenant(appDb().db, { tenantId: city.tenantId }, (tx) =>
      tx.update(schema.post).set({ endDate: '2030-01-01' }).where(eq(schema.post.teacherId, city.ids.teacher2)),
    );
    const results = await Promise.allSettled([insert(city.ids.school1), insert(city.ids.school2)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String((failure.reason as { cause?: Error }).cause?.message)).toContain('post_one_primary_per_day');
  });
});

describe('one person, one record per tenant', () => {
  it('names the existing record to a user who may see it', async () => {
    const error = await city.admin.caller.teacher
      .create({ idNumber: TEACHER1_ID, name: '重复', schoolId: city.ids.school2, startDate: '2026-01-01', employmentType: '在编' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(describeError(error, 'zh').message).toBe('身份证号：该身份证号已登记：张老师（一县村小）');
  });

  it('says only "already registered" to a user who may not', async () => {
    const error = await city.county2Officer.caller.teacher
      .create({
        idNumber: TEACHER1_ID.toLowerCase(),
        name: '重复',
        schoolId: city.ids.school2,
        startDate: '2026-01-01',
        employmentType: '在编',
      })
      .catch((e: unknown) => e);
    expect(describeError(error, 'zh').message).toBe('身份证号：该身份证号已登记');
  });

  it('allows the same person in another tenant and reveals nothing', async () => {
    const other = await makeCity('reg-other');
    const list = await other.admin.caller.teacher.list({ page: 1, search: TEACHER1_ID });
    expect(list.rows.map((r) => r.name)).toEqual(['张老师']);
  });

  it('names an invalid ID number’s problem', async () => {
    const error = await city.admin.caller.teacher
      .create({ idNumber: '220802198503150014', name: '错号', schoolId: city.ids.school1, startDate: '2026-01-01', employmentType: '在编' })
      .catch((e: unknown) => e);
    expect(describeError(error, 'zh').fieldErrors).toEqual({ idNumber: '校验码不正确' });
  });
});

describe('register scopes', () => {
  it('lets a teacher correct their own phone number, and nothing else', async () => {
    await city.teacher1.caller.teacher.updatePhone({ teacherId: city.ids.teacher1, phone: '13912345678' });
    expect((await city.teacher1.caller.teacher.get({ teacherId: city.ids.teacher1 })).phone).toBe('13912345678');
    await expect(city.teacher1.caller.teacher.updatePhone({ teacherId: city.ids.teacher2, phone: '13912345678' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      city.teacher1.caller.teacher.changePost({ teacherId: city.ids.teacher1, date: '2026-06-01', status: '事假' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps moves with county officers and the city, inside their county', async () => {
    await expect(
      city.school1Admin.caller.teacher.changePost({ teacherId: city.ids.teacher1, date: '2026-06-01', schoolId: city.ids.school1 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      city.county1Officer.caller.teacher.changePost({ teacherId: city.ids.teacher1, date: '2026-06-01', schoolId: city.ids.school2 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows a record’s history with who changed what', async () => {
    const history = await city.admin.caller.teacher.history({ teacherId: city.ids.teacher1 });
    const phone = history.find((h) => h.entity === 'teacher' && h.action === 'update');
    expect(phone).toMatchObject({ actorName: '张老师', text: '张老师 将 张老师 的 手机号 由 — 改为 139****5678', changes: [] });
    expect(history.some((h) => h.entity === 'post' && h.action === 'insert')).toBe(true);
  });
});

describe('the quality board', () => {
  it('finds teachers with no current post and posts that ended with no successor', async () => {
    const api = city.admin.caller;
    const leaver = await api.teacher.create({
      idNumber: '220802199202020041',
      name: '离职老师',
      schoolId: city.ids.school1,
      startDate: '2020-09-01',
      employmentType: '代课/临聘',
    });
    await api.teacher.endPost({ teacherId: leaver.id, date: '2024-07-01' });
    const board = await api.quality.board();
    expect(board.noCurrentPost.rows.map((r) => r.teacher_name)).toContain('离职老师');
    expect(board.noSuccessor.rows.map((r) => r.teacher_name)).toContain('离职老师');
    expect(board.overlapping.total).toBe(0);
    const officer2 = await city.county2Officer.caller.quality.board();
    expect(officer2.noCurrentPost.rows.map((r) => r.teacher_name)).not.toContain('离职老师');
  });
});
