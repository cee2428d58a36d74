import { monthBounds, todayInChina } from '@tongxing/domain';
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

describe('allowances, in a real browser', () => {
  // The e2e database is shared by every file of a run: a type of our own, so nothing else counts.
  const typeName = `乡村教师生活补助${Date.now().toString(36)}`;
  const documentNo = '白政办发〔2016〕×号';

  it('the city publishes a tier rule, and a teacher reads her month and why on a phone', async () => {
    const admin = await logIn({}, 'bc.admin');
    await admin.goto(`${baseUrl}/allowances/rules`);
    await admin.fill('[data-testid=create-type] input[name=name]', typeName);
    await admin.click('[data-testid=create-type] button[type=submit]');
    await admin.waitForSelector(`[data-testid=allowance-type][data-name="${typeName}"]`);

    // 白城: 乡镇 300, 村小 and 教学点 500 元/月, in post, by calendar days. 王淑芬 (the demo teacher,
    // at 洮北区平台镇中心学校, 乡镇) is 在编; the rule covers 特岗 too. The demo's own type is there as well:
    // the lines below are picked by this type's name.
    const draft = admin.locator('[data-testid=draft-form]');
    await draft.locator('select[name=allowanceTypeId]').selectOption({ label: typeName });
    await draft.locator('input[name=documentNo]').fill(documentNo);
    await draft.locator('input[name=documentTitle]').fill('白城市乡村教师支持计划实施意见');
    await draft.locator('input[name=effectiveFrom]').fill('2016-01-01');
    for (const cls of ['乡镇', '村小', '教学点']) await draft.locator(`input[name=locationClasses][value="${cls}"]`).check();
    for (const type of ['在编', '特岗']) await draft.locator(`input[name=employmentTypes][value="${type}"]`).check();
    await draft.locator('input[name=amountKind][value=tier]').check();
    // Only the chosen mode's fields show.
    expect(await draft.locator('input[name=ratePercent]').isVisible()).toBe(false);
    expect(await draft.locator('input[name=monthlyYuan]').isVisible()).toBe(false);
    // An amount in a wrong format is refused naming its tier and the format.
    await draft.locator('input[name="tier:乡镇"]').fill('三百');
    await draft.locator('button[type=submit]').click();
    expect(await admin.locator('[data-testid=draft-error]').textContent()).toContain(
      '第 1 档（乡镇）：金额格式：最多两位小数的元，如 300 或 300.50',
    );
    expect(await draft.locator('input[name="tier:乡镇"]').getAttribute('aria-invalid')).toBe('true');
    await draft.locator('input[name="tier:乡镇"]').fill('300');
    await draft.locator('input[name="tier:村小"]').fill('500');
    await draft.locator('input[name=prorationKind][value=calendarDays]').check();
    // A class without an amount is refused, beside the amount, and what was typed stays.
    await draft.locator('button[type=submit]').click();
    expect(await admin.locator('[data-testid=amount-error]').textContent()).toContain('教学点');
    expect(await draft.locator('input[name="tier:乡镇"]').inputValue()).toBe('300');
    await draft.locator('input[name="tier:教学点"]').fill('500');
    await draft.locator('button[type=submit]').click();
    await admin.waitForSelector('[data-testid=done-notice]:has-text("草稿已保存")');
    // The saved draft's amounts and classes do not linger in the form.
    expect(await draft.locator('input[name="tier:乡镇"]').inputValue()).toBe('');
    expect(await draft.locator('input[name=locationClasses][value="乡镇"]').isChecked()).toBe(false);

    const card = admin.locator(`[data-testid=allowance-type][data-name="${typeName}"]`);
    const version = card.locator('[data-testid=rule-version]');
    expect(await version.getAttribute('data-state')).toBe('draft');
    expect(await version.textContent()).toContain('乡镇 300.00 元/月、村小 500.00 元/月、教学点 500.00 元/月');
    await clickAndConfirm(version, 'publish');
    await expect.poll(() => version.getAttribute('data-state')).toBe('published');
    await admin.context().close();

    const month = todayInChina().slice(0, 7);
    const { days } = monthBounds(month);
    const m = Number(month.slice(5, 7));
    const teacher = await logIn(PHONE, 'bc.teacher');
    await teacher.goto(`${baseUrl}/allowances/mine`);
    expect(await teacher.inputValue('input[name=month]')).toBe(month);
    const line = teacher.locator('[data-testid=allowance-line]', { hasText: typeName });
    expect(await line.locator('[data-testid=allowance-amount]').textContent()).toBe('300.00 元');
    expect(await line.locator('[data-testid=allowance-explanation]').textContent()).toBe(
      `${m}月1日–${days}日 洮北区平台镇中心学校（乡镇，300元/月）${days}天；依据 ${documentNo}`,
    );
    expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A month before the rule: the empty state.
    await teacher.fill('input[name=month]', '2015-12');
    await teacher.click('[data-testid=allowance-preview] button[type=submit]');
    await teacher.waitForURL(/month=2015-12/);
    await teacher.waitForSelector('[data-testid=allowance-empty]');
    expect(await teacher.locator('[data-testid=allowance-line]', { hasText: typeName }).count()).toBe(0);

    // The same preview on her record.
    await teacher.goto(`${baseUrl}/teachers?q=${encodeURIComponent('王淑芬')}`);
    await teacher.click('[data-testid=teachers-table] a:text-is("王淑芬")');
    const section = teacher.locator('[data-testid=teacher-allowance]');
    await section.waitFor();
    expect(
      await section.locator('[data-testid=allowance-line]', { hasText: typeName }).locator('[data-testid=allowance-amount]').textContent(),
    ).toBe('300.00 元');
    await teacher.context().close();
  });
});
