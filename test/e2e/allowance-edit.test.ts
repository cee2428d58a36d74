import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickAndConfirm, launchBrowser, logInAsDemo } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const logIn = (username: string): Promise<Page> => logInAsDemo(browser, baseUrl, username);

describe('editing an allowance draft, in a real browser', () => {
  // The e2e database is shared by every file of a run: a type of our own.
  const typeName = `班主任津贴${Date.now().toString(36)}`;

  it('the city edits a draft in the same form, pre-filled, and the summary follows', async () => {
    const admin = await logIn('bc.admin');
    await admin.goto(`${baseUrl}/allowances/rules`);
    await admin.fill('[data-testid=create-type] input[name=name]', typeName);
    await admin.click('[data-testid=create-type] button[type=submit]');
    await admin.waitForSelector(`[data-testid=allowance-type][data-name="${typeName}"]`);

    const draft = admin.locator('[data-testid=draft-form]');
    await draft.locator('select[name=allowanceTypeId]').selectOption({ label: typeName });
    await draft.locator('input[name=documentNo]').fill('白教发〔2020〕1号');
    await draft.locator('input[name=documentTitle]').fill('班主任津贴发放办法');
    await draft.locator('input[name=effectiveFrom]').fill('2020-01-01');
    await draft.locator('input[name="schoolTypes"][value="小学"]').check();
    await draft.locator('input[name=amountKind][value=fixed]').check();
    await draft.locator('input[name=monthlyYuan]').fill('200');
    await draft.locator('button[type=submit]').click();
    await admin.waitForSelector('[data-testid=done-notice]:has-text("草稿已保存")');

    const version = admin.locator(`[data-testid=allowance-type][data-name="${typeName}"] [data-testid=rule-version]`);
    expect(await version.textContent()).toContain('学校类型：小学');
    await version.locator('[data-testid=edit-draft]').click();
    await admin.waitForSelector('[data-testid=draft-form][data-editing]');
    const editor = admin.locator('[data-testid=draft-form][data-editing]');
    expect(await editor.locator('input[name=documentNo]').inputValue()).toBe('白教发〔2020〕1号');
    expect(await editor.locator('input[name=monthlyYuan]').inputValue()).toBe('200');
    expect(await editor.locator('input[name="schoolTypes"][value="小学"]').isChecked()).toBe(true);

    // A refusal shows beside the field, and the editor stays open with what was typed.
    await editor.locator('input[name=documentNo]').fill('白教发〔2020〕2号');
    await editor.locator('input[name=monthlyYuan]').fill('两百');
    await editor.locator('button[type=submit]').click();
    await admin.waitForSelector('[data-testid=draft-error]:has-text("金额格式")');
    expect(await editor.locator('input[name=monthlyYuan]').getAttribute('aria-invalid')).toBe('true');
    expect(await editor.locator('input[name=documentNo]').inputValue()).toBe('白教发〔2020〕2号');
    await editor.locator('input[name=monthlyYuan]').fill('200');
    await editor.locator('input[name="schoolTypes"][value="初中"]').check();
    await editor.locator('button[type=submit]').click();
    await admin.waitForSelector('[data-testid=done-notice]:has-text("草稿已修改")');
    const text = await version.textContent();
    expect(text).toContain('白教发〔2020〕2号');
    expect(text).toContain('学校类型：小学、初中');
    expect(await version.getAttribute('data-state')).toBe('draft');

    // Publishing asks first, by keyboard too: Escape cancels and gives focus back to the button.
    const publish = version.locator('[data-testid=publish][data-ready]');
    await publish.focus();
    await admin.keyboard.press('Enter');
    const dialog = admin.locator('dialog[open]');
    expect(await dialog.textContent()).toContain(`发布后「${typeName}」的这一版本不可修改；自 2020-01-01 起按此标准计算。`);
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-cancel');
    await admin.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('publish');
    expect(await version.getAttribute('data-state')).toBe('draft');

    // Confirmed, it is published; a published version has no edit control.
    await clickAndConfirm(version, 'publish');
    await expect.poll(() => version.getAttribute('data-state')).toBe('published');
    expect(await version.locator('[data-testid=edit-draft]').count()).toBe(0);
    await admin.context().close();
  });
});
