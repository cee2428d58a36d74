import { describeError } from '@tongxing/api';
import { schema, withTenant } from '@tongxing/db';
import { publishBaichengRule } from '../support/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { appDb, closeDbs, ownerDb } from '../support/db';

afterAll(closeDbs);

let city: City;
let typeId: string;

beforeAll(async () => {
  city = await makeCity('sheet');
  const api = city.admin.caller;
  typeId = await publishBaichengRule(api);
});

describe('the monthly sheet', () => {
  it('runs a county’s month from the register, and running again changes nothing', async () => {
    const officer = city.county1Officer.caller;
    const first = await officer.sheet.run({ countyId: city.ids.county1, month: '2026-03' });
    expect(first).toMatchObject({ regular: 1, adjustments: 0 });
    const lines = await officer.sheet.lines({ sheetId: first.sheet.id, page: 1 });
    expect(lines.rows.map((l) => [l.teacherName, l.amountFen, l.kind])).toEqual([['张老师', 50_000, 'regular']]);
    const again = await officer.sheet.run({ countyId: city.ids.county1, month: '2026-03' });
    expect(again.sheet.id).toBe(first.sheet.id);
    expect((await officer.sheet.lines({ sheetId: first.sheet.id, page: 1 })).rows.map((l) => [l.teacherName, l.amountFen])).toEqual([
      ['张老师', 50_000],
    ]);
    const [n] = await ownerDb().sql<
      { n: number }[]
    >`select count(*)::int as n from allowance_line where tenant_id = ${city.tenantId} and month = '2026-03'`;
    expect(n!.n).toBe(1);
  });

  it('lets the database hold at most one line per person, type and month', async () => {
    const [sheet] = await ownerDb().sql<
      { id: string }[]
    >`select id from allowance_sheet where tenant_id = ${city.tenantId} and month = '2026-03'`;
    const duplicate = withTenant(appDb().db, { tenantId: city.tenantId }, (tx) =>
      tx.insert(schema.allowanceLine).values({
        tenantId: city.tenantId,
        sheetId: sheet!.id,
        teacherId: city.ids.teacher1,
        allowanceTypeId: typeId,
        kind: 'regular',
        month: '2026-03',
        amountFen: 1,
        segments: [],
      }),
    );
    await expect(duplicate).rejects.toMatchObject({ cause: { message: expect.stringMatching(/allowance_line_one_regular_per_month/) } });
  });

  it('goes from the county to the city: submit, approve — and a school administrator cannot approve', async () => {
    const [row] = (await city.county1Officer.caller.sheet.overview({ month: '2026-03' })).filter((r) => r.sheetId);
    expect(row).toMatchObject({ countyName: '一县', state: 'draft', lines: 1, totalFen: 50_000 });
    await expect(city.county2Officer.caller.sheet.lines({ sheetId: row!.sheetId!, page: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(city.school1Admin.caller.sheet.approve({ sheetId: row!.sheetId! })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const early = await city.admin.caller.sheet.approve({ sheetId: row!.sheetId! }).catch((e: unknown) => e);
    expect(describeError(early, 'zh').message).toBe('发放表：发放表当前状态（draft）不允许此操作');
    await city.county1Officer.caller.sheet.submit({ sheetId: row!.sheetId! });
    await city.admin.caller.sheet.return({ sheetId: row!.sheetId!, comment: '请核对张老师的编制' });
    await city.county1Officer.caller.sheet.run({ countyId: city.ids.county1, month: '2026-03' });
    await city.county1Officer.caller.sheet.submit({ sheetId: row!.sheetId! });
    const approved = await city.admin.caller.sheet.approveMany({ month: '2026-03', countyIds: [city.ids.county1] });
    expect(approved.map((s) => s.state)).toEqual(['approved']);
  });

  it('locks an approved month: no rerun, no edit of its lines', async () => {
    const rerun = await city.county1Officer.caller.sheet.run({ countyId: city.ids.county1, month: '2026-03' }).catch((e: unknown) => e);
    expect(describeError(rerun, 'zh').message).toBe('月份：该月发放表已提交或已审批，不能重新计算');
    await expect(
      ownerDb().sql`update allowance_line set amount_fen = 1 where tenant_id = ${city.tenantId} and month = '2026-03'`,
    ).rejects.toThrow(/never edited/);
  });

  it('turns a backdated change to a locked month into an adjustment in the next open month', async () => {
    // sick leave from 16 March, recorded after March was approved: 500 × 15 ÷ 31 = 241.94 was due, 500.00 was paid
    await city.admin.caller.teacher.changePost({ teacherId: city.ids.teacher1, date: '2026-03-16', status: '病假' });
    await city.admin.caller.teacher.changePost({ teacherId: city.ids.teacher1, date: '2026-04-01', status: '在岗' });
    const april = await city.county1Officer.caller.sheet.run({ countyId: city.ids.county1, month: '2026-04' });
    expect(april).toMatchObject({ regular: 1, adjustments: 1 });
    const lines = await city.teacher1.caller.sheet.teacherLines({ teacherId: city.ids.teacher1, month: '2026-04' });
    expect(lines.map((l) => [l.kind, l.month, l.amountFen, l.approvedFen, l.recomputedFen])).toEqual([
      ['adjustment', '2026-03', -25_806, 50_000, 24_194],
      ['regular', '2026-04', 50_000, null, null],
    ]);
  });
});
