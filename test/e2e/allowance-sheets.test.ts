import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickAndConfirm, launchBrowser, logInAsDemo, PHONE } from '../support/browser';
import { downloadedWorkbook, rowsOf } from '../support/excel';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const logIn = (options: BrowserContextOptions, username: string): Promise<Page> => logInAsDemo(browser, baseUrl, username, options);

const workbook = async (page: Page, path: string) => (await downloadedWorkbook(page, `${baseUrl}${path}`)).worksheets[0]!;

describe('monthly disbursement sheets, in a real browser', () => {
  // The e2e database is shared by every file of a run: a type of our own, and a month nobody else uses.
  const typeName = `发放表测试补助${Date.now().toString(36)}`;
  const documentNo = '白政办发〔2019〕×号';
  const month = '2019-03';
  // 王淑芬: 在编 at 洮北区平台镇中心学校 (乡镇) since 2006, so all of March 2019 at 300 元/月.
  const why = `3月1日–31日 洮北区平台镇中心学校（乡镇，300元/月）31天；依据 ${documentNo}`;

  it('a county runs and submits its month, the city approves it, and the teacher reads it on a phone', async () => {
    // The city: a rule of our own covering 在编 and 特岗.
    const admin = await logIn({}, 'bc.admin');
    await admin.goto(`${baseUrl}/allowances/rules`);
    await admin.fill('[data-testid=create-type] input[name=name]', typeName);
    await admin.click('[data-testid=create-type] button[type=submit]');
    await admin.waitForSelector(`[data-testid=allowance-type][data-name="${typeName}"]`);
    const draft = admin.locator('[data-testid=draft-form]');
    await draft.locator('select[name=allowanceTypeId]').selectOption({ label: typeName });
    await draft.locator('input[name=documentNo]').fill(documentNo);
    await draft.locator('input[name=documentTitle]').fill('白城市乡村教师支持计划实施意见');
    await draft.locator('input[name=effectiveFrom]').fill('2019-01-01');
    for (const cls of ['乡镇', '村小', '教学点']) await draft.locator(`input[name=locationClasses][value="${cls}"]`).check();
    for (const type of ['在编', '特岗']) await draft.locator(`input[name=employmentTypes][value="${type}"]`).check();
    await draft.locator('input[name=amountKind][value=tier]').check();
    await draft.locator('input[name="tier:乡镇"]').fill('300');
    await draft.locator('input[name="tier:村小"]').fill('500');
    await draft.locator('input[name="tier:教学点"]').fill('500');
    await draft.locator('input[name=prorationKind][value=calendarDays]').check();
    await draft.locator('button[type=submit]').click();
    await admin.waitForSelector('[data-testid=done-notice]:has-text("草稿已保存")');
    const version = admin.locator(`[data-testid=allowance-type][data-name="${typeName}"] [data-testid=rule-version]`);
    await clickAndConfirm(version, 'publish');
    await expect.poll(() => version.getAttribute('data-state')).toBe('published');

    // The county officer of 洮北区 computes March 2019 and submits it.
    const officer = await logIn({}, 'bc.taobei');
    await officer.goto(`${baseUrl}/allowances/sheets?month=${month}`);
    expect(await officer.locator('[data-testid=sheet-row]').count()).toBe(1);
    const row = officer.locator('[data-testid=sheet-row][data-county="洮北区"]');
    expect(await row.getAttribute('data-state')).toBe('none');
    await row.locator('[data-testid=run-sheet]').click();
    await officer.waitForSelector('[data-testid=done-notice]');
    expect(await officer.textContent('[data-testid=done-notice]')).toMatch(/^已计算：常规 [1-9]\d* 条，补发\/扣回 0 条$/);
    await expect.poll(() => row.getAttribute('data-state')).toBe('draft');

    // The sheet: her line with its explanation, the totals by school, the notice with her ID masked.
    await row.locator('[data-testid=open-sheet]').click();
    await officer.waitForSelector('[data-testid=school-totals]');
    const sheetUrl = officer.url();
    const sheetPath = new URL(sheetUrl).pathname;
    expect(await officer.locator('[data-testid=school-total][data-school="洮北区平台镇中心学校"]').count()).toBe(1);
    expect(await officer.locator('[data-testid=export-bank]').count()).toBe(0);
    await officer.fill('input[name=q]', '王淑芬');
    await officer.click('form[role=search] button[type=submit]');
    await officer.waitForURL(/q=/);
    const line = officer.locator('[data-testid=sheet-line][data-teacher="王淑芬"]', { hasText: typeName });
    expect(await line.locator('[data-testid=line-amount]').textContent()).toBe('300.00');
    expect(await line.locator('[data-testid=line-kind]').textContent()).toBe('常规');
    expect(await line.locator('[data-testid=line-explanation]').textContent()).toBe(why);

    await officer.click('[data-testid=notice-print]');
    await officer.waitForSelector('[data-testid=notice-table]');
    expect(await officer.textContent('[data-testid=notice-mark]')).toBe('草稿 · 未审批 · 不得张贴');
    expect(await officer.textContent('[data-testid=notice-period]')).toMatch(/^公示期：\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}$/);
    const noticeRow = officer.locator('[data-testid=notice-row]', { hasText: '王淑芬' }).filter({ hasText: typeName });
    expect(await noticeRow.locator('[data-testid=masked-id]').textContent()).toMatch(/^\d{4}\*{10}[\dX]{4}$/);

    // A draft's notice: marked as such above the table, with its period and contact line; amounts are numbers.
    const notice = rowsOf(
      await workbook(officer, `${sheetPath}/export/notice?from=2019-04-01&to=2019-04-05&unit=洮北区教育局&phone=0436-1234567`),
    );
    expect(notice.slice(0, 5).map((r) => r[0])).toEqual([
      `洮北区 ${month} 补助发放公示`,
      '草稿 · 未审批 · 不得张贴',
      '公示期：2019-04-01 至 2019-04-05',
      '如有异议，请在公示期内向洮北区教育局反映，联系电话：0436-1234567',
      '姓名',
    ]);
    expect(notice[4]).toEqual(['姓名', '身份证号', '学校', '补助类型', '金额(元)']);
    const hers = notice.find((r) => r[0] === '王淑芬' && r[3] === typeName)!;
    expect(hers).toEqual(['王淑芬', expect.stringMatching(/^\d{4}\*{10}[\dX]{4}$/), '洮北区平台镇中心学校', typeName, '300']);
    // No bank file before the city approves.
    expect((await officer.request.get(`${baseUrl}${sheetPath}/export/bank`)).status()).toBe(400);

    await officer.goto(`${baseUrl}/allowances/sheets?month=${month}`);
    expect(await clickAndConfirm(row, 'submit-sheet')).toContain(`提交 洮北区 ${month} 发放表`);
    await expect.poll(() => row.getAttribute('data-state')).toBe('submitted');
    await officer.context().close();

    // The city approves it (several counties at once: here the one submitted).
    await admin.goto(`${baseUrl}/allowances/sheets?month=${month}`);
    const cityRow = admin.locator('[data-testid=sheet-row][data-county="洮北区"]');
    expect(await cityRow.getAttribute('data-state')).toBe('submitted');
    expect(await admin.locator('[data-testid=sheet-row]').count()).toBeGreaterThan(1);
    await cityRow.locator('[data-testid=select-county]').check();
    await clickAndConfirm(admin, 'approve-many');
    await admin.waitForSelector('[data-testid=done-notice]:has-text("已审批 1 个县区")');
    await expect.poll(() => cityRow.getAttribute('data-state')).toBe('approved');
    expect(await admin.textContent('[data-testid=city-total]')).toBe(await cityRow.locator('[data-testid=sheet-total]').textContent());

    const bank = rowsOf(await workbook(admin, `${sheetPath}/export/bank`));
    expect(bank[0]).toEqual(['姓名', '身份证号', '银行卡号', '金额(元)']);
    const payee = bank.find((r) => r[0] === '王淑芬')!;
    expect(payee[1]).toMatch(/^\d{17}[\dX]$/);
    expect(payee[2]).toMatch(/^\d{19}$/);
    expect(bank.at(-1)![0]).toBe('合计');

    // The totals list every county of the city, those without a sheet as 0.00 and 未生成, and export to Excel.
    await admin.goto(`${baseUrl}/allowances/totals?from=${month}&to=${month}`);
    expect(await admin.locator('[data-testid=totals-county]').count()).toBeGreaterThan(1);
    expect(await admin.getAttribute('[data-testid=totals-county][data-county="洮北区"] td[data-month]', 'data-state')).toBe('approved');
    const notRun = admin.locator('[data-testid=totals-county] td[data-state=none]').first();
    expect(await notRun.textContent()).toMatch(/^\s*0\.00\s*未生成\s*$/);
    const totalsBook = await workbook(admin, (await admin.getAttribute('[data-testid=totals-export]', 'href'))!);
    expect(rowsOf(totalsBook)[0]).toEqual(['县区', month, '合计']);
    await admin.context().close();

    // The teacher, on a phone: what the sheet holds for her, and why.
    const teacher = await logIn(PHONE, 'bc.teacher');
    await teacher.goto(`${baseUrl}/allowances/mine?month=${month}`);
    const mine = teacher.locator('[data-testid=sheet-lines-mine] [data-testid=sheet-line]', { hasText: typeName });
    expect(await mine.locator('[data-testid=sheet-line-amount]').textContent()).toBe('300.00 元');
    expect(await mine.locator('[data-testid=sheet-line-state]').textContent()).toBe('发放表：已审批');
    expect(await mine.locator('[data-testid=sheet-line-explanation]').textContent()).toBe(why);
    expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await teacher.context().close();
  });
});
