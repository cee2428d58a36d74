import { todayInChina } from '@tongxing/domain';
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

const logIn = (options: BrowserContextOptions, username: string): Promise<Page> => logInAsDemo(browser, baseUrl, username, options);

/** Opens a teacher's record from the teacher list, as a user would, on the tab of their posts. */
async function openTeacher(page: Page, name: string): Promise<void> {
  await page.goto(`${baseUrl}/teachers?q=${encodeURIComponent(name)}`);
  await page.click(`[data-testid=teachers-table] a:text-is("${name}")`);
  await openTab(page, 'posts');
  await page.waitForSelector('[data-testid=timeline]');
}

/** Opens a tab of a detail page (links with ?tab=). */
async function openTab(page: Page, tab: 'overview' | 'posts' | 'history'): Promise<void> {
  await page.click(`[data-testid=tab-${tab}]`);
  await page.waitForSelector(`[data-testid=tab-panel-${tab}]`);
}

const datesOf = (item: ReturnType<Page['locator']>) =>
  item.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));

describe('the register, in a real browser', () => {
  it('a county officer transfers a teacher to another school of the county and sees both intervals on the timeline', async () => {
    const page = await logIn({}, 'bc.taobei');
    await openTeacher(page, '张玉兰');
    const items = page.locator('[data-testid=timeline-item]');
    const before = await items.count();
    expect(await items.nth(before - 1).getAttribute('data-state')).toBe('current');
    expect(await items.nth(before - 1).textContent()).toContain('洮北区德顺乡永兴村小学');

    const day = todayInChina();
    const form = page.locator('[data-testid=transfer-form]');
    await form.locator('input[name=date]').fill(day);
    // The county has more schools than the first page of choices: find the destination by name.
    await form.locator('[data-testid=schoolId-search]').fill('白城市第一中学');
    await form.locator('[role=option][data-name="白城市第一中学"]').click();
    expect(await form.locator('input[type=hidden][name=schoolId]').inputValue()).toMatch(/^[0-9a-f-]{36}$/);
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=done-notice]');

    await expect.poll(() => items.count()).toBe(before + 1);
    const previous = items.nth(before - 1);
    const next = items.nth(before);
    expect(await previous.textContent()).toContain('洮北区德顺乡永兴村小学');
    expect(await previous.getAttribute('data-state')).toBe('past');
    expect((await datesOf(previous))[1]).toBe(day);
    expect(await next.textContent()).toContain('白城市第一中学');
    expect(await next.getAttribute('data-state')).toBe('current');
    expect(await datesOf(next)).toEqual([day]);
    expect(await page.textContent('[data-testid=teacher-facts]')).toContain('白城市第一中学');
    // The history says, naming the officer, that the old post ended and the new one began.
    await openTab(page, 'history');
    const history = await page.locator('[data-testid=history-text]').allTextContents();
    expect(history).toContain(`洮北区教育局人事股 结束了 张玉兰 在 洮北区德顺乡永兴村小学 的任职，自 ${day} 起不再任职`);
    expect(history).toContain(`洮北区教育局人事股 登记了 张玉兰 在 白城市第一中学 的任职，自 ${day} 起`);
    await page.context().close();
  });

  it('a teacher on a phone opens their own record and corrects their phone number, and nothing else', async () => {
    const page = await logIn(PHONE, 'bc.teacher');
    await openTeacher(page, '王淑芬');
    expect(await page.textContent('[data-testid=id-number]')).toMatch(/^\d{17}[\dX]$/);
    expect(await page.locator('[data-testid=timeline-item]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=transfer-form], [data-testid=edit-teacher]').count()).toBe(0);
    await openTab(page, 'overview');
    expect(await page.locator('[data-testid=transfer-form], [data-testid=edit-teacher]').count()).toBe(0);

    const phoneForm = page.locator('[data-testid=phone-form]');
    await phoneForm.locator('input[name=phone]').fill('1381234567');
    await phoneForm.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=form-error]');
    expect(await phoneForm.locator('.field-error').textContent()).toBe('不是有效的手机号（11 位，以 1 开头）');

    await phoneForm.locator('input[name=phone]').fill('13812345678');
    await phoneForm.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=done-notice]');
    expect(await page.textContent('[data-testid=phone]')).toBe('13812345678');
    await openTab(page, 'history');
    // The history masks the number: the middle four digits never leave the server.
    expect(await page.textContent('[data-testid=history]')).toContain('的 手机号 由');
    expect(await page.textContent('[data-testid=history]')).toContain('改为 138****5678');
    expect(await page.textContent('[data-testid=history]')).not.toContain('13812345678');

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('a school administrator proposes a leave and the county officer approves it', async () => {
    const admin = await logIn({}, 'bc.pingtai');
    await openTeacher(admin, '赵志强');
    const form = admin.locator('[data-testid=propose-form]');
    await form.locator('input[name=date]').fill(todayInChina());
    await form.locator('select[name=status]').selectOption('进修');
    await form.locator('input[name=note]').fill('省培 置换脱产研修');
    await form.locator('button[type=submit]').click();
    await admin.waitForSelector('[data-testid=done-notice]');

    const officer = await logIn({}, 'bc.taobei');
    await officer.goto(`${baseUrl}/requests`);
    const row = officer.locator('[data-testid=requests-table] tr', { hasText: '赵志强' });
    expect(await row.textContent()).toContain('省培 置换脱产研修');
    expect(await clickAndConfirm(row, 'approve-request')).toContain('赵志强');
    await officer.waitForSelector('[data-testid=decided-notice]');
    await openTeacher(officer, '赵志强');
    const items = officer.locator('[data-testid=timeline-item]');
    expect(await items.nth((await items.count()) - 1).textContent()).toContain('进修');
  });
});
