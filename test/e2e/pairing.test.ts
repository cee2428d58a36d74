import { addDays, termOf } from '@tongxing/domain';
import { jpeg } from '@tongxing/storage/test-files';
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
  logInAsDemo(browser, baseUrl, username, options, 'yueyang');
const PAIR = '东方红小学—长寿镇中心小学';

async function confirmedSent(page: Page): Promise<number> {
  const cell = page.locator('[data-testid=pair-progress] tr[data-kind="送教"] [data-testid=confirmed]');
  return Number(await cell.textContent());
}

describe('pairing, in a real browser', () => {
  it('the city school logs a 送教 with two photos, the village school confirms it on a phone, and the pair and the city’s dashboard count it', async () => {
    const urban = await logIn({}, 'yy.dongfanghong');
    await urban.goto(`${baseUrl}/pairing`);
    await urban.click(`[data-testid=pairs-table] a:has-text("${PAIR}")`);
    await urban.waitForSelector('[data-testid=pair-progress]');
    const before = await confirmedSent(urban);
    await urban.click('summary:has-text("登记帮扶活动")');
    const form = urban.locator('[data-testid=activity-form]');
    await form.locator('select[name=kind]').selectOption('送教');
    // Yesterday (in China), unless that is in the last term: the pair page lists this term's activities.
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const yesterday = addDays(today, -1);
    const day = termOf(yesterday).key === termOf(today).key ? yesterday : today;
    await form.locator('input[name=startDate]').fill(day);
    await form.locator('input[name=description]').fill('英语送教两节');
    await form.locator('input[name=students]').fill('40');
    const photo = (hour: string) => jpeg({ width: 1600, height: 1200, dateTimeOriginal: `2026:11:30 ${hour}:00:00` });
    await form.locator('input[name=files]').setInputFiles([
      { name: '课堂.jpg', mimeType: 'image/jpeg', buffer: await photo('09') },
      { name: '评课.jpg', mimeType: 'image/jpeg', buffer: await photo('10') },
    ]);
    await urban.click('[data-testid=activity-form-submit]');
    await urban.waitForSelector('p.notice:has-text("已登记")');
    expect(await confirmedSent(urban)).toBe(before);

    const rural = await logIn(PHONE, 'yy.changshou');
    await rural.goto(`${baseUrl}/pairing`);
    await rural.click(`[data-testid=pairs-table] a:has-text("${PAIR}")`);
    await rural.click(`[data-testid=pair-activities] li:has-text("${day}") a`);
    await rural.waitForSelector('[data-testid=activity-evidence] img');
    expect(await rural.locator('[data-testid=activity-evidence] img').count()).toBe(2);
    expect(await rural.locator('[data-testid=activity-facts]').textContent()).toContain('英语送教两节');
    expect(await clickAndConfirm(rural, 'activity-confirm')).toContain('确认本校收到了这次帮扶');
    await rural.waitForSelector('[data-testid=activity-receipts] [data-testid=activity-state]:has-text("已确认")');
    expect(await rural.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await urban.reload();
    expect(await confirmedSent(urban)).toBe(before + 1);
    // The city's term dashboard counts it too.
    const city = await logIn({}, 'yy.admin');
    await city.goto(`${baseUrl}/pairing`);
    await city.click('[data-testid=pairing-board-link]');
    const row = city.locator(`[data-testid=board-pairs] tr[data-pair="${PAIR}"]`);
    expect(await row.textContent()).toContain(`送教 ${before + 1}/2`);
    // Another city's school gets nothing from a photo's address.
    const photoHref = (await rural.locator('[data-testid=activity-evidence] a[download]').first().getAttribute('href'))!;
    const outsider = await logInAsDemo(browser, baseUrl, 'bc.pingtai');
    expect((await outsider.request.get(`${baseUrl}${photoHref}`)).status()).toBe(404);
    const served = await rural.request.get(`${baseUrl}${photoHref}`);
    expect([served.status(), served.headers()['content-type'], served.headers()['x-content-type-options']]).toEqual([
      200,
      'image/jpeg',
      'nosniff',
    ]);
  });

  it('each figure of the city’s dashboard opens the activities behind it, which export to Excel and print; the settings credit 送教', async () => {
    const city = await logIn({}, 'yy.admin');
    await city.goto(`${baseUrl}/pairing/dashboard`);
    const badge = city.locator(`[data-testid=board-pairs] tr[data-pair="${PAIR}"] a[data-kind="送教"]`);
    const confirmed = Number(/送教 (\d+)\//.exec((await badge.textContent()) ?? '')![1]);
    await badge.click();
    await city.waitForSelector('[data-testid=ledger-summary]');
    expect(await city.locator('[data-testid=ledger-summary]').textContent()).toContain(`共 ${confirmed} 项活动`);
    expect(await city.locator('[data-testid=ledger-table] tbody tr').count()).toBe(confirmed);
    const exported = await city.request.get(`${baseUrl}/pairing/activities/export${new URL(city.url()).search}`);
    expect([exported.status(), exported.headers()['content-type']]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    await city.click('[data-testid=ledger-print]');
    await city.waitForSelector('[data-testid=ledger-print-table]');
    expect(await city.locator('[data-testid=ledger-print-table] tbody tr').count()).toBe(confirmed);
    await city.goto(`${baseUrl}/pairing`);
    await city.click('[data-testid=pairing-settings-link]');
    await city.waitForSelector('[data-testid=pairing-settings]');
    expect(await city.locator('select[data-kind="送教"]').inputValue()).toBe('校本');
  }, 120_000);
});
