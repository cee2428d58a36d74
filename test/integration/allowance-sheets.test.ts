import { describeError } from '@tongxing/api';
import { bankSheet, noticePreamble, noticeSheet } from '@tongxing/api/allowance/sheet-excel';
import { xlsxStream, type SheetSpec } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import ExcelJS from 'exceljs';
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

  it('writes amounts in the bank and notice workbooks as numbers in 元, with a SUM total; a draft notice carries its mark', async () => {
    const t = translator('zh');
    const book = async (sheet: SheetSpec) => {
      const b = new ExcelJS.Workbook();
      await b.xlsx.load(await new Response(xlsxStream([sheet])).arrayBuffer());
      return b.worksheets[0]!;
    };
    const march = (await city.admin.caller.sheet.overview({ month: '2026-03' })).find((r) => r.sheetId)!;
    const bank = await city.admin.caller.sheet.exportBank({ sheetId: march.sheetId! });
    const bankSheetRead = await book(bankSheet(t, bank.rows!));
    expect(bankSheetRead.getCell('D2').value).toBe(500);
    expect(bankSheetRead.getCell('D2').numFmt).toBe('#,##0.00');
    expect(bankSheetRead.getCell('D3').value).toEqual({ formula: 'SUM(D2:D2)', result: 500 });

    const april = (await city.admin.caller.sheet.overview({ month: '2026-04' })).find((r) => r.sheetId)!;
    const notice = await city.admin.caller.sheet.exportNotice({ sheetId: april.sheetId! });
    expect(notice.head.state).toBe('draft');
    const details = { from: '2026-05-06', to: '2026-05-12', unit: '一县教育局', phone: '0436-1234567' };
    const noticeRead = await book(noticeSheet(t, notice.rows, noticePreamble(t, notice.head, details)));
    const column = (n: number) => [...Array(noticeRead.rowCount).keys()].map((i) => noticeRead.getRow(i + 1).getCell(n).value);
    expect(column(1).slice(0, 5)).toEqual([
      '一县 2026-04 补助发放公示',
      '草稿 · 未审批 · 不得张贴',
      '公示期：2026-05-06 至 2026-05-12',
      '如有异议，请在公示期内向一县教育局反映，联系电话：0436-1234567',
      '姓名',
    ]);
    // lines from row 6: the regular 500.00 and the adjustment −258.06, then the total
    expect(column(5).slice(5)).toEqual([-258.06, 500, { formula: 'SUM(E6:E7)', result: 241.94 }]);
  });
});
