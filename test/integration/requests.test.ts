import { describeError } from '@tongxing/api';
import { schema } from '@tongxing/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';

afterAll(closeDbs);

let city: City;
beforeAll(async () => {
  city = await makeCity('req');
});

describe('a school administrator proposes, the county decides', () => {
  it('applies an approved leave through the post rules', async () => {
    const request = await city.school1Admin.caller.request.propose({
      teacherId: city.ids.teacher1,
      date: '2026-10-01',
      status: '产假',
      note: '预产期 10 月',
    });
    expect(request.state).toBe('pending');
    expect((await city.county1Officer.caller.request.list({ state: 'pending' })).map((r) => r.teacherName)).toEqual(['张老师']);
    expect(await city.county2Officer.caller.request.list({})).toEqual([]);
    await city.county1Officer.caller.request.decide({ requestId: request.id, approve: true });
    const { posts } = await city.admin.caller.teacher.get({ teacherId: city.ids.teacher1 });
    expect(posts.map((p) => [p.post.startDate, p.post.endDate, p.post.status])).toEqual([
      ['2020-09-01', '2026-10-01', '在岗'],
      ['2026-10-01', null, '产假'],
    ]);
    const again = await city.county1Officer.caller.request
      .decide({ requestId: request.id, approve: false, comment: '重复' })
      .catch((e: unknown) => e);
    expect(describeError(again, 'zh').message).toBe('申请：该申请已处理');
  });

  it('leaves a move out of the county to the city, and records a rejection', async () => {
    const move = await city.school1Admin.caller.request.propose({
      teacherId: city.ids.teacher1,
      date: '2026-11-01',
      toSchoolId: city.ids.school2,
    });
    await expect(city.county1Officer.caller.request.decide({ requestId: move.id, approve: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const rejected = await city.admin.caller.request.decide({ requestId: move.id, approve: false, comment: '编制已满' });
    expect(rejected).toMatchObject({ state: 'rejected', decisionComment: '编制已满' });
    expect((await city.admin.caller.teacher.get({ teacherId: city.ids.teacher1 })).schoolId).toBe(city.ids.school1);
  });

  it('refuses a proposal with no change, or for another school’s staff', async () => {
    const empty = await city.school1Admin.caller.request
      .propose({ teacherId: city.ids.teacher1, date: '2026-12-01' })
      .catch((e: unknown) => e);
    expect(describeError(empty, 'zh').message).toBe('日期：请至少填写一项变更');
    await expect(
      city.school1Admin.caller.request.propose({ teacherId: city.ids.teacher2, date: '2026-12-01', status: '病假' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      city.county1Officer.caller.request.propose({ teacherId: city.ids.teacher1, date: '2026-12-01', status: '病假' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('returning and withdrawing', () => {
  it('refuses a return without a comment, naming the field, and changes nothing', async () => {
    const request = await city.school1Admin.caller.request.propose({ teacherId: city.ids.teacher1, date: '2026-12-01', status: '病假' });
    const bare = await city.county1Officer.caller.request.decide({ requestId: request.id, approve: false }).catch((e: unknown) => e);
    expect(describeError(bare, 'zh').message).toBe('意见：退回时须写明原因');
    expect(describeError(bare, 'en').message).toBe('Comment: say why it is returned');
    expect((await city.county1Officer.caller.request.list({ state: 'pending' })).map((r) => r.id)).toContain(request.id);
    await city.county1Officer.caller.request.decide({ requestId: request.id, approve: false, comment: '请附病假证明' });
  });

  it('lets the proposer withdraw their own pending request, once, and records it', async () => {
    const request = await city.school1Admin.caller.request.propose({ teacherId: city.ids.teacher1, date: '2026-12-02', status: '事假' });
    await expect(city.county1Officer.caller.request.withdraw({ requestId: request.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const withdrawn = await city.school1Admin.caller.request.withdraw({ requestId: request.id });
    expect(withdrawn).toMatchObject({ state: 'withdrawn', decidedBy: city.accountIds.school1Admin });
    expect((await city.school1Admin.caller.request.list({ state: 'withdrawn' })).map((r) => r.id)).toEqual([request.id]);
    expect((await city.county1Officer.caller.request.list({ state: 'pending' })).map((r) => r.id)).not.toContain(request.id);

    const twice = await city.school1Admin.caller.request.withdraw({ requestId: request.id }).catch((e: unknown) => e);
    expect(describeError(twice, 'zh').message).toBe('申请：该申请已处理');
    const decided = await city.county1Officer.caller.request.decide({ requestId: request.id, approve: true }).catch((e: unknown) => e);
    expect(describeError(decided, 'zh').message).toBe('申请：该申请已处理');

    const audit = ownerDb().db.select({
      action: schema.auditEvent.action,
      actor: schema.auditEvent.actorUserId,
      after: schema.auditEvent.after,
    });
    const events = await audit
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.tenantId, city.tenantId), eq(schema.auditEvent.entityId, request.id)))
      .orderBy(schema.auditEvent.id);
    expect(events.map((e) => [e.action, e.actor, (e.after as { state: string }).state])).toEqual([
      ['insert', city.accountIds.school1Admin, 'pending'],
      ['update', city.accountIds.school1Admin, 'withdrawn'],
    ]);
  });
});
