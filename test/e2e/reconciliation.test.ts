import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logIn } from '../support/browser';
import { FIXTURE_PASSWORD, makeCity, TEACHER1_ID, type City } from '../support/city';
import { closeDbs } from '../support/db';
import { downloadedWorkbook, rowsOf } from '../support/excel';
import { importWorkbook } from '../support/import';
import { idNumberOf } from '../support/rotation';

const baseUrl = inject('baseUrl');
let browser: Browser;
let city: City;

beforeAll(async () => {
  browser = await launchBrowser();
  city = await makeCity('roster-e2e');
});
afterAll(async () => {
  await browser?.close();
  await closeDbs();
});

const as = (username: string): Promise<Page> => logIn(browser, baseUrl, { tenantCode: city.code, username, password: FIXTURE_PASSWORD });

/** Uploads a roster on the page and waits for its check to finish. */
async function upload(page: Page, rows: Record<string, string>[], name: string) {
  await page.goto(`${baseUrl}/inspections/reconciliation`);
  const buffer = Buffer.from(await importWorkbook('roster', rows));
  await page.setInputFiles('input[name=file]', {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.click('[data-testid=upload]');
  await page.waitForSelector('[data-testid=job-summary]');
}

describe('a roster check, in a real browser', () => {
  it('a bad roster lists its rows and cannot be compared', async () => {
    const officer = await as('officer1');
    await upload(officer, [{ idNumber: TEACHER1_ID, name: '张老师', unit: '没有这所学校' }], '坏名册.xlsx');
    expect(await officer.locator('[data-testid=problems-table]').textContent()).toContain('找不到这个单位');
    expect(await officer.locator('[data-testid=roster-not-clean]').textContent()).toContain('1 行未通过校验');
    expect(await officer.locator('[data-testid=compare-form]').count()).toBe(0);
  });

  it('the county compares a roster, explains one difference and raises another, which the school then sees first', async () => {
    const officer = await as('officer1');
    const stranger = idNumberOf('1992-05-05', '男', 4);
    await upload(officer, [{ idNumber: stranger, name: '孙老师', unit: 'S1' }], '一县编制花名册.xlsx');
    const compare = officer.locator('[data-testid=compare-form]');
    expect(await compare.locator('input[name=checkTitle]').inputValue()).toBe('一县编制花名册');
    await compare.locator('input[name=month]').fill('');
    await officer.click('[data-testid=compare]');
    await officer.waitForSelector('[data-testid=check-title]:has-text("一县编制花名册")');
    expect(await officer.locator('[data-testid=check-summary]').textContent()).toContain('共 2 条差异，待处理 2 条');

    const stray = officer.locator('tr[data-difference="not_in_register 孙老师"]');
    await stray.locator('summary:has-text("说明原因")').click();
    await stray.locator('input[name=reason]').fill('新招聘教师，台账待录入');
    await stray.locator('button:has-text("标记为已说明")').click();
    await officer.waitForSelector('[data-testid=difference-done]');
    expect(await officer.locator('tr[data-difference="not_in_register 孙老师"]').textContent()).toContain('新招聘教师，台账待录入');

    const missing = officer.locator('tr[data-difference="not_on_roster 张老师"]');
    await missing.locator('summary:has-text("立为督查问题")').click();
    await missing.locator('select[name=ownerId]').selectOption({ label: '村小管理员' });
    await missing.locator('button:has-text("立为问题")').click();
    await officer.waitForSelector('[data-testid=difference-done]:has-text("已立为督查问题")');
    expect(await officer.locator('[data-testid=check-summary]').textContent()).toContain('待处理 0 条');

    // The Excel file lists both, as the page does; 二县's officer cannot download it.
    const exportHref = (await officer.locator('[data-testid=export-link]').getAttribute('href'))!;
    const book = await downloadedWorkbook(officer, `${baseUrl}${exportHref}`);
    // Empty cells are holes in the row as ExcelJS reads it.
    const cells = rowsOf(book.worksheets[0]!)
      .slice(2)
      .map((row) => Array.from({ length: 8 }, (_, i) => row[i] ?? ''));
    expect(cells).toEqual([
      ['有名册无台账', '孙老师', stranger, '', '一县村小', '', '已说明', '新招聘教师，台账待录入'],
      ['台账在岗但不在名册', '张老师', TEACHER1_ID, '一县村小', '', '', '已立为问题', ''],
    ]);
    const outsider = await as('officer2');
    expect((await outsider.request.get(`${baseUrl}${exportHref}`)).status()).toBe(404);

    const school = await as('school1');
    const first = school.locator('[data-testid=home-waiting]').first();
    expect([await first.getAttribute('data-key'), await first.getAttribute('data-count')]).toEqual(['problemsToRectify', '1']);
    await school.goto(`${baseUrl}/inspections/problems?mine=1`);
    expect(await school.locator('[data-testid=problems-table]').textContent()).toContain('张老师 在');
  });
});
