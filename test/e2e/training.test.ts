import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickAndConfirm, launchBrowser, logInAsDemo, PHONE } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const logIn = (options: BrowserContextOptions, username: string): Promise<Page> =>
  logInAsDemo(browser, baseUrl, username, options, 'qujing');

describe('training, in a real browser', () => {
  it('the county approves a teacher’s application, and she sees her cohorts, hours and pace on a phone', async () => {
    const county = await logIn({}, 'qj.huize');
    await county.goto(`${baseUrl}/training/cohorts?open=1`);
    await county.click('[data-testid=cohorts-table] a:has-text("会泽县送教下乡")');
    await county.waitForSelector('[data-testid=cohort-name]');
    const row = county.locator('[data-testid=trainees-table] tr:has-text("杨丽萍")');
    expect(await row.locator('[data-testid=trainee-state]').textContent()).toContain('已报名');
    const asked = await clickAndConfirm(row, 'approve-杨丽萍');
    expect(asked).toContain('杨丽萍');
    await county.waitForSelector('[data-testid=trainees-table] tr:has-text("杨丽萍") [data-testid=trainee-state]:has-text("已录取")');
    expect(await county.locator('[data-testid=cohort-places]').textContent()).toBe('1 / 30');

    const teacher = await logIn(PHONE, 'qj.teacher');
    await teacher.goto(`${baseUrl}/training/mine`);
    expect(await teacher.locator('[data-testid=my-hours]').textContent()).toBe('130 / 360 学时');
    expect(await teacher.locator('[data-testid=my-pace]').textContent()).toContain('落后于进度');
    expect(await teacher.locator('[data-testid=my-ledger] li').count()).toBe(2);
    expect(await teacher.locator('[data-testid=my-enrolments]').textContent()).toContain('已录取');
    // Her pass has a certificate: a PDF whose code the public check confirms, her name masked.
    const href = (await teacher.locator('[data-testid=certificate-link]').first().getAttribute('href'))!;
    const pdf = await teacher.request.get(`${baseUrl}${href}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const code = /certificate-([2-9A-Z-]+)\.pdf/.exec(pdf.headers()['content-disposition'] ?? '')![1]!;
    const visitor = await browser.newPage(PHONE);
    await visitor.goto(`${baseUrl}/verify?code=${code}`);
    expect(await visitor.locator('[data-testid=verify-name]').textContent()).toBe('杨*萍');
    expect(await visitor.locator('[data-testid=verify-result]').textContent()).not.toContain('会泽');
    await visitor.close();
    // Nothing on the page is wider than the phone.
    expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('the provider takes a day’s roll on a phone, and the cohort page counts it', async () => {
    const provider = await logIn(PHONE, 'qj.baoshan');
    await provider.goto(`${baseUrl}/training/cohorts`);
    await provider.click('[data-testid=cohorts-table] a:has-text("职业学校教师班（二）")');
    await provider.waitForSelector('[data-testid=sessions]');
    const secondDay = provider.locator('[data-testid=sessions] li').nth(1);
    expect(await secondDay.textContent()).toContain('出勤 0 · 缺勤 0');
    await secondDay.locator('a').click();
    await provider.waitForSelector('[data-testid=roll]');
    const marks = provider.locator('[data-testid=roll] input[type=checkbox]');
    expect(await marks.count()).toBe(6);
    // A roll not yet taken starts with everyone ticked; the provider unticks the two who are away.
    await marks.nth(0).uncheck();
    await marks.nth(1).uncheck();
    await provider.click('[data-testid=save-roll]');
    await provider.waitForSelector('[data-testid=roll-saved]');
    expect(await provider.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await provider.goto(provider.url().replace(/\/sessions\/.*/, ''));
    expect(await provider.locator('[data-testid=sessions] li').nth(1).textContent()).toContain('出勤 4 · 缺勤 2');
  });
});
