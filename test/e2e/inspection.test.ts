import { addDays, todayInChina } from '@tongxing/domain';
import { jpeg } from '@tongxing/storage/test-files';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickAndConfirm, launchBrowser, logIn, PHONE } from '../support/browser';
import { FIXTURE_PASSWORD, makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { downloadedWorkbook, rowsOf } from '../support/excel';

const baseUrl = inject('baseUrl');
let browser: Browser;
let city: City;

beforeAll(async () => {
  browser = await launchBrowser();
  city = await makeCity('inspection-e2e');
});
afterAll(async () => {
  await browser?.close();
  await closeDbs();
});

const as = (username: string, phone = false): Promise<Page> =>
  logIn(browser, baseUrl, { tenantCode: city.code, username, password: FIXTURE_PASSWORD }, phone ? PHONE : {});

const counts = async (page: Page) => {
  await page.goto(`${baseUrl}/inspections/problems`);
  return (await page.locator('[data-testid=problem-counts]').textContent())!;
};

/** The problem figures of the overview: to rectify, to close, overdue, closed. */
const overview = async (page: Page) => {
  await page.goto(`${baseUrl}/overview`);
  const figure = async (key: string) => (await page.locator(`[data-testid=ov-problems-${key}]`).textContent())!.trim();
  return {
    open: await figure('open'),
    submitted: await figure('submitted'),
    overdue: await figure('overdue'),
    closed: await figure('closed'),
  };
};

describe('inspections, in a real browser', () => {
  it('the inspector records a problem for a school, its administrator submits evidence from a phone, the inspector closes it, and the counts change', async () => {
    const inspector = await as('admin');
    expect(await counts(inspector)).toContain('共 0 个');
    expect(await overview(inspector)).toEqual({ open: '0', submitted: '0', overdue: '0', closed: '0' });
    await inspector.goto(`${baseUrl}/inspections`);
    // Once hydrated (the school picker is live), so that hydration does not close the form opened before it.
    await inspector.locator('[data-testid="schoolId.0-search"]').waitFor({ state: 'attached' });
    await inspector.click('summary:has-text("登记一次督查")');
    const visit = inspector.locator('[data-testid=visit-form]');
    await visit.locator('input[name=title]').fill('乡村教师补助发放督查');
    await visit.locator('input[name=inspectors]').fill('市督导室 王科长');
    // Two places: 一县's 村小, and 二县 as a county.
    const school = visit.locator('[data-testid="schoolId.0-search"]');
    await visit.locator('select[name="countyId.0"]').selectOption({ label: '一县' });
    await school.fill('村小');
    const village = visit.locator('[data-testid="schoolId.0-picker"] [role=option][data-name="一县村小"]');
    await expect.poll(() => village.count()).toBe(1);
    await village.click();
    await visit.locator('select[name="countyId.1"]').selectOption({ label: '二县' });
    await inspector.click('[data-testid=visit-form-submit]');
    await inspector.waitForSelector('[data-testid=visit-title]:has-text("乡村教师补助发放督查")');
    expect(await inspector.locator('[data-testid=visit-facts]').textContent()).toContain('一县 · 一县村小；二县');

    const problem = inspector.locator('[data-testid=problem-form]');
    await problem.locator('input[name=description]').fill('补助发放台账缺签字');
    await problem.locator('select[name=unit]').selectOption({ label: '一县 · 一县村小' });
    await problem.locator('select[name=ownerId]').selectOption({ label: '村小管理员' });
    await inspector.click('[data-testid=problem-form-submit]');
    await inspector.waitForSelector('[data-testid=visit-problems] a:has-text("补助发放台账缺签字")');
    expect(await counts(inspector)).toContain('待整改 1');
    // The overview counts it, and its figure opens the list that shows it.
    expect(await overview(inspector)).toEqual({ open: '1', submitted: '0', overdue: '0', closed: '0' });
    await inspector.click('a:has([data-testid=ov-problems-open])');
    await inspector.waitForURL(/\/inspections\/problems\?state=open$/);
    expect(await inspector.locator('[data-testid=problems-table] a:has-text("补助发放台账缺签字")').count()).toBe(1);
    // Past its deadline (set back by hand: the form refuses a past one), it is overdue until closed.
    await ownerDb().sql`update inspection_problem set deadline = ${addDays(todayInChina(), -2)} where tenant_id = ${city.tenantId}`;
    expect(await overview(inspector)).toEqual({ open: '1', submitted: '0', overdue: '1', closed: '0' });
    await inspector.click('a:has([data-testid=ov-problems-overdue])');
    await inspector.waitForURL(/\/inspections\/problems\?overdue=1$/);
    expect(await inspector.locator('[data-testid=problems-table] a:has-text("补助发放台账缺签字")').count()).toBe(1);

    // The school's administrator finds it first on their home page and answers from a phone.
    const rural = await as('school1', true);
    const first = rural.locator('[data-testid=home-waiting]').first();
    expect([await first.getAttribute('data-key'), await first.getAttribute('data-count')]).toEqual(['problemsToRectify', '1']);
    await first.locator('a').click();
    await rural.click('[data-testid=problems-table] a:has-text("补助发放台账缺签字")');
    const form = rural.locator('[data-testid=rectify-form]');
    await form.locator('input[name=note]').fill('已补齐签字');
    await form
      .locator('input[name=files]')
      .setInputFiles([{ name: '签字表.jpg', mimeType: 'image/jpeg', buffer: await jpeg({ width: 1200, height: 900 }) }]);
    await rural.click('[data-testid=rectify-form-submit]');
    await rural.waitForSelector('[data-testid=problem-state][data-state=submitted]');
    expect(await rural.locator('[data-testid=rectification-evidence] img').count()).toBe(1);
    expect(await rural.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    expect(await overview(inspector)).toEqual({ open: '0', submitted: '1', overdue: '1', closed: '0' });
    expect(await counts(inspector)).toContain('待销号 1');
    await inspector.click('[data-testid=problems-table] a:has-text("补助发放台账缺签字")');
    await clickAndConfirm(inspector, 'approve-problem');
    await inspector.waitForSelector('[data-testid=problem-state][data-state=closed]');
    expect(await counts(inspector)).toContain('已销号 1');
    expect(await overview(inspector)).toEqual({ open: '0', submitted: '0', overdue: '0', closed: '1' });

    // The county's officer sees their county's overview on a phone, one card under another.
    const officer = await as('officer1', true);
    await officer.goto(`${baseUrl}/overview`);
    expect(await officer.locator('h1').textContent()).toBe('一县总览');
    expect(await officer.locator('[data-testid=ov-problems-closed]').textContent()).toBe('1');
    expect(
      await officer.locator('[data-testid=ov-allowance-county]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-county'))),
    ).toEqual(['一县']);
    expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The month's report counts it, on the page and in its Excel file.
    await inspector.goto(`${baseUrl}/inspections/report`);
    const row = inspector.locator('[data-testid=report-counties] tr[data-county="一县"]');
    expect([await row.locator('[data-testid=found]').textContent(), await row.locator('[data-testid=closed]').textContent()]).toEqual([
      '1',
      '1',
    ]);
    const book = await downloadedWorkbook(inspector, `${baseUrl}${await inspector.getAttribute('[data-testid=report-export]', 'href')}`);
    expect(rowsOf(book.worksheets[0]!).find((cells) => cells[0] === '一县')).toEqual(['一县', '1', '1', '0']);
  });
});
