import { todayInChina } from '@tongxing/domain';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logInAsDemo } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const logIn = (username: string): Promise<Page> => logInAsDemo(browser, baseUrl, username);

/** "1,234.56" / "+850.00" / "-100.00" as 分. */
function fenOf(text: string | null): number {
  const match = /^([+-]?)(\d{1,3}(?:,\d{3})*)\.(\d{2})$/.exec((text ?? '').trim());
  if (!match) throw new Error(`not an amount: ${text}`);
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]!.replaceAll(',', '')) * 100 + Number(match[3]));
}

async function amounts(row: Locator) {
  return {
    current: fenOf(await row.locator('[data-testid=current]').textContent()),
    proposed: fenOf(await row.locator('[data-testid=proposed]').textContent()),
    difference: fenOf(await row.locator('[data-testid=difference]').textContent()),
  };
}

describe('policy simulation, in a real browser', () => {
  // The e2e database is shared by every file of a run: a type of our own, so only its draft changes anything.
  const typeName = `测算补助${Date.now().toString(36)}`;
  const documentNo = `测算〔${Date.now().toString(36)}〕1号`;

  it('the city drafts a new allowance and sees what it would cost per county, year and month', async () => {
    const admin = await logIn('bc.admin');
    await admin.goto(`${baseUrl}/allowances/rules`);
    await admin.fill('[data-testid=create-type] input[name=name]', typeName);
    await admin.click('[data-testid=create-type] button[type=submit]');
    await admin.waitForSelector(`[data-testid=allowance-type][data-name="${typeName}"]`);

    // 100 元/月 for every teacher in post, by calendar days.
    const draft = admin.locator('[data-testid=draft-form]');
    await draft.locator('select[name=allowanceTypeId]').selectOption({ label: typeName });
    await draft.locator('input[name=documentNo]').fill(documentNo);
    await draft.locator('input[name=documentTitle]').fill('测算用补助标准');
    await draft.locator('input[name=effectiveFrom]').fill('2016-01-01');
    await draft.locator('input[name=amountKind][value=fixed]').check();
    await draft.locator('input[name=monthlyYuan]').fill('100');
    await draft.locator('input[name=prorationKind][value=calendarDays]').check();
    await draft.locator('button[type=submit]').click();
    await admin.waitForSelector('[data-testid=done-notice]:has-text("草稿已保存")');

    // From the rules page to the simulation; the range defaults to this year in China.
    await admin.click('[data-testid=simulate-link]');
    await admin.waitForURL(/\/allowances\/simulate/);
    const year = todayInChina().slice(0, 4);
    expect(await admin.inputValue('[data-testid=simulate-form] input[name=from]')).toBe(`${year}-01`);
    expect(await admin.inputValue('[data-testid=simulate-form] input[name=to]')).toBe(`${year}-12`);

    // Nothing chosen: said so.
    await admin.click('[data-testid=simulate-form] button[type=submit]');
    await admin.waitForURL(/run=1/);
    expect(await admin.locator('[data-testid=simulate-error]').textContent()).toBe('请至少选择一个标准草稿');

    // A range too long: the API's refusal, readable.
    const choice = admin.locator(`[data-testid=simulate-draft][data-type="${typeName}"] input[name=draft]`);
    await choice.check();
    await admin.fill('[data-testid=simulate-form] input[name=from]', `${year}-01`);
    await admin.fill('[data-testid=simulate-form] input[name=to]', `${Number(year) + 2}-01`);
    await admin.click('[data-testid=simulate-form] button[type=submit]');
    await admin.waitForURL(new RegExp(`to=${Number(year) + 2}-01`));
    expect(await admin.locator('[data-testid=simulate-error]').textContent()).toBe('截止月份：须不早于起始月份，且最多 24 个月');

    // January to March of this year (every demo teacher is in post by then).
    await choice.check();
    await admin.fill('[data-testid=simulate-form] input[name=from]', `${year}-01`);
    await admin.fill('[data-testid=simulate-form] input[name=to]', `${year}-03`);
    await admin.click('[data-testid=simulate-form] button[type=submit]');
    await admin.waitForSelector(`[data-testid=simulate-year][data-year="${year}"]`);
    expect(await admin.locator('[data-testid=simulate-error]').count()).toBe(0);
    expect(await admin.locator(`[data-testid=simulate-draft][data-type="${typeName}"] input[name=draft]`).isChecked()).toBe(true);

    // The type is new: what it adds is the whole difference, and no one loses.
    const yearTable = admin.locator(`[data-testid=simulate-year][data-year="${year}"]`);
    const total = await amounts(yearTable.locator('[data-testid=simulate-total]'));
    expect(total.proposed).toBeGreaterThan(0);
    expect(total.difference).toBeGreaterThan(0);
    expect(total.difference).toBe(total.proposed - total.current);
    expect(await yearTable.locator('[data-testid=simulate-total] [data-testid=difference]').textContent()).toMatch(
      /^\+\d{1,3}(,\d{3})*\.\d{2}$/,
    );
    // The same result as a workbook.
    const exported = await admin.request.get(`${baseUrl}${await admin.getAttribute('[data-testid=simulate-export]', 'href')}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');
    expect(Number(await yearTable.locator('[data-testid=simulate-total] [data-testid=lose]').textContent())).toBe(0);
    expect(Number(await yearTable.locator('[data-testid=simulate-total] [data-testid=gain]').textContent())).toBeGreaterThan(0);

    // Per county: the 洮北区 row (the demo teachers' county) gains, and the counties add up to the total.
    const counties = yearTable.locator('[data-testid=simulate-county]');
    let sum = 0;
    let paidCounties = 0;
    for (const row of await counties.all()) {
      const county = await amounts(row);
      expect(county.difference).toBe(county.proposed - county.current);
      expect(county.difference).toBeGreaterThanOrEqual(0);
      if (county.difference > 0) paidCounties += 1;
      sum += county.difference;
    }
    expect(paidCounties).toBeGreaterThan(0);
    expect(sum).toBe(total.difference);
    const taobei = await amounts(yearTable.locator('[data-testid=simulate-county][data-county="洮北区"]'));
    expect(taobei.proposed).toBeGreaterThan(0);
    expect(taobei.difference).toBeGreaterThan(0);

    // Per month: three rows, and they add up to the year.
    const months = admin.locator('[data-testid=simulate-month]');
    expect(await months.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-month')))).toEqual([
      `${year}-01`,
      `${year}-02`,
      `${year}-03`,
    ]);
    let monthly = 0;
    for (const row of await months.all()) monthly += (await amounts(row)).difference;
    expect(monthly).toBe(total.difference);

    // Nothing was published.
    await admin.goto(`${baseUrl}/allowances/rules`);
    expect(
      await admin.locator(`[data-testid=allowance-type][data-name="${typeName}"] [data-testid=rule-version]`).getAttribute('data-state'),
    ).toBe('draft');
    await admin.context().close();
  });
});
