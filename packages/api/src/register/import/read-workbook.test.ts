import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook, UnreadableWorkbook } from './read-workbook';

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('教师');
  for (const row of rows) ws.addRow(row);
  wb.addWorksheet('可选值').addRow(['不应读到']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readWorkbook', () => {
  it('reads the first sheet as text, by Excel row number, skipping empty rows', async () => {
    const bytes = await workbook([
      ['身份证号', '姓名', '任职开始日期', '手机号', '职务'],
      ['11010519491231002x ', '李老师', new Date(Date.UTC(2020, 8, 1)), 13800138000, { richText: [{ text: '班主' }, { text: '任' }] }],
      [],
      ['220802198503150013', '张老师', '2021-09-01', { formula: '"139"&"00000000"', result: '13900000000' }],
    ]);
    const sheet = await readWorkbook(bytes, 100);
    expect(sheet.headers).toEqual(['身份证号', '姓名', '任职开始日期', '手机号', '职务']);
    expect(sheet.rows).toEqual([
      { number: 2, cells: ['11010519491231002x', '李老师', '2020-09-01', '13800138000', '班主任'] },
      { number: 4, cells: ['220802198503150013', '张老师', '2021-09-01', '13900000000'] },
    ]);
  });

  it('refuses a file that is not a workbook, and one with too many rows', async () => {
    await expect(readWorkbook(new TextEncoder().encode('身份证号,姓名'), 100)).rejects.toEqual(new UnreadableWorkbook('unreadable'));
    const big = await workbook([['身份证号'], ['1'], ['2'], ['3']]);
    await expect(readWorkbook(big, 2)).rejects.toEqual(new UnreadableWorkbook('too_many_rows'));
  });

  it('reads every character of a large file: none split where the unzipped stream is cut into chunks', async () => {
    // 20,000 distinct four-character Chinese names (12 bytes in UTF-8 each) make a shared-strings part of
    // over 500 KB, which reaches the XML parser in chunks: unless a character's bytes are carried over to
    // the next chunk, a name cut between two comes back with U+FFFD in it (exceljs 4.4 decodes each chunk alone).
    const given = '伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红燕鹏';
    const names = Array.from(
      { length: 20_000 },
      (_, i) => `王${given[i % 30]}${given[Math.floor(i / 30) % 30]}${given[Math.floor(i / 900) % 30]}`,
    );
    const sheet = await readWorkbook(await workbook([['姓名'], ...names.map((n) => [n])]), 30_000);
    expect(sheet.rows.map((r) => r.cells[0]).filter((name, i) => name !== names[i])).toEqual([]);
  });
});
