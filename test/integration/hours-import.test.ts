import { templateWorkbook } from '@tongxing/api/register/excel/template';
import { COLUMNS, header } from '@tongxing/api/register/import/columns';
import { syntheticIdNumber } from '@tongxing/db/seed/generate';
import { todayInChina } from '@tongxing/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { makeCity, TEACHER1_ID, TEACHER2_ID, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { committed, settled, uploaded, type ImportCells } from '../support/import';

afterAll(closeDbs);

let city: City;
beforeAll(async () => {
  city = await makeCity('hours-imp');
});

const TOMORROW = new Date(Date.parse(`${todayInChina()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const SKIPPED = '该证书已记入学时台账，已跳过';

let sequence = 0;
/** A completed training of 张老师 (county 1) as a platform exports it: a fresh certificate number each call. */
function record(extra: ImportCells = {}): ImportCells {
  sequence += 1;
  return {
    certificateNo: `GP2026-${String(sequence).padStart(6, '0')}`,
    idNumber: TEACHER1_ID,
    name: '张老师',
    title: '国培计划——乡村教师信息技术应用能力提升',
    level: '国培',
    hours: '40',
    completedOn: '2025-07-15',
    ...extra,
  };
}
/** The same for 李老师 (county 2). */
const otherCounty = (extra: ImportCells = {}) => record({ idNumber: TEACHER2_ID, name: '李老师', ...extra });

/** The city's ledger, as the owner reads it. */
async function ledger() {
  return ownerDb().sql<
    {
      certificate_no: string;
      teacher_id: string;
      hours: number;
      level: string;
      title: string;
      completed_on: string;
      source: string;
      created_by: string;
    }[]
  >`select certificate_no, teacher_id, hours, level, title, completed_on::text, source, created_by
    from training_hours_entry where tenant_id = ${city.tenantId} order by certificate_no`;
}

async function userId(username: string): Promise<string> {
  const [row] = await ownerDb().sql<
    { id: string }[]
  >`select id from app_user where tenant_id = ${city.tenantId} and username = ${username}`;
  return row!.id;
}

const hoursFile = (caller: Caller, rows: ImportCells[]) => uploaded(caller, 'hours', rows, 'hours.xlsx');

describe('the problem report of an hours file', () => {
  it('names each kind of problem exactly, keeps the valid rows, and writes nothing until imported', async () => {
    const api = city.admin.caller;
    const twin = record();
    const stranger = syntheticIdNumber('220802', '1990-05-17', 901, '女');
    const before = await ledger();
    const job = await hoursFile(api, [
      record(), // row 2: valid
      record({ idNumber: '220802198503150014' }), // 3: check digit
      record({ idNumber: stranger, name: '陌生人' }), // 4: nobody of the register
      record({ name: '张三' }), // 5: another name than the register's
      record({ level: '部培' }), // 6: not a level of the city
      record({ hours: '0' }), // 7
      record({ hours: '12.5' }), // 8
      record({ hours: '四十' }), // 9
      record({ hours: '2001' }), // 10
      record({ completedOn: TOMORROW }), // 11
      record({ completedOn: '2026-02-30' }), // 12
      twin, // 13 and 14: one certificate twice
      { ...record(), certificateNo: twin.certificateNo! },
      record({ title: '', level: '' }), // 15: required cells left empty
    ]);
    expect(job).toMatchObject({ status: 'validated', kind: 'hours', totalRows: 14, validRows: 1, skippedCount: 0, skipped: [] });
    expect(job.errors).toEqual([
      { row: 3, column: '身份证号', reason: '校验码不正确' },
      { row: 4, column: '身份证号', reason: '不是您管理范围内的在册教师' },
      { row: 5, column: '姓名', reason: '姓名“张三”与台账中该身份证号的姓名“张老师”不一致' },
      { row: 6, column: '层级', reason: '不是本市的培训层级' },
      { row: 7, column: '学时', reason: '不能小于 1' },
      { row: 8, column: '学时', reason: '须为整数' },
      { row: 9, column: '学时', reason: '须为数字' },
      { row: 10, column: '学时', reason: '不能大于 2000' },
      { row: 11, column: '完成日期', reason: '不能晚于今天' },
      { row: 12, column: '完成日期', reason: '不是有效日期（格式 2026-03-01）' },
      { row: 13, column: '证书编号', reason: '文件中重复（第 13、14 行）' },
      { row: 14, column: '证书编号', reason: '文件中重复（第 13、14 行）' },
      { row: 15, column: '培训项目', reason: '必填' },
      { row: 15, column: '层级', reason: '必填' },
    ]);
    expect(job.errorCount).toBe(14);
    expect(await api.import.errors({ jobId: job.id })).toMatchObject({ kind: 'hours', skipped: [], errors: job.errors });
    expect(await ledger()).toEqual(before);

    // The user's choice is the valid rows or nothing: cancelling leaves the ledger as it was.
    await api.import.cancel({ jobId: job.id });
    await expect(api.import.commit({ jobId: job.id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await ledger()).toEqual(before);
  });

  it('has nothing to import in a file of bad rows only', async () => {
    const api = city.admin.caller;
    const before = await ledger();
    const job = await hoursFile(api, [record({ hours: '0' }), record({ level: '部培' })]);
    expect(job).toMatchObject({ status: 'validated', totalRows: 2, validRows: 0, errorCount: 2 });
    await expect(api.import.commit({ jobId: job.id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await ledger()).toEqual(before);
  });

  it('names a missing column on row 1 and reads no rows', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('hours');
    sheet.addRow(COLUMNS.hours.filter((c) => c.field !== 'certificateNo').map(header));
    sheet.addRow(['220802198503150013', '张老师', '国培', '国培', '40', '2025-07-15']);
    const { jobId } = await city.admin.caller.import.start({
      kind: 'hours',
      fileName: 'no-cert.xlsx',
      file: new Uint8Array(await book.xlsx.writeBuffer()),
    });
    const job = await settled(city.admin.caller, jobId);
    expect(job).toMatchObject({ status: 'validated', validRows: 0, errors: [{ row: 1, column: '证书编号', reason: '文件缺少此列' }] });
  });

  it('skips the template’s untouched example row, and lists the city’s levels in the template', async () => {
    const api = city.admin.caller;
    const bytes = await templateWorkbook('hours', await api.import.templateValues());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer);
    expect((book.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual([
      '证书编号',
      '身份证号',
      '姓名',
      '培训项目',
      '层级',
      '学时',
      '完成日期',
    ]);
    const levels = (book.worksheets[1]!.getColumn(1).values as unknown[]).slice(1);
    expect(levels).toEqual(['层级', '国培', '省培', '市培', '县培', '校本', '东西部协作']);
    const { jobId } = await api.import.start({ kind: 'hours', fileName: 'template.xlsx', file: bytes });
    expect(await settled(api, jobId)).toMatchObject({ status: 'validated', totalRows: 0, validRows: 0, errorCount: 0 });
  });
});

describe('importing hours', () => {
  it('appends the valid rows to the ledger; the same file again imports nothing and lists its certificates as skipped', async () => {
    const api = city.admin.caller;
    const rows = [
      record({ hours: '50' }),
      record({ level: '省培', completedOn: '2025-11-30' }),
      otherCounty({ hours: '24', title: '省级骨干教师研修' }),
    ];
    const before = await ledger();
    const first = await hoursFile(api, rows);
    expect(first).toMatchObject({ status: 'validated', validRows: 3, errorCount: 0, skippedCount: 0 });
    expect(await committed(api, first.id)).toMatchObject({ status: 'done', processedRows: 3, validRows: 3 });

    const admin = await userId('admin');
    const added = (await ledger()).filter((e) => !before.some((b) => b.certificate_no === e.certificate_no));
    expect(added).toEqual([
      {
        certificate_no: rows[0]!.certificateNo,
        teacher_id: city.ids.teacher1,
        hours: 50,
        level: '国培',
        title: rows[0]!.title,
        completed_on: '2025-07-15',
        source: 'import',
        created_by: admin,
      },
      {
        certificate_no: rows[1]!.certificateNo,
        teacher_id: city.ids.teacher1,
        hours: 40,
        level: '省培',
        title: rows[1]!.title,
        completed_on: '2025-11-30',
        source: 'import',
        created_by: admin,
      },
      {
        certificate_no: rows[2]!.certificateNo,
        teacher_id: city.ids.teacher2,
        hours: 24,
        level: '国培',
        title: '省级骨干教师研修',
        completed_on: '2025-07-15',
        source: 'import',
        created_by: admin,
      },
    ]);
    const { entries } = await api.hours.ofTeacher({ teacherId: city.ids.teacher1 });
    expect(entries.filter((e) => e.source === 'import').map((e) => [e.certificateNo, e.hours])).toEqual(
      expect.arrayContaining([
        [rows[0]!.certificateNo, 50],
        [rows[1]!.certificateNo, 40],
      ]),
    );

    const after = await ledger();
    const again = await hoursFile(api, rows);
    expect(again).toMatchObject({ status: 'validated', totalRows: 3, validRows: 0, errorCount: 0, errors: [], skippedCount: 3 });
    expect(again.skipped).toEqual([2, 3, 4].map((row) => ({ row, column: '证书编号', reason: SKIPPED, skipped: true })));
    expect(await api.import.errors({ jobId: again.id })).toMatchObject({ errors: [], skipped: again.skipped });
    await expect(api.import.commit({ jobId: again.id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await ledger()).toEqual(after);

    // With one new record among them, only that one is imported.
    const fresh = record();
    const mixed = await hoursFile(api, [...rows, fresh]);
    expect(mixed).toMatchObject({ validRows: 1, skippedCount: 3, errorCount: 0 });
    expect(await committed(api, mixed.id)).toMatchObject({ status: 'done', validRows: 1 });
    expect((await ledger()).map((e) => e.certificate_no)).toEqual([...after.map((e) => e.certificate_no), fresh.certificateNo].sort());
  });

  it('refuses a certificate number already in another teacher’s ledger', async () => {
    const api = city.admin.caller;
    const mine = record();
    const first = await hoursFile(api, [mine]);
    await committed(api, first.id);
    const job = await hoursFile(api, [otherCounty({ certificateNo: mine.certificateNo! })]);
    expect(job).toMatchObject({ validRows: 0, skippedCount: 0 });
    expect(job.errors).toEqual([{ row: 2, column: '证书编号', reason: '该证书编号已记入另一位教师的学时台账' }]);
  });

  it('skips, and lists, a certificate recorded between the check and the import', async () => {
    const api = city.admin.caller;
    const [early, late] = [record(), record()];
    const job = await hoursFile(api, [early, late]);
    expect(job).toMatchObject({ validRows: 2, skippedCount: 0 });
    await api.hours.addManual({
      teacherId: city.ids.teacher1,
      hours: 40,
      level: '国培',
      name: late.title!,
      completedOn: late.completedOn!,
      certificateNo: late.certificateNo!,
      note: '证书复印件',
    });
    const done = await committed(api, job.id);
    expect(done).toMatchObject({
      status: 'done',
      validRows: 1,
      skippedCount: 1,
      skipped: [{ row: 3, column: '证书编号', reason: SKIPPED }],
    });
    const entries = (await ledger()).filter((e) => e.certificate_no === early.certificateNo || e.certificate_no === late.certificateNo);
    expect(entries.map((e) => [e.certificate_no, e.source])).toEqual([
      [early.certificateNo, 'import'],
      [late.certificateNo, 'manual'],
    ]);
  });
});

describe('a reversed certificate', () => {
  it('frees its number: the corrected record imports again, while a standing number is refused everywhere', async () => {
    const api = city.admin.caller;
    const wrong = record({ hours: '80' });
    await committed(api, (await hoursFile(api, [wrong])).id);
    const entryOf = async () =>
      (await api.hours.ofTeacher({ teacherId: city.ids.teacher1 })).entries.filter((e) => e.certificateNo === wrong.certificateNo);
    const [original] = await entryOf();
    const manual = {
      teacherId: city.ids.teacher1,
      hours: 40,
      level: '国培',
      name: wrong.title!,
      completedOn: wrong.completedOn!,
      certificateNo: wrong.certificateNo!,
      note: '证书复印件',
    };
    await expect(api.hours.addManual(manual)).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    await api.hours.reverse({ entryId: original!.id, reason: '学时录错，应为 40' });
    const corrected = await hoursFile(api, [{ ...wrong, hours: '40' }]);
    expect(corrected).toMatchObject({ validRows: 1, skippedCount: 0, errorCount: 0 });
    expect(await committed(api, corrected.id)).toMatchObject({ status: 'done', validRows: 1 });
    const rowsOfNumber = (await ledger()).filter((e) => e.certificate_no === wrong.certificateNo);
    expect(rowsOfNumber.map((e) => e.hours).sort()).toEqual([40, 80]);
    const [standing] = (await entryOf()).filter((e) => !e.reversed && e.hours > 0);
    expect(standing).toMatchObject({ hours: 40, source: 'import' });

    // The corrected entry holds the number now: neither a manual entry nor another import can take it.
    await expect(api.hours.addManual(manual)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await hoursFile(api, [{ ...wrong, hours: '40' }])).toMatchObject({ validRows: 0, skippedCount: 1 });
    const [claims] = await ownerDb().sql<{ n: number }[]>`select count(*)::int as n from training_certificate_claim
      where tenant_id = ${city.tenantId} and certificate_no = ${wrong.certificateNo!}`;
    expect(claims!.n).toBe(1);
  });
});

describe('scopes', () => {
  it('keeps a county officer to the teachers of their county, revealing nothing of another county’s', async () => {
    const officer = city.county1Officer.caller;
    const own = record();
    const before = await ledger();
    const job = await hoursFile(officer, [own, otherCounty(), otherCounty({ name: '不是李老师' })]);
    expect(job).toMatchObject({ validRows: 1 });
    expect(job.errors).toEqual([
      { row: 3, column: '身份证号', reason: '不是您管理范围内的在册教师' },
      { row: 4, column: '身份证号', reason: '不是您管理范围内的在册教师' },
    ]);
    expect(await committed(officer, job.id)).toMatchObject({ status: 'done', validRows: 1 });
    const added = (await ledger()).filter((e) => !before.some((b) => b.certificate_no === e.certificate_no));
    expect(added.map((e) => [e.certificate_no, e.teacher_id, e.created_by])).toEqual([
      [own.certificateNo, city.ids.teacher1, await userId('officer1')],
    ]);
  });

  it('is the import permission’s: a school administrator cannot start one', async () => {
    const file = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    await expect(city.school1Admin.caller.import.start({ kind: 'hours', fileName: 'x.xlsx', file })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
