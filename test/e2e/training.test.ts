import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { jpeg } from '@tongxing/storage/test-files';
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

  it('a teacher claims hours with a photo on a phone, the county approves it, and her hours rise', async () => {
    const teacher = await logIn(PHONE, 'qj.teacher');
    await teacher.goto(`${baseUrl}/training/mine`);
    const before = Number(/^(\d+)/.exec((await teacher.locator('[data-testid=my-hours]').textContent())!)![1]);
    await teacher.click('summary:has-text("申报学时")');
    const claim = teacher.locator('[data-testid=claim-form]');
    await claim.locator('input[name=title]').fill('省级班主任网络培训');
    await claim.locator('select[name=level]').selectOption('省培');
    await claim.locator('input[name=hours]').fill('12');
    await claim.locator('input[name=completedOn]').fill('2026-10-20');
    const photo = await jpeg({ width: 2000, height: 1500, dateTimeOriginal: '2026:10:20 15:04:00' });
    await claim.locator('input[name=files]').setInputFiles({ name: '结业证书.jpg', mimeType: 'image/jpeg', buffer: photo });
    await teacher.click('[data-testid=claim-form-submit]');
    await teacher.waitForSelector('[data-testid=my-claims] li:has-text("省级班主任网络培训") [data-testid=claim-state]:has-text("待审核")');
    expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const county = await logIn({}, 'qj.huize');
    await county.goto(`${baseUrl}/training/claims?state=pending`);
    await county.click('[data-testid=claims-table] tr:has-text("省级班主任网络培训") a');
    await county.waitForSelector('[data-testid=claim-evidence] img');
    // The thumbnail is a real picture of the photo, 320 px wide.
    await county.waitForFunction(() => (document.querySelector('[data-testid=claim-evidence] img') as HTMLImageElement).naturalWidth > 0);
    expect(await county.locator('[data-testid=claim-evidence] img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(320);
    expect(await county.locator('[data-testid=claim-evidence]').textContent()).toContain('拍摄于 2026-10-20 15:04:00');
    const original = (await county.locator('[data-testid=claim-evidence] a[download]').getAttribute('href'))!;
    const file = await county.request.get(`${baseUrl}${original}`);
    expect([file.status(), file.headers()['content-type'], file.headers()['x-content-type-options']]).toEqual([
      200,
      'image/jpeg',
      'nosniff',
    ]);
    expect(file.headers()['content-disposition']).toMatch(/^inline; .*filename\*=UTF-8''%E7%BB%93/);
    expect((await file.body()).equals(photo)).toBe(true);
    // Another city's administrator gets nothing from the same address.
    const outsider = await logInAsDemo(browser, baseUrl, 'bc.admin');
    expect((await outsider.request.get(`${baseUrl}${original}`)).status()).toBe(404);

    expect(await clickAndConfirm(county, 'claim-approve')).toContain('12 学时');
    await county.waitForSelector('[data-testid=claim-facts] [data-testid=claim-state]:has-text("已通过")');
    await teacher.reload();
    expect(await teacher.locator('[data-testid=my-hours]').textContent()).toBe(`${before + 12} / 360 学时`);
  });

  it('a report figure opens the teachers behind it', async () => {
    const city = await logIn({}, 'qj.admin');
    await city.goto(`${baseUrl}/training/reports?tab=levels`);
    const figure = city.locator('[data-testid=levels-by-county] tbody tr').first().locator('[data-testid=trainees] a').last();
    const count = (await figure.textContent())!;
    await figure.click();
    await city.waitForSelector('[data-testid=trainee-summary]');
    expect(await city.locator('[data-testid=trainee-summary]').textContent()).toContain(`学员 ${count} 人`);
    expect(await city.locator('[data-testid=trainee-table] tbody tr').count()).toBe(Math.min(20, Number(count.replace(/,/g, ''))));
  });

  it('the city adds a cohort to a programme (a refused one keeps what was typed) and gives a county its places', async () => {
    const city = await logIn({}, 'qj.admin');
    await city.goto(`${baseUrl}/training/programmes`);
    await city.click('[data-testid=programmes-table] tbody tr >> nth=0 >> a');
    await city.waitForSelector('[data-testid=programme-name]');
    await city.click('summary:has-text("添加期次")');
    const create = city.locator('[data-testid=cohort-create]');
    await create.locator('input[name=name]').fill('2027年春季班');
    await create.locator('input[name=startDate]').fill('2027-04-10');
    await create.locator('input[name=endDate]').fill('2027-04-01');
    await create.locator('input[name=capacity]').fill('30');
    await create.locator('input[name=hours]').fill('24');
    await create.locator('button[type=submit]').click();
    await city.waitForSelector('[data-testid=cohort-create] .field-error');
    expect(await city.locator('[data-testid=cohort-create]').textContent()).toContain('结束日期不能早于开始日期');
    expect(await city.locator('[data-testid=cohort-create] input[name=name]').inputValue()).toBe('2027年春季班');
    await city.locator('[data-testid=cohort-create] input[name=endDate]').fill('2027-04-19');
    await city.locator('[data-testid=cohort-create] button[type=submit]').click();
    await city.waitForSelector('[data-testid=done-notice]:has-text("2027年春季班")');

    await city.goto(`${city.url().split('?')[0]}?tab=quotas`);
    const quota = city.locator('[data-testid=quota-cohort][data-cohort="2027年春季班"]');
    await quota.locator('summary').click();
    await quota.locator('input[type=number]').first().fill('5');
    await quota.locator('button[type=submit]').click();
    await city.waitForSelector('[data-testid=done-notice]:has-text("名额已保存")');
    expect(await city.locator('[data-testid=quota-cohort][data-cohort="2027年春季班"] summary').textContent()).toContain('5');
  });
});
