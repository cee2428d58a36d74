import { syntheticIdNumber } from '@tongxing/db/seed/generate';
import { schoolListSheet, teacherListSheet } from '@tongxing/api/register/excel/exports';
import { xlsxStream, type SheetSpec } from '@tongxing/api/register/excel/stream';
import { COLUMNS, header } from '@tongxing/api/register/import/columns';
import { SCHOOL_TYPES, translator } from '@tongxing/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, TEACHER1_ID, TEACHER2_ID, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { committed, settled, someImportJob, uploaded, type ImportCells } from '../support/import';

afterAll(closeDbs);

let city: City;
beforeAll(async () => {
  city = await makeCity('imp');
});

let sequence = 0;
/** A new person's row at a school: a fresh valid ID number each call. */
function newTeacher(schoolCode: string, name: string, extra: ImportCells = {}): ImportCells {
  const idNumber = syntheticIdNumber('220802', '1990-05-17', sequence++, sequence % 2 ? '男' : '女');
  return { idNumber, name, schoolCode, startDate: '2021-09-01', employmentType: '在编', ...extra };
}

async function counts(tenantId: string) {
  const [row] = await ownerDb().sql<{ teachers: number; posts: number; audited: number }[]>`
    select (select count(*)::int from teacher where tenant_id = ${tenantId}) as teachers,
      (select count(*)::int from post where tenant_id = ${tenantId}) as posts,
      (select count(*)::int from audit_event where tenant_id = ${tenantId} and entity in ('teacher', 'post')) as audited`;
  return row!;
}

describe('the problem report', () => {
  it('lists each rejected row with its Excel row number, column and reason, and keeps the valid rows', async () => {
    const good = newTeacher('S1', '王老师');
    const twin = newTeacher('S1', '双胞胎');
    const job = await uploaded(city.admin.caller, 'teacher', [
      good,
      { ...newTeacher('S1', '错号'), idNumber: '220802198503150014' },
      twin,
      { ...newTeacher('S1', '重复'), idNumber: twin.idNumber!.toLowerCase() },
      newTeacher('NOPE', '无校'),
      { ...newTeacher('S1', '坏手机'), phone: '12345', startDate: '2021-02-30' },
      { idNumber: TEACHER2_ID, name: '李老师', schoolCode: 'S1', startDate: '2018-01-01', employmentType: '特岗' },
    ]);
    expect(job).toMatchObject({ status: 'validated', totalRows: 7, validRows: 1 });
    expect(job.errors).toEqual([
      { row: 3, column: '身份证号', reason: '校验码不正确' },
      { row: 4, column: '身份证号', reason: '文件中重复（第 4、5 行）' },
      { row: 5, column: '身份证号', reason: '文件中重复（第 4、5 行）' },
      { row: 6, column: '学校代码', reason: '学校代码不存在或不在您的管理范围内' },
      { row: 7, column: '手机号', reason: '不是有效的手机号（11 位，以 1 开头）' },
      { row: 7, column: '任职开始日期', reason: '不是有效日期（格式 2026-03-01）' },
      { row: 8, column: '任职开始日期', reason: '须晚于当前任职开始日期 2018-09-01' },
    ]);
    expect((await city.admin.caller.import.errors({ jobId: job.id })).errors).toHaveLength(7);
  });

  it('names every problem of a row at once: a field the schema refuses and what the register refuses', async () => {
    const dup = newTeacher('S1', '同号');
    const job = await uploaded(city.admin.caller, 'teacher', [
      newTeacher('NOPE', '两处错', { phone: '12345' }),
      dup,
      { ...newTeacher('NOPE', '同号又无校'), idNumber: dup.idNumber!, bankCard: '12' },
    ]);
    expect(job).toMatchObject({ status: 'validated', totalRows: 3, validRows: 0 });
    expect(job.errors).toEqual([
      { row: 2, column: '手机号', reason: '不是有效的手机号（11 位，以 1 开头）' },
      { row: 2, column: '学校代码', reason: '学校代码不存在或不在您的管理范围内' },
      { row: 3, column: '身份证号', reason: '文件中重复（第 3、4 行）' },
      { row: 4, column: '身份证号', reason: '文件中重复（第 3、4 行）' },
      { row: 4, column: '银行卡号', reason: '应为 12–19 位数字' },
      { row: 4, column: '学校代码', reason: '学校代码不存在或不在您的管理范围内' },
    ]);
  });

  it('names every problem of a school row at once', async () => {
    const job = await uploaded(city.admin.caller, 'school', [
      { code: 'TWO', name: '两处错小学', countyCode: 'NOPE', schoolType: '大学', locationClass: '村小', terrainClass: '农村山区' },
    ]);
    expect(job.errors).toEqual([
      { row: 2, column: '县区代码', reason: '县区代码不存在或不在您的管理范围内' },
      { row: 2, column: '学校类型', reason: '须为以下之一：' + SCHOOL_TYPES.join('、') },
    ]);
  });

  it('fails a file that is not a workbook, with a reason', async () => {
    const { jobId } = await city.admin.caller.import.start({
      kind: 'teacher',
      fileName: 'x.xlsx',
      file: new TextEncoder().encode('身份证号,姓名'),
    });
    expect(await settled(city.admin.caller, jobId)).toMatchObject({
      status: 'failed',
      failure: '无法读取该文件，请上传 .xlsx 格式的 Excel 文件',
    });
  });
});

describe('importing', () => {
  it('writes new teachers with posts, moves a registered one, and changes nothing the second time', async () => {
    const api = city.admin.caller;
    const rows = [
      newTeacher('S1', '新老师甲', { roles: '班主任' }),
      newTeacher('S2', '新老师乙', { employmentType: '特岗', phone: '13912345678' }),
      { idNumber: TEACHER1_ID, name: '张老师', schoolCode: 'S2', startDate: '2026-03-01', employmentType: '在编' },
      { idNumber: TEACHER2_ID, name: '李老师', schoolCode: 'S2', startDate: '2026-03-01', employmentType: '特岗' },
    ];
    const before = await counts(city.tenantId);
    const first = await uploaded(api, 'teacher', rows);
    expect(first).toMatchObject({ status: 'validated', validRows: 4, errorCount: 0 });
    expect(await committed(api, first.id)).toMatchObject({ status: 'done', processedRows: 4 });
    const after = await counts(city.tenantId);
    expect(after.teachers - before.teachers).toBe(2);
    expect(after.posts - before.posts).toBe(3); // two first posts and the successor of 张老师's post

    const { posts } = await api.teacher.get({ teacherId: city.ids.teacher1 });
    expect(posts.map((p) => [p.schoolName, p.post.startDate, p.post.endDate])).toEqual([
      ['一县村小', '2020-09-01', '2026-03-01'],
      ['二县中学', '2026-03-01', null],
    ]);
    const added = await api.teacher.list({ page: 1, search: rows[1]!.idNumber });
    expect(added.rows).toMatchObject([{ name: '新老师乙', phone: '13912345678', schoolName: '二县中学' }]);

    const again = await uploaded(api, 'teacher', rows);
    expect(await committed(api, again.id)).toMatchObject({ status: 'done' });
    expect(await counts(city.tenantId)).toEqual(after);
  });

  it('is all or nothing: a row that can no longer be applied leaves nothing of the file', async () => {
    const api = city.admin.caller;
    const mover = await api.teacher.create({
      idNumber: syntheticIdNumber('220802', '1988-01-02', 7, '男'),
      name: '将调动',
      schoolId: city.ids.school1,
      startDate: '2019-09-01',
      employmentType: '在编',
    });
    const newcomer = newTeacher('S1', '不应写入');
    const job = await uploaded(api, 'teacher', [
      newcomer,
      { idNumber: mover.idNumber, name: '将调动', schoolCode: 'S2', startDate: '2026-05-01', employmentType: '在编' },
    ]);
    expect(job).toMatchObject({ status: 'validated', validRows: 2 });
    // After the check, the teacher's post changes from a later day: the file's move can no longer be applied.
    await api.teacher.changePost({ teacherId: mover.id, date: '2026-06-01', status: '病假' });
    const before = await counts(city.tenantId);
    expect(await committed(api, job.id)).toMatchObject({
      status: 'failed',
      failure: '校验之后数据已有变化，未写入任何数据，请重新上传该文件',
    });
    expect(await counts(city.tenantId)).toEqual(before);
    expect((await api.teacher.list({ page: 1, search: newcomer.idNumber })).total).toBe(0);
  });

  it('imports schools by code: new ones added, registered ones updated, the same file twice changes nothing', async () => {
    const api = city.admin.caller;
    const rows: ImportCells[] = [
      {
        code: 'IMP-S9',
        name: '导入新校',
        countyCode: 'C1',
        schoolType: '小学',
        locationClass: '乡镇',
        terrainClass: '农村川区',
        address: '某镇',
      },
      { code: 'S1', name: '一县村小（更名）', countyCode: 'C1', schoolType: '小学', locationClass: '村小', terrainClass: '农村山区' },
      { code: 'S2', name: '冒名', countyCode: 'C1', schoolType: '小学', locationClass: '村小', terrainClass: '农村山区' },
      { code: 'IMP-S10', name: '怪类', countyCode: 'C1', schoolType: '小学', locationClass: '火星', terrainClass: '农村山区' },
    ];
    const job = await uploaded(api, 'school', rows);
    expect(job.errors).toEqual([
      { row: 4, column: '学校代码', reason: '该学校代码已被其他县区的学校使用' },
      { row: 5, column: '地域类别', reason: '不是本市使用的地域类别' },
    ]);
    expect(await committed(api, job.id)).toMatchObject({ status: 'done', validRows: 2 });
    const schools = await api.school.list({ page: 1, countyId: city.ids.county1 });
    expect(schools.rows.map((s) => [s.code, s.name])).toEqual(
      expect.arrayContaining([
        ['IMP-S9', '导入新校'],
        ['S1', '一县村小（更名）'],
      ]),
    );
    const [audit] = await ownerDb().sql<
      { n: number }[]
    >`select count(*)::int as n from audit_event where tenant_id = ${city.tenantId} and entity = 'school'`;
    const again = await uploaded(api, 'school', rows);
    await committed(api, again.id);
    const [auditAgain] = await ownerDb().sql<
      { n: number }[]
    >`select count(*)::int as n from audit_event where tenant_id = ${city.tenantId} and entity = 'school'`;
    expect(auditAgain!.n).toBe(audit!.n);
  });

  it('cancels a checked job: nothing is written and it cannot be imported afterwards', async () => {
    const api = city.admin.caller;
    const row = newTeacher('S1', '放弃的');
    const job = await uploaded(api, 'teacher', [row]);
    await api.import.cancel({ jobId: job.id });
    expect(await api.import.status({ jobId: job.id })).toMatchObject({ status: 'cancelled' });
    await expect(api.import.commit({ jobId: job.id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await api.teacher.list({ page: 1, search: row.idNumber })).total).toBe(0);
    expect((await api.import.list()).map((j) => j.id)).toContain(job.id);
  });
});

describe('scopes', () => {
  it('keeps a county officer to their county’s schools and teachers', async () => {
    const officer = city.county1Officer.caller;
    const job = await uploaded(officer, 'teacher', [
      newTeacher('S1', '本县新人'),
      newTeacher('S2', '越界'),
      { idNumber: TEACHER2_ID, name: '李老师', schoolCode: 'S1', startDate: '2027-01-01', employmentType: '特岗' },
    ]);
    expect(job.errors).toEqual([
      { row: 3, column: '学校代码', reason: '学校代码不存在或不在您的管理范围内' },
      { row: 4, column: '身份证号', reason: '该身份证号已登记' },
    ]);
    const schools = await uploaded(officer, 'school', [
      { code: 'IMP-C2', name: '外县学校', countyCode: 'C2', schoolType: '小学', locationClass: '村小', terrainClass: '农村山区' },
    ]);
    expect(schools.errors).toEqual([{ row: 2, column: '县区代码', reason: '县区代码不存在或不在您的管理范围内' }]);
    const values = await officer.import.templateValues();
    expect(values.schools.map((s) => s.code)).not.toContain('S2');
    expect(values.counties.map((c) => c.code)).toEqual(['C1']);
  });

  it('shows a job to its uploader only: anyone else, in the tenant or not, gets NOT_FOUND', async () => {
    const job = await uploaded(city.county1Officer.caller, 'teacher', [newTeacher('S1', '私有')]);
    const other = await makeCity('imp-other');
    for (const outsider of [city.admin.caller, city.county2Officer.caller, other.admin.caller]) {
      for (const call of [outsider.import.status, outsider.import.errors, outsider.import.commit, outsider.import.cancel]) {
        await expect(call({ jobId: job.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
      expect((await outsider.import.list()).map((j) => j.id)).not.toContain(job.id);
    }
    await expect(city.school1Admin.caller.import.status({ jobId: job.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await city.county1Officer.caller.import.status({ jobId: job.id })).toMatchObject({ status: 'validated' });
  });
});

describe('exports', () => {
  it('gives the list rows under the list’s own filters, and a county’s roster on a day', async () => {
    const api = city.admin.caller;
    const filtered = await api.export.teachers({ search: '张老师' });
    expect(filtered.map((r) => r.idNumber)).toEqual([TEACHER1_ID]);
    const roster = await api.export.roster({ countyId: city.ids.county1, asOf: '2021-01-01' });
    expect(roster.rows.map((r) => [r.schoolCode, r.name])).toEqual(expect.arrayContaining([['S1', '张老师']]));
    expect(roster.rows.every((r) => r.countyName === '一县')).toBe(true);
    await expect(city.county2Officer.caller.export.roster({ countyId: city.ids.county1, asOf: '2021-01-01' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await city.county2Officer.caller.export.schools({})).map((s) => s.code)).toEqual(['S2']);
  });
});

describe('export → edit → re-import', () => {
  /** The workbook the export page sends, as bytes. */
  async function exported(sheet: SheetSpec): Promise<ExcelJS.Workbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await new Response(xlsxStream([sheet])).arrayBuffer());
    return book;
  }
  const snapshot = (tenantId: string) => ownerDb().sql<Record<string, unknown>[]>`
    select t.id_number, t.name, t.phone, t.education, t.title, t.bank_card, t.school_id,
      (select json_agg(json_build_array(p.school_id, p.start_date, p.end_date, p.employment_type, p.status, p.roles) order by p.start_date)
        from post p where p.tenant_id = t.tenant_id and p.teacher_id = t.id) as posts
    from teacher t where t.tenant_id = ${tenantId} order by t.id_number`;

  it('a school’s teacher export has the template’s columns and imports back: one changed phone is the only change', async () => {
    const api = city.admin.caller;
    const t = translator('zh');
    const book = await exported(teacherListSheet(t, await api.export.teachers({ schoolId: city.ids.school1 })));
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, COLUMNS.teacher.length)).toEqual(COLUMNS.teacher.map(header));
    const idColumn = headers.indexOf('身份证号') + 1;
    const phoneColumn = headers.indexOf('手机号') + 1;
    expect(sheet.rowCount).toBeGreaterThanOrEqual(2);
    const target = sheet.getRow(2);
    const changedId = target.getCell(idColumn).value;
    target.getCell(phoneColumn).value = '13912345678';
    const before = await snapshot(city.tenantId);

    const { jobId } = await api.import.start({
      kind: 'teacher',
      fileName: 'export.xlsx',
      file: new Uint8Array(await book.xlsx.writeBuffer()),
    });
    const job = await settled(api, jobId);
    expect(job.errors).toEqual([]);
    expect(job).toMatchObject({ status: 'validated', totalRows: sheet.rowCount - 1, validRows: sheet.rowCount - 1 });
    expect(await committed(api, jobId)).toMatchObject({ status: 'done' });

    const after = await snapshot(city.tenantId);
    const changed = after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i]));
    expect(after).toHaveLength(before.length);
    expect(changed).toEqual([{ ...before.find((r) => r.id_number === changedId), phone: '13912345678' }]);
  });

  it('the school export imports back unchanged', async () => {
    const api = city.admin.caller;
    const book = await exported(schoolListSheet(translator('en'), await api.export.schools({})));
    const headers = (book.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, COLUMNS.school.length)).toEqual(COLUMNS.school.map(header));
    const before = await ownerDb().sql`select * from school where tenant_id = ${city.tenantId} order by code`;
    const { jobId } = await api.import.start({
      kind: 'school',
      fileName: 'schools.xlsx',
      file: new Uint8Array(await book.xlsx.writeBuffer()),
    });
    const job = await settled(api, jobId);
    expect(job.errors).toEqual([]);
    expect(job.validRows).toBe(before.length);
    await committed(api, jobId);
    expect(await ownerDb().sql`select * from school where tenant_id = ${city.tenantId} order by code`).toEqual(before);
  });
});

describe('an import interrupted by a restart', () => {
  it('ends as failed once it has been silent too long, with nothing written', async () => {
    const city = await makeCity('imp-stuck');
    const jobId = await someImportJob(city.admin.caller);
    // backdate the last progress (the updated_at trigger would stamp now())
    await ownerDb().sql.begin(async (sql) => {
      await sql`alter table import_job disable trigger touch_updated_at`;
      await sql`update import_job set status = 'importing', updated_at = now() - interval '11 minutes' where id = ${jobId}`;
      await sql`alter table import_job enable trigger touch_updated_at`;
    });
    const job = await city.admin.caller.import.status({ jobId });
    expect(job.status).toBe('failed');
    expect(job.failure).toBe('导入因服务器重启而中断，未写入任何数据，请重新上传该文件');
  });
});

describe('the quality board after an import', () => {
  it('lists the ID numbers a teacher import refused, with the file, row and reason', async () => {
    const city = await makeCity('imp-quality');
    await uploaded(
      city.admin.caller,
      'teacher',
      [{ idNumber: '220802198503150014', name: '错号', schoolCode: 'S1', startDate: '2024-09-01', employmentType: '在编' }],
      '错号.xlsx',
    );
    const board = await city.admin.caller.quality.board();
    expect(board.importIdNumbers.rows).toEqual([
      expect.objectContaining({ fileName: '错号.xlsx', uploader: '市管理员', row: 2, reason: expect.stringContaining('校验码') }),
    ]);
    expect((await city.county2Officer.caller.quality.board()).importIdNumbers.total).toBe(0);
  });
});
