import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD } from '@tongxing/db/seed/demo-data';
import { syntheticIdNumber } from '@tongxing/db/seed/generate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'tongxing-import-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const HEADERS = ['身份证号', '姓名', '手机号', '学历', '职称', '银行卡号', '学校代码', '任职开始日期', '用工类型', '状态', '职务'];
const id = (n: number) => syntheticIdNumber('220802', '1996-02-29', 400 + n, '女');
const row = (idNumber: string, name: string, schoolCode = 'BC0101') => [
  idNumber,
  name,
  '13800138000',
  '本科',
  '二级教师',
  '6222020200112233445',
  schoolCode,
  '2024-09-01',
  '在编',
  '在岗',
  '班主任',
];
const GOOD = [row(id(1), '导入测试甲'), row(id(2), '导入测试乙'), row(id(3), '导入测试丙', 'BC0502')];

/** Clicks something that downloads a file and opens it as a workbook. */
async function download(page: Page, selector: string): Promise<ExcelJS.Workbook> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  return book;
}

async function upload(page: Page, book: ExcelJS.Workbook, name: string): Promise<void> {
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  await page.goto(`${baseUrl}/register/import`);
  await page.selectOption('select[name=kind]', 'teacher');
  await page.setInputFiles('input[name=file]', path);
  await page.click('[data-testid=upload]');
  await page.waitForURL(/\?job=/);
  await page.waitForSelector('[data-testid=job-summary]', { timeout: 60_000 });
}

describe('Excel import and export, in a real browser', () => {
  it('takes a template, reports a faulty file row by row, imports the fixed file and exports the list', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.selectOption('select[name=tenantCode]', 'baicheng');
    await page.fill('input[name=username]', 'bc.admin');
    await page.fill('input[name=password]', DEMO_PASSWORD);
    await page.click('button[type=submit].primary');
    await page.waitForSelector('[data-testid=current-user]');

    await page.goto(`${baseUrl}/register/import`);
    const template = await download(page, '[data-testid=template-teacher]');
    const sheet = template.worksheets[0]!;
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(HEADERS);
    const values = template.getWorksheet('可选值')!;
    expect(values.getColumn(1).values).toEqual(expect.arrayContaining(['BC0101', 'BC0502']));

    // The example row stays in place (it is skipped); the data follows it from row 3.
    for (const cells of [...GOOD, row('220802199602290014', '错号'), row(id(1), '重复'), row(id(5), '无校', 'XX9999')]) sheet.addRow(cells);
    await upload(page, template, 'faulty.xlsx');
    expect(await page.textContent('[data-testid=job-summary]')).toBe('共 6 行：2 行可导入，4 行有误');
    const problems = await page
      .locator('[data-testid=problems-table] tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
    expect(problems).toEqual([
      ['3', '身份证号', '文件中重复（第 3、7 行）'],
      ['6', '身份证号', '校验码不正确'],
      ['7', '身份证号', '文件中重复（第 3、7 行）'],
      ['8', '学校代码', '学校代码不存在或不在您的管理范围内'],
    ]);
    const report = await download(page, '[data-testid=problems-report]');
    expect(report.worksheets[0]!.rowCount).toBe(5);
    await page.click('[data-testid=cancel]');
    await page.waitForSelector('[data-testid=job-status]:has-text("已取消")');

    for (let n = sheet.rowCount; n > 5; n--) sheet.spliceRows(n, 1);
    await upload(page, template, 'fixed.xlsx');
    expect(await page.textContent('[data-testid=job-summary]')).toBe('共 3 行：3 行可导入，0 行有误');
    await page.click('[data-testid=commit]');
    await page.waitForSelector('[data-testid=job-done]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid=job-done]')).toBe('已导入 3 行');

    await page.goto(`${baseUrl}/teachers?q=${encodeURIComponent('导入测试')}`);
    const exported = await download(page, '[data-testid=export-link]');
    // The export is a valid import: the template's columns first, in its order.
    const headers = (exported.worksheets[0]!.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 11)).toEqual([
      '身份证号',
      '姓名',
      '手机号',
      '学历',
      '职称',
      '银行卡号',
      '学校代码',
      '任职开始日期',
      '用工类型',
      '状态',
      '职务',
    ]);
    const names = exported.worksheets[0]!.getColumn(2).values.slice(2) as string[];
    expect(names.sort()).toEqual(['导入测试丙', '导入测试甲', '导入测试乙'].sort());

    // 洮北区's roster as of today lists the two imported into its school BC0101.
    await page.goto(`${baseUrl}/register/export`);
    const roster = await download(page, 'form[action="/register/export/roster"] button[type=submit]');
    const rosterNames = roster.worksheets[0]!.getColumn(4).values as string[];
    expect(rosterNames).toEqual(expect.arrayContaining(['导入测试甲', '导入测试乙']));
    expect(rosterNames).not.toContain('导入测试丙');
    await context.close();
  });
});
