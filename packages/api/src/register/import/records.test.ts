import { translator } from '@tongxing/domain';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, COLUMNS, header } from './columns';
import { checkRows, problemsFor, recordsOf, sortProblems } from './records';
import { schoolRow, teacherRow } from './row-schemas';

const problem = problemsFor('teacher', translator('zh'));
const HEADERS = ['身份证号', '姓名', '手机号', '学历', '职称', '银行卡号', '学校代码', '任职开始日期', '用工类型', '状态', '职务'];
const row = (number: number, cells: string[]) => ({ number, cells });
const good = ['220802198503150013', '张老师', '13800138000', '本科', '一级教师', '', 'S1', '2020-09-01', '在编', '', '班主任、教研组长'];

describe('recordsOf', () => {
  it('finds columns by their Chinese header, in any order, and ignores others', () => {
    const sheet = {
      headers: ['备注', '姓名', '身份证号', '学校代码', '任职开始日期', '用工类型'],
      rows: [row(2, ['x', '张老师', '220802198503150013', 'S1', '2020-09-01', '在编'])],
    };
    expect(recordsOf('teacher', sheet, problem)).toEqual({
      records: [
        {
          row: 2,
          values: { name: '张老师', idNumber: '220802198503150013', schoolCode: 'S1', startDate: '2020-09-01', employmentType: '在编' },
        },
      ],
      problems: [],
      total: 1,
    });
  });

  it('reports a missing required column once, on row 1, and keeps no rows', () => {
    const sheet = { headers: ['身份证号', '姓名'], rows: [row(2, ['220802198503150013', '张老师'])] };
    const result = recordsOf('teacher', sheet, problem);
    expect(result.records).toEqual([]);
    expect(result.total).toBe(1);
    expect(result.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [1, '学校代码', '文件缺少此列'],
      [1, '任职开始日期', '文件缺少此列'],
      [1, '用工类型', '文件缺少此列'],
    ]);
  });

  it('skips the template’s example row only while it is untouched', () => {
    const example = COLUMNS.teacher.map((c) => EXAMPLE.teacher[c.field]!);
    const headers = COLUMNS.teacher.map(header);
    expect(headers).toEqual(HEADERS);
    expect(recordsOf('teacher', { headers, rows: [row(2, example)] }, problem).records).toEqual([]);
    expect(recordsOf('teacher', { headers, rows: [row(2, ['220802198503150013', ...example.slice(1)])] }, problem).records).toHaveLength(1);
  });
});

describe('checkRows', () => {
  const check = async (rows: string[][]) => {
    const { records } = recordsOf('teacher', { headers: HEADERS, rows: rows.map((cells, i) => row(i + 2, cells)) }, problem);
    return checkRows('teacher', teacherRow, 'idNumber', records, problem, 'zh');
  };

  it('normalises a good row: upper-case X, list of roles, default status', async () => {
    const { rows, problems } = await check([['11010519491231002x', ...good.slice(1)]]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        idNumber: '11010519491231002X',
        name: '张老师',
        phone: '13800138000',
        education: '本科',
        title: '一级教师',
        schoolCode: 'S1',
        startDate: '2020-09-01',
        employmentType: '在编',
        status: '在岗',
        roles: ['班主任', '教研组长'],
      },
    ]);
  });

  it('names the column and the reason of every bad field, as the forms do', async () => {
    const { rows, problems } = await check([
      ['220802198503150014', '', '12345', '博士', '一级教师', '6222 0202', 'S1', '2020-02-30', '合同', '在岗', '班长'],
    ]);
    expect(rows).toEqual([]);
    expect(sortProblems('teacher', problems).map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, '身份证号', '校验码不正确'],
      [2, '姓名', '必填'],
      [2, '手机号', '不是有效的手机号（11 位，以 1 开头）'],
      [2, '学历', '须为以下之一：研究生、本科、专科、高中/中专、其他'],
      [2, '银行卡号', '应为 12–19 位数字'],
      [2, '任职开始日期', '不是有效日期（格式 2026-03-01）'],
      [2, '用工类型', '须为以下之一：在编、特岗、代课/临聘'],
      [2, '职务', '职务第 1 项：须为以下之一：班主任、校长、副校长、教研组长、年级组长'],
    ]);
  });

  it('refuses a start before the teacher was 16, before 1950 or in 2099, by the limits of the forms', async () => {
    const { rows, problems } = await check([
      [good[0]!, good[1]!, '', '', '', '', 'S1', '2001-03-14', '在编', '', ''],
      ['11010519491231002X', '李老师', '', '', '', '', 'S1', '1949-12-31', '在编', '', ''],
      ['220802199001010023', '王老师', '', '', '', '', 'S1', '2099-09-01', '在编', '', ''],
    ]);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.reason.replace(/\d{4}-\d{2}-\d{2}（/, 'MAX（')])).toEqual([
      [2, '任职开始日期', '早于该教师年满 16 周岁之日（2001-03-15，按身份证号中的出生日期）'],
      [3, '任职开始日期', '不能早于 1950-01-01'],
      [4, '任职开始日期', '不能晚于 MAX（最多为今天起一年内）'],
    ]);
  });

  it('refuses every row of an ID number repeated in the file, naming the rows', async () => {
    const { rows, problems } = await check([
      good,
      ['110105194912310021'.slice(0, 17) + 'X', ...good.slice(1)],
      ['220802198503150013', '李老师', ...good.slice(2)],
    ]);
    expect(rows.map((r) => r.row)).toEqual([3]);
    expect(problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, '身份证号', '文件中重复（第 2、4 行）'],
      [4, '身份证号', '文件中重复（第 2、4 行）'],
    ]);
  });

  it('names the first five rows of a large duplicate group and counts the rest, so the report stays linear', async () => {
    const same = ['220802198503150013', '张老师', ...good.slice(2)];
    const { rows, problems } = await check(Array.from({ length: 3_000 }, () => same));
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(3_000);
    expect(new Set(problems.map((p) => p.reason))).toEqual(new Set(['文件中重复（第 2、3、4、5、6 行，及另外 2995 行）']));
    expect(JSON.stringify(problems).length).toBeLessThan(3_000 * 120);
  });

  it('keeps a row with a bad field as its valid fields, so a repeated ID number in it is reported too', async () => {
    const { rows, refused, problems } = await check([good, ['220802198503150013', '李老师', '12345', ...good.slice(3)]]);
    expect(rows).toEqual([]);
    expect(refused.map((r) => [r.row, r.idNumber, r.name, r.phone, r.schoolCode])).toEqual([
      [3, '220802198503150013', '李老师', undefined, 'S1'],
      [2, '220802198503150013', '张老师', '13800138000', 'S1'],
    ]);
    expect(sortProblems('teacher', problems).map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, '身份证号', '文件中重复（第 2、3 行）'],
      [3, '身份证号', '文件中重复（第 2、3 行）'],
      [3, '手机号', '不是有效的手机号（11 位，以 1 开头）'],
    ]);
  });

  it('checks school rows with the school form’s rules', async () => {
    const schoolProblem = problemsFor('school', translator('zh'));
    const headers = COLUMNS.school.map(header);
    const { records } = recordsOf('school', { headers, rows: [row(2, ['S 1', '', '220802', '大学', '村小', '农村山区'])] }, schoolProblem);
    const { problems } = await checkRows('school', schoolRow, 'code', records, schoolProblem, 'en');
    expect(problems.map((p) => [p.column, p.reason])).toEqual([
      ['学校代码', 'wrong format: letters, digits, “_” and “-” only, e.g. C01'],
      ['学校名称', 'required'],
      ['学校类型', 'must be one of: 幼儿园, 小学, 初中, 九年一贯制, 高中, 完全中学, 中职, 特殊教育, 教学点'],
    ]);
  });
});
