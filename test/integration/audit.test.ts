import { createCaller } from '@tongxing/api';
import { login, LoginThrottle, validateSessionToken } from '@tongxing/auth';
import { maskIdNumber } from '@tongxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, operator, type City } from '../support/city';
import { appDb, closeDbs, ownerDb } from '../support/db';

afterAll(closeDbs);

const ID_NUMBER = '220802199001011237';
let city: City;
let other: City;
let teacherId: string;
let sheetId: string;
let startedAt: Date;

/** The admin of `city`, reading in English. */
async function inEnglish(token: string) {
  const session = await validateSessionToken(appDb().db, token);
  return createCaller({ db: appDb().db, session, ip: '127.0.0.1', locale: 'en', sessionCookie: { set: () => {} } });
}

beforeAll(async () => {
  [city, other] = await Promise.all([makeCity('audit'), makeCity('audit-b')]);
  startedAt = new Date();
  const admin = city.admin.caller;
  // A real sequence: create a teacher, change her phone, transfer her, approve a sheet, reset a password, fail a login.
  teacherId = (
    await admin.teacher.create({
      idNumber: ID_NUMBER,
      name: '王淑芬',
      schoolId: city.ids.school1,
      startDate: '2021-09-01',
      employmentType: '在编',
      phone: '13800000000',
    })
  ).id;
  await admin.teacher.update({ teacherId, name: '王淑芬', phone: '13911111111', subjects: [] });
  await admin.teacher.changePost({ teacherId, date: '2026-09-01', schoolId: city.ids.school2 });
  sheetId = (await city.county1Officer.caller.sheet.run({ countyId: city.ids.county1, month: '2026-03' })).sheet.id;
  await city.county1Officer.caller.sheet.submit({ sheetId });
  await admin.sheet.approve({ sheetId });
  await admin.account.resetPassword({ accountId: city.accountIds.school1Admin });
  await login(appDb().db, new LoginThrottle(), { tenantCode: city.code, username: 'officer2', password: 'wrong', ip: '10.0.0.7' });
});

describe('the audit log', () => {
  it('reads as sentences about named records, newest first, with local times', async () => {
    const { rows, total, page, pages } = await city.admin.caller.audit.list({ dateFrom: day(startedAt) });
    const texts = rows.map((r) => r.text);
    expect(texts.slice(0, 2)).toEqual(['登录失败：officer2（IP 10.0.0.7）', '市管理员 重置了 school1 的密码']);
    expect(texts).toContain('市管理员 批准了 一县 2026-03 发放表');
    expect(texts).toContain('一县人事 提交了 一县 2026-03 发放表');
    expect(texts).toContain('一县人事 生成了 一县 2026-03 发放表');
    expect(texts).toContain('市管理员 将 王淑芬 的 手机号 由 138****0000 改为 139****1111');
    expect(texts).toContain('市管理员 结束了 王淑芬 在 一县村小 的任职，自 2026-09-01 起不再任职');
    expect(texts).toContain('市管理员 登记了 王淑芬 在 二县中学 的任职，自 2026-09-01 起');
    expect(texts).toContain('市管理员 新增了教师 王淑芬');
    const created = rows.find((r) => r.text === '市管理员 新增了教师 王淑芬')!;
    expect(created.changes).toContainEqual({ field: '身份证号', after: maskIdNumber(ID_NUMBER) });
    expect(created.atText).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(created.atText).toBe(new Date(created.at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' '));
    expect(JSON.stringify(rows)).not.toContain('19900101');
    expect(JSON.stringify(rows)).not.toContain('argon2');
    expect(rows.every((r) => !/[0-9a-f]{8}-[0-9a-f]{4}-/.test(r.text + JSON.stringify(r.changes)))).toBe(true);
    expect({ page, pages }).toEqual({ page: 1, pages: Math.ceil(total / 50) });

    const english = await (
      await inEnglish(city.admin.token)
    ).audit.list({ dateFrom: day(startedAt), entity: 'allowance_sheet', action: 'update' });
    expect(english.rows.map((r) => r.text)).toEqual([
      '市管理员 approved the 一县 2026-03 allowance sheet',
      '一县人事 submitted the 一县 2026-03 allowance sheet',
      '一县人事 computed the 一县 2026-03 allowance sheet',
    ]);
  });

  it('filters by actor, action, record type, record and date', async () => {
    const caller = city.admin.caller;
    const everything = await caller.audit.list({ accountId: city.accountIds.county1Officer });
    expect(everything.rows.map((r) => r.text).slice(-2)).toEqual(['一县人事 修改了自己的密码', '一县人事 登录成功（IP 127.0.0.1）']);
    const byOfficer = await caller.audit.list({ accountId: city.accountIds.county1Officer, entity: 'allowance_sheet' });
    expect(byOfficer.rows.map((r) => r.text)).toEqual([
      '一县人事 提交了 一县 2026-03 发放表',
      '一县人事 计算了 一县 2026-03 发放表',
      '一县人事 生成了 一县 2026-03 发放表',
    ]);
    const searched = await caller.audit.list({ actor: '一县人', dateFrom: day(startedAt), entity: 'allowance_sheet' });
    expect(searched.rows.map((r) => r.id)).toEqual(byOfficer.rows.map((r) => r.id));

    const failures = await caller.audit.list({ action: 'login_failed' });
    expect(failures.rows.map((r) => r.text)).toEqual(['登录失败：officer2（IP 10.0.0.7）']);

    // A teacher as the record: her own rows and her posts', nobody else's.
    const hers = await caller.audit.list({ record: teacherId });
    expect(hers.recordName).toBe('王淑芬');
    expect(hers.rows.map((r) => r.entity).sort()).toEqual(['post', 'post', 'post', 'teacher', 'teacher', 'teacher']);
    const sheet = await caller.audit.list({ record: sheetId });
    expect(sheet.recordName).toBe('一县 2026-03 发放表');
    expect(sheet.rows).toHaveLength(4);

    expect((await caller.audit.list({ dateTo: '2000-01-01' })).rows).toEqual([]);
    expect((await caller.audit.list({ dateFrom: day(startedAt), dateTo: day(startedAt), action: 'login_failed' })).total).toBe(1);
    await expect(caller.audit.list({ dateFrom: '2026-02-30' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const exported = await caller.audit.export({ accountId: city.accountIds.county1Officer, entity: 'allowance_sheet' });
    expect(exported.map((r) => r.text)).toEqual(byOfficer.rows.map((r) => r.text));
  });

  it('gives another city’s administrator nothing of this city, and only the city administrator reads it', async () => {
    await expect(other.admin.caller.audit.list({ accountId: city.accountIds.county1Officer })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await other.admin.caller.audit.list({ record: teacherId })).rows).toEqual([]);
    expect((await other.admin.caller.audit.list({ record: sheetId })).recordName).toBeNull();
    const theirs = await other.admin.caller.audit.export({});
    expect(JSON.stringify(theirs)).not.toContain('王淑芬');
    await expect(city.county1Officer.caller.audit.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(city.county1Officer.caller.audit.export({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('gives a record’s history the same sentences', async () => {
    const history = await city.admin.caller.teacher.history({ teacherId });
    expect(history.map((h) => h.text)).toEqual([
      '市管理员 将 王淑芬 的 学校 由 一县村小 改为 二县中学',
      '市管理员 登记了 王淑芬 在 二县中学 的任职，自 2026-09-01 起',
      '市管理员 结束了 王淑芬 在 一县村小 的任职，自 2026-09-01 起不再任职',
      '市管理员 将 王淑芬 的 手机号 由 138****0000 改为 139****1111',
      '市管理员 登记了 王淑芬 在 一县村小 的任职，自 2021-09-01 起',
      '市管理员 新增了教师 王淑芬',
    ]);
    const school = await city.county1Officer.caller.school.update({
      schoolId: city.ids.school1,
      name: '一县中心村小',
      schoolType: '小学',
      locationClass: '村小',
      terrainClass: '农村山区',
    });
    expect(school.name).toBe('一县中心村小');
    const [latest] = await city.county1Officer.caller.school.history({ schoolId: city.ids.school1 });
    expect(latest!.text).toBe('一县人事 将 一县中心村小 的 名称 由 一县村小 改为 一县中心村小');
  });

  it('records logins, and the operator’s changes to cities in the platform’s own log', async () => {
    const { rows } = await city.admin.caller.audit.list({ action: 'login_succeeded' });
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.map((r) => r.text)).toContain('市管理员 登录成功（IP 127.0.0.1）');
    await (await operator()).caller.tenant.setDisabled({ tenantId: city.tenantId, disabled: false });
    const [row] = await ownerDb().sql<{ n: number }[]>`
      select count(*)::int as n from audit_event
      where tenant_id = '00000000-0000-0000-0000-000000000001' and entity = 'tenant' and entity_id = ${city.tenantId}`;
    expect(row!.n).toBe(2);
  });

  it('describes every table the audit trigger is on', async () => {
    const { AUDITED_TABLES } = await import('@tongxing/api/audit/describe');
    const triggered = await ownerDb().sql<{ table: string }[]>`
      select c.relname as table from pg_trigger g join pg_class c on c.oid = g.tgrelid
      where g.tgname = 'audit_row' and not g.tgisinternal order by 1`;
    expect(triggered.map((r) => r.table)).toEqual([...AUDITED_TABLES].sort());
  });
});

/** A moment's day in China. */
function day(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
