import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The workbook a page's export link serves (200, or the test fails), read back with ExcelJS. */
export async function downloadedWorkbook(page: Page, url: string): Promise<ExcelJS.Workbook> {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows as text, empty cells as ''. */
export const rowsOf = (sheet: ExcelJS.Worksheet): string[][] =>
  sheet
    .getSheetValues()
    .filter(Boolean)
    .map((row) => (row as ExcelJS.CellValue[]).slice(1).map((v) => (v == null ? '' : String(v))));
