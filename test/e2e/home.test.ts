import { DEMO_LOGINS } from '@tongxing/db/seed/demo-data';
import { todayInChina } from '@tongxing/domain';
import type { Browser, Page } from 'playwright-core';
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

const ITEMS = '[data-testid=home-waiting], [data-testid=home-figure], [data-testid=home-amount]';

/** Every item of the home page links to a list of this site. */
async function itemLinks(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid=home-waiting] a, [data-testid=home-figure] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('the home page of every demo login', () => {
  for (const demo of DEMO_LOGINS) {
    for (const [width, options] of [
      ['desktop', {}],
      ['phone', PHONE],
    ] as const) {
      it(`${demo.tenantCode}/${demo.username} (${demo.role}) lands on what waits for them, on a ${width}`, async () => {
        const page = await logInAsDemo(browser, baseUrl, demo.username, options, demo.tenantCode);
        expect(new URL(page.url()).pathname).toBe('/');
        expect(await page.locator(ITEMS).count()).toBeGreaterThan(0);
        for (const href of await itemLinks(page)) expect(href).toMatch(/^\/[a-z]/);
        if (width === 'phone') expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await page.context().close();
      });
    }
  }
});

describe('the navigation', () => {
  it('opens on a phone as one menu of sections, navigates, and closes behind it', async () => {
    const page = await logInAsDemo(browser, baseUrl, 'bc.admin', PHONE);
    expect(await page.isVisible('[data-testid=nav]')).toBe(false);
    expect(await page.isVisible('[data-testid=nav-narrow]')).toBe(false);
    await page.click('[data-testid=menu-button]');
    const menu = page.locator('[data-testid=nav-narrow]');
    expect(await menu.locator('h2').allTextContents()).toEqual(['台账', '补助', '培训', '交流', '结对', '督查', '系统']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await menu.locator('a', { hasText: '测算' }).click();
    await page.waitForURL(`${baseUrl}/allowances/simulate`);
    expect(await page.isVisible('[data-testid=nav-narrow]')).toBe(false);
    await page.click('[data-testid=menu-button]');
    expect(await menu.locator('a[aria-current=page]').allTextContents()).toEqual(['测算']);
    await page.context().close();
  });

  it('opens a group from the keyboard on a wide screen, closes it with Escape, and marks the page and its group', async () => {
    const page = await logInAsDemo(browser, baseUrl, 'bc.admin');
    const group = page.locator('[data-testid=nav-group-allowances]');
    const summary = group.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => summary.getAttribute('aria-expanded')).toBe('true');
    expect(await group.locator('a').first().isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => summary.getAttribute('aria-expanded')).toBe('false');
    expect(await group.locator('a').first().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('补助');

    // one group at a time, and a click elsewhere closes it
    await page.keyboard.press('Enter');
    await page.click('[data-testid=nav-group-register] summary');
    await expect.poll(() => summary.getAttribute('aria-expanded')).toBe('false');
    // the group opens on its details' toggle event, which the built app may handle a moment after the click
    await expect.poll(() => page.getAttribute('[data-testid=nav-group-register] summary', 'aria-expanded')).toBe('true');
    await page.click('h1');
    await expect.poll(() => page.getAttribute('[data-testid=nav-group-register] summary', 'aria-expanded')).toBe('false');

    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/allowances/rules`);
    expect(await group.getAttribute('class')).toContain('active');
    expect(await group.locator('a[aria-current=page]').allTextContents()).toEqual(['补助标准']);
    expect(await summary.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('gives a teacher their year month by month on a phone, any year chosen', async () => {
    const page = await logInAsDemo(browser, baseUrl, 'bc.teacher', PHONE);
    await page.click('[data-testid=home-mine-link]');
    await page.waitForURL(/\/allowances\/mine\?year=\d{4}$/);
    const today = todayInChina();
    const months = page.locator('[data-testid=mine-month]');
    const thisYear = Number(today.slice(0, 4));
    const shown = Number(new URL(page.url()).searchParams.get('year'));
    // the home page links to this month's year; a year before this one shows all twelve months
    expect(await months.count()).toBe(shown === thisYear ? Number(today.slice(5, 7)) : 12);
    expect(await months.first().getAttribute('data-month')).toBe(shown === thisYear ? today.slice(0, 7) : `${shown}-12`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const paid = page.locator('[data-testid=mine-month]:not([data-state=none])');
    if ((await paid.count()) > 0) {
      // a month with lines opens to them, and each explanation opens in turn
      await paid.first().locator('summary').first().click();
      const line = paid.first().locator('[data-testid=mine-line]').first();
      expect(await line.isVisible()).toBe(true);
      await line.locator('summary').click();
      expect(((await line.locator('[data-testid=mine-explanation]').textContent()) ?? '').length).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }

    await page.fill('input[name=year]', String(thisYear - 1));
    await page.click('[data-testid=mine-year] button[type=submit]');
    await page.waitForURL(new RegExp(`year=${thisYear - 1}`));
    expect(await months.count()).toBe(12);
    expect(await months.first().getAttribute('data-month')).toBe(`${thisYear - 1}-12`);
    await page.context().close();
  });

  it('sends a teacher straight to their own record', async () => {
    const page = await logInAsDemo(browser, baseUrl, 'bc.teacher', PHONE);
    await page.click('[data-testid=menu-button]');
    await page.locator('[data-testid=nav-narrow] a', { hasText: '我的档案' }).click();
    await page.waitForURL(/\/teachers\/[0-9a-f-]{36}$/);
    expect(await page.textContent('h1')).toContain('王淑芬');
    await page.context().close();
  });
});
