import { randomUUID } from 'node:crypto';
import { describeError } from '@tongxing/api';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { rollSheets } from '@tongxing/api/training/roll-sheet';
import { translator, type Locale } from '@tongxing/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, type Caller } from '../support/callers';
import { makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { workbookOf } from '../support/import';
import { addStudents, cohortFields, programme } from '../support/training';
import { refusal } from '../support/refusal';

afterAll(closeDbs);

let city: City;
let admin: Caller;
/** 学员1–3 of county 1's village school (as is 张老师, teacher1); 李老师 (teacher2) is county 2's. */
const students: string[] = [];

beforeAll(async () => {
  city = await makeCity('roll-imp');
  admin = city.admin.caller;
  students.push(...(await addStudents(city)));
});

const MORNING = '2026-05-11 上午';
const AFTERNOON = '2026-05-11 下午';
const DAY_TWO = '2026-05-12';
const SESSIONS = [MORNING, AFTERNOON, DAY_TWO];

/** A city cohort of the five trainees, with three sessions (the last without a name) unless told otherwise. */
async function cohortOfFive(sessions = true) {
  const p = await programme(admin, { name: '乡村教师信息技术应用', level: '市培' });
  const cohort = await admin.cohort.create({
    ...cohortFields(p.id),
    name: '第一期',
    startDate: '2026-05-11',
    endDate: '2026-05-13',
    capacity: 10,
    completionRule: { kind: 'attendance', minPercent: 80 },
  });
  const enrolmentOf: Record<string, string> = {};
  const names = ['学员1', '学员2', '学员3', '张老师', '李老师'];
  for (const [i, teacherId] of [...students, city.ids.teacher1, city.ids.teacher2].entries())
    enrolmentOf[names[i]!] = (await admin.enrolment.nominate({ cohortId: cohort.id, teacherId })).id;
  if (sessions) {
    await admin.attendance.addSession({ cohortId: cohort.id, sessionDate: '2026-05-11', name: '上午' });
    await admin.attendance.addSession({ cohortId: cohort.id, sessionDate: '2026-05-11', name: '下午' });
    await admin.attendance.addSession({ cohortId: cohort.id, sessionDate: '2026-05-12' });
  }
  return { cohortId: cohort.id, enrolmentOf };
}

/** The roll sheet as the download route writes it for the caller. */
async function downloaded(caller: Caller, cohortId: string, locale: Locale = 'zh') {
  const roll = await caller.attendance.rollSheet({ cohortId });
  const stream = xlsxStream(rollSheets(translator(locale), roll));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await new Response(stream).arrayBuffer());
  return book;
}

/** The first sheet's rows as text (the header first), empty cells as ''. */
function rowsOf(book: ExcelJS.Workbook): string[][] {
  const sheet = book.worksheets[0]!;
  const width = sheet.getRow(1).cellCount;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: width }, (_, i) => String(row.getCell(i + 1).value ?? ''))));
  return rows;
}

/** Fills the downloaded sheet: cells by trainee name, then by session header (null empties a cell). */
async function filled(book: ExcelJS.Workbook, marks: Record<string, Record<string, string | null>>) {
  const sheet = book.worksheets[0]!;
  const headers = rowsOf(book)[0]!;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    for (const [session, value] of Object.entries(marks[String(row.getCell(2).value)] ?? {}))
      row.getCell(headers.indexOf(session) + 1).value = value;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** What the database holds for the cohort: each trainee's marks by session header. */
async function recorded(cohortId: string) {
  const rows = await ownerDb().sql<{ name: string; session: string; present: boolean }[]>`
    select t.name, trim(s.session_date::text || ' ' || s.name) as session, a.present
    from training_attendance a
    join training_session s on s.tenant_id = a.tenant_id and s.id = a.session_id
    join training_enrolment e on e.tenant_id = a.tenant_id and e.id = a.enrolment_id
    join teacher t on t.tenant_id = e.tenant_id and t.id = e.teacher_id
    where a.tenant_id = ${city.tenantId} and s.cohort_id = ${cohortId}
    order by 1, 2`;
  const marks: Record<string, Record<string, boolean>> = {};
  for (const r of rows) (marks[r.name] ??= {})[r.session] = r.present;
  return marks;
}

/** Every attendance row of the cohort as text, with its audit events: what "nothing written" is checked against. */
async function attendanceFingerprint(cohortId: string) {
  const [row] = await ownerDb().sql<{ rows: string | null; events: number }[]>`
    select (select string_agg(a::text, ',' order by a.id) from training_attendance a
              join training_session s on s.tenant_id = a.tenant_id and s.id = a.session_id
             where a.tenant_id = ${city.tenantId} and s.cohort_id = ${cohortId}) as rows,
           (select count(*)::int from audit_event where tenant_id = ${city.tenantId} and entity = 'training_attendance') as events`;
  return row!;
}

const importRoll = (caller: Caller, cohortId: string, file: Uint8Array) => caller.attendance.importRoll({ cohortId, file });

describe('the roll sheet round trip', () => {
  it('lists the roll with a column per session, and imports the marks filled in, counted per session', async () => {
    const { cohortId, enrolmentOf } = await cohortOfFive();
    const book = await downloaded(admin, cohortId);
    const [headers, ...rows] = rowsOf(book);
    expect(headers).toEqual(['学员编号', '姓名', '学校', ...SESSIONS]);
    expect(book.worksheets.map((s) => s.name)).toEqual(['点名表', '填写说明']);
    expect(Object.fromEntries(rows.map((r) => [r[1], r]))).toEqual({
      学员1: [enrolmentOf['学员1'], '学员1', '一县村小', '', '', ''],
      学员2: [enrolmentOf['学员2'], '学员2', '一县村小', '', '', ''],
      学员3: [enrolmentOf['学员3'], '学员3', '一县村小', '', '', ''],
      张老师: [enrolmentOf['张老师'], '张老师', '一县村小', '', '', ''],
      李老师: [enrolmentOf['李老师'], '李老师', '二县中学', '', '', ''],
    });
    expect(rowsOf({ worksheets: [book.worksheets[1]!] } as ExcelJS.Workbook).map((r) => r[0])).toEqual([
      '填写说明',
      '记为出勤：出勤、√、1、present（英文不区分大小写）',
      '记为缺勤：缺勤、×、0、absent（英文不区分大小写）',
      '留空：不改动已记录的点名',
      '学员编号用于识别学员，请勿修改；姓名须与名单一致，学校仅供核对',
      '每个课次一列，表头为课次的日期和名称（如“2026-05-11 上午”），请勿修改；新的课次请先在系统中添加，再重新下载点名表',
      '只要文件中有一处错误，就不会写入任何点名',
    ]);

    const file = await filled(book, {
      学员1: { [MORNING]: '出勤', [AFTERNOON]: '√', [DAY_TWO]: '1' },
      学员2: { [MORNING]: '缺勤', [AFTERNOON]: '×', [DAY_TWO]: '0' },
      学员3: { [MORNING]: 'Present', [AFTERNOON]: 'ABSENT' },
      李老师: { [MORNING]: 'present', [DAY_TWO]: 'absent' },
    });
    expect(await importRoll(admin, cohortId, file)).toEqual({
      ok: true,
      sessions: [
        { sessionId: expect.any(String), sessionDate: '2026-05-11', name: '上午', present: 3, absent: 1 },
        { sessionId: expect.any(String), sessionDate: '2026-05-11', name: '下午', present: 1, absent: 2 },
        { sessionId: expect.any(String), sessionDate: '2026-05-12', name: '', present: 1, absent: 2 },
      ],
    });
    expect(await recorded(cohortId)).toEqual({
      学员1: { [MORNING]: true, [AFTERNOON]: true, [DAY_TWO]: true },
      学员2: { [MORNING]: false, [AFTERNOON]: false, [DAY_TWO]: false },
      学员3: { [MORNING]: true, [AFTERNOON]: false },
      李老师: { [MORNING]: true, [DAY_TWO]: false },
    });
    expect((await admin.attendance.sessions({ cohortId })).map((s) => [s.present, s.absent])).toEqual([
      [3, 1],
      [1, 2],
      [1, 2],
    ]);

    // Downloaded again, the sheet shows what was recorded; in English, with English headers and words.
    const again = Object.fromEntries(rowsOf(await downloaded(admin, cohortId)).map((r) => [r[1], r.slice(3)]));
    expect(again['学员3']).toEqual(['出勤', '缺勤', '']);
    const english = rowsOf(await downloaded(admin, cohortId, 'en'));
    expect(english[0]).toEqual(['Trainee no.', 'Name', 'School', ...SESSIONS]);
    expect(english.find((r) => r[1] === '李老师')!.slice(3)).toEqual(['Present', '', 'Absent']);
  });

  it('marks again to correct, leaves what an empty cell stands for unchanged, and reads an English sheet', async () => {
    const { cohortId } = await cohortOfFive();
    await importRoll(
      admin,
      cohortId,
      await filled(await downloaded(admin, cohortId), { 学员2: { [MORNING]: '缺勤', [AFTERNOON]: '出勤' } }),
    );
    const before = await attendanceFingerprint(cohortId);

    // The English sheet as downloaded shows 学员2's marks; emptied, they stay as recorded; 学员1 is marked for the first time.
    const file = await filled(await downloaded(admin, cohortId, 'en'), {
      学员2: { [MORNING]: 'present', [AFTERNOON]: null },
      学员1: { [DAY_TWO]: '×' },
    });
    expect(await importRoll(admin, cohortId, file)).toEqual({
      ok: true,
      sessions: [
        { sessionId: expect.any(String), sessionDate: '2026-05-11', name: '上午', present: 1, absent: 0 },
        { sessionId: expect.any(String), sessionDate: '2026-05-12', name: '', present: 0, absent: 1 },
      ],
    });
    expect(await recorded(cohortId)).toEqual({
      学员1: { [DAY_TWO]: false },
      学员2: { [MORNING]: true, [AFTERNOON]: true },
    });
    // One correction and one new mark: two audit events, none for the unchanged afternoon.
    expect((await attendanceFingerprint(cohortId)).events).toBe(before.events + 2);

    // The same file again changes nothing and writes no audit event.
    const after = await attendanceFingerprint(cohortId);
    await importRoll(admin, cohortId, file);
    expect(await attendanceFingerprint(cohortId)).toEqual(after);
  });
});

describe('a roll sheet with problems', () => {
  it('names every problem of every row by row and column, and writes nothing', async () => {
    const { cohortId, enrolmentOf } = await cohortOfFive();
    await importRoll(admin, cohortId, await filled(await downloaded(admin, cohortId), { 学员3: { [MORNING]: '出勤' } }));
    const before = await attendanceFingerprint(cohortId);
    const stranger = randomUUID();
    const file = await workbookOf(
      ['学员编号', '姓名', '学校', MORNING, '2026-05-13 上午', DAY_TWO],
      [
        [enrolmentOf['学员1']!, '学员1', '一县村小', '到', null, '出勤'], // row 2: not a mark
        [enrolmentOf['学员2']!, '学员2', '一县村小', '出勤', null, null], // 3: repeated in row 6
        [stranger, '王五', '一县村小', 'yes', null, null], // 4: nobody, and not a mark
        [enrolmentOf['学员3']!, '学员三', '一县村小', '缺勤', null, null], // 5: another name
        [enrolmentOf['学员2']!, '学员2', '一县村小', null, null, '缺勤'], // 6
        [null, '张老师', '一县村小', '出勤', null, null], // 7: no number
        [enrolmentOf['李老师']!.toUpperCase(), '李老师', '二县中学', '√', null, '0'], // 8: valid (a number retyped in capitals)
      ],
    );
    const mark = (value: string) => `“${value}”不是可用的点名值（出勤填 出勤、√、1、present，缺勤填 缺勤、×、0、absent，留空表示不改动）`;
    expect(await importRoll(admin, cohortId, file)).toEqual({
      ok: false,
      problems: [
        { row: 1, column: '2026-05-13 上午', reason: '不是本期的课次（表头应为课次的日期和名称，如“2026-05-11 上午”）' },
        { row: 2, column: MORNING, reason: mark('到') },
        { row: 3, column: '学员编号', reason: '文件中重复（第 3、6 行）' },
        { row: 4, column: '学员编号', reason: '不是本期学员的编号' },
        { row: 4, column: MORNING, reason: mark('yes') },
        { row: 5, column: '姓名', reason: '姓名“学员三”与该学员编号的姓名“学员3”不一致' },
        { row: 6, column: '学员编号', reason: '文件中重复（第 3、6 行）' },
        { row: 7, column: '学员编号', reason: '必填' },
      ],
    });
    expect(await attendanceFingerprint(cohortId)).toEqual(before);
  });

  it('reports a missing column, a repeated session column and a file with no session, in English when the user reads English', async () => {
    const { cohortId, enrolmentOf } = await cohortOfFive();
    const row = [enrolmentOf['学员1']!, '学员1', '出勤', '出勤'];
    expect(await importRoll(admin, cohortId, await workbookOf(['学员编号', '学校', MORNING, MORNING], [row]))).toEqual({
      ok: false,
      problems: [
        { row: 1, column: MORNING, reason: '文件中有两列同为此列' },
        { row: 1, column: '姓名', reason: '文件缺少此列' },
      ],
    });
    expect(await importRoll(admin, cohortId, await workbookOf(['学员编号', '姓名'], [row.slice(0, 2)]))).toEqual({
      ok: false,
      problems: [{ row: 1, column: '课次列', reason: '文件中没有本期课次的列' }],
    });
    const inEnglish = (await callerFor(city.admin.token, '127.0.0.1', 'en')).caller;
    const english = await importRoll(inEnglish, cohortId, await workbookOf(['Trainee no.', 'Name', MORNING], [[randomUUID(), 'X', 'yes']]));
    expect(english).toEqual({
      ok: false,
      problems: [
        { row: 2, column: 'Trainee no.', reason: 'is not the number of a trainee of this cohort' },
        {
          row: 2,
          column: MORNING,
          reason: '“yes” is not a mark (present: 出勤, √, 1, present; absent: 缺勤, ×, 0, absent; empty leaves it unchanged)',
        },
      ],
    });
    expect(await attendanceFingerprint(cohortId)).toEqual({ rows: null, events: expect.any(Number) });
  });

  it('refuses a file that is not an .xlsx workbook, one too large and one of too many rows, naming the file', async () => {
    const { cohortId } = await cohortOfFive();
    const text = new TextEncoder().encode('学员编号,姓名\n1,张老师\n');
    expect(await refusal(importRoll(admin, cohortId, text))).toBe('文件：无法读取该文件，请上传 .xlsx 格式的 Excel 文件');
    const refused = await importRoll(admin, cohortId, text).catch((e: unknown) => e);
    expect(describeError(refused, 'en').message).toBe('File: cannot be read: upload an Excel file in .xlsx format');
    expect(await refusal(importRoll(admin, cohortId, new Uint8Array(5 * 1024 * 1024 + 1)))).toBe('文件：文件过大（最大 5 MB）');
    const many = await workbookOf(
      ['学员编号', '姓名', MORNING],
      Array.from({ length: 2001 }, () => [randomUUID(), '某人', '出勤']),
    );
    expect(await refusal(importRoll(admin, cohortId, many))).toBe('文件：超过 2000 行，一份点名表最多 2000 位学员');
    expect(await attendanceFingerprint(cohortId)).toEqual({ rows: null, events: expect.any(Number) });
  });

  it('asks for sessions first when the cohort has none', async () => {
    const { cohortId } = await cohortOfFive(false);
    const roll = await admin.attendance.rollSheet({ cohortId });
    expect([roll.sessions, roll.trainees.length]).toEqual([[], 5]);
    const file = await workbookOf(['学员编号', '姓名'], []);
    expect(await refusal(importRoll(admin, cohortId, file))).toBe('文件：本期还没有课次，请先添加课次');
  });
});

describe('whose roll a sheet may mark', () => {
  it('gives a school its own staff only and refuses a trainee of another school, writing nothing', async () => {
    const { cohortId, enrolmentOf } = await cohortOfFive();
    const school = city.school1Admin.caller;
    const book = await downloaded(school, cohortId);
    expect(rowsOf(book).map((r) => r[1])).toEqual(['姓名', '学员1', '学员2', '学员3', '张老师']);

    const outsider = await workbookOf(
      ['学员编号', '姓名', MORNING],
      [
        [enrolmentOf['张老师']!, '张老师', '出勤'],
        [enrolmentOf['李老师']!, '李老师', '出勤'],
      ],
    );
    expect(await importRoll(school, cohortId, outsider)).toEqual({
      ok: false,
      problems: [{ row: 3, column: '学员编号', reason: '该学员不在您可点名的名单中（已退出、未录取，或不是您负责点名的学员）' }],
    });
    expect(await recorded(cohortId)).toEqual({});

    // A withdrawn trainee is off the roll too; the rest of the school's sheet imports.
    await admin.enrolment.withdraw({ enrolmentId: enrolmentOf['学员3']!, reason: '病假' });
    const withdrawn = await filled(book, { 学员3: { [MORNING]: '出勤' }, 张老师: { [MORNING]: '出勤' } });
    expect(await importRoll(school, cohortId, withdrawn)).toEqual({
      ok: false,
      problems: [{ row: 4, column: '学员编号', reason: '该学员不在您可点名的名单中（已退出、未录取，或不是您负责点名的学员）' }],
    });
    const own = await filled(await downloaded(school, cohortId), { 张老师: { [MORNING]: '出勤' } });
    expect(await importRoll(school, cohortId, own)).toEqual({
      ok: true,
      sessions: [{ sessionId: expect.any(String), sessionDate: '2026-05-11', name: '上午', present: 1, absent: 0 }],
    });
    expect(await recorded(cohortId)).toEqual({ 张老师: { [MORNING]: true } });

    // A county officer who does not run the programme takes no roll; another city does not see the cohort.
    await expect(city.county1Officer.caller.attendance.rollSheet({ cohortId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(importRoll(city.county1Officer.caller, cohortId, own)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
