import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { declaredUnzippedBytes } from './zip-size';

async function workbook(rows: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('教师');
  for (let i = 0; i < rows; i++) sheet.addRow([`姓名${i}`, '220802198503150013', '']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('declaredUnzippedBytes', () => {
  it('reads what a workbook expands to from its central directory, far more than its size for repetitive rows', async () => {
    const small = await workbook(10);
    const large = await workbook(3_000);
    const smallSize = declaredUnzippedBytes(small)!;
    const largeSize = declaredUnzippedBytes(large)!;
    expect(smallSize).toBeGreaterThan(small.byteLength);
    expect(largeSize).toBeGreaterThan(smallSize * 10);
    expect(largeSize).toBeGreaterThan(large.byteLength * 5);
  });

  it('says null for what is not a zip', () => {
    expect(declaredUnzippedBytes(new TextEncoder().encode('姓名,身份证号\n王,1'))).toBeNull();
    expect(declaredUnzippedBytes(new Uint8Array())).toBeNull();
  });
});
