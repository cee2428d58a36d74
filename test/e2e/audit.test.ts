import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logInAsDemo, PHONE } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the audit log and record histories, in a real browser', () => {
  it('reads as sentences, filters in the URL, and fits a phone', async () => {
    const page = await logInAsDemo(browser, baseUrl, 'bc.admin', PHONE);
    await page.goto(`${baseUrl}/audit`);
    const texts = await page.locator('[data-testid=audit-text]').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    // The newest event is this login, as a sentence naming the administrator.
    expect(texts[0]).toMatch(/^白城市教育局 管理员 登录成功（IP .+）$/);
    expect(texts.join('\n')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|allowance_sheet|must_change_password/);
    expect(await page.locator('[data-testid=audit-table] time').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    await page.selectOption('[data-testid=list-toolbar] select[name=action]', 'login_succeeded');
    await page.click('[data-testid=list-toolbar] button[type=submit]');
    await page.waitForURL(/action=login_succeeded/);
    const logins = await page.locator('[data-testid=audit-text]').allTextContents();
    expect(logins.length).toBeGreaterThan(0);
    expect(logins.every((text) => text.includes('登录成功'))).toBe(true);
    expect(await page.locator('[data-testid=export-link]').getAttribute('href')).toBe('/audit/export?action=login_succeeded');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('shows a school’s history on its own tab, a link reached with the keyboard', async () => {
    const page = await logInAsDemo(browser, baseUrl, 'bc.admin', PHONE);
    await page.goto(`${baseUrl}/schools?q=${encodeURIComponent('洮北区平台镇中心学校')}`);
    await page.click('[data-testid=schools-table] a:text-is("洮北区平台镇中心学校")');
    await page.waitForSelector('[data-testid=tab-panel-overview]');
    expect(await page.getAttribute('[data-testid=tab-overview]', 'aria-current')).toBe('page');
    await page.focus('[data-testid=tab-history]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/tab=history/);
    await page.waitForSelector('[data-testid=tab-panel-history]');
    expect(await page.getAttribute('[data-testid=tab-history]', 'aria-current')).toBe('page');
    expect(await page.locator('[data-testid=history-text]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});
