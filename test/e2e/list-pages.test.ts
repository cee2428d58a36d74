import { translator } from '@tongxing/domain';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logInAsDemo, PHONE } from '../support/browser';

const baseUrl = inject('baseUrl');
const zh = translator('zh');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const params = (page: Page) => new URL(page.url()).searchParams;
const column = async (page: Page, n: number) =>
  (await page.locator(`[data-testid=teachers-table] tbody tr td:nth-child(${n})`).allTextContents()).map((text) => text.trim());
/** Opens the teacher list and waits until it is hydrated (the school picker's combobox replaces its select). */
async function openTeachers(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl}/teachers${query}`);
  await page.waitForSelector('[data-testid=list-toolbar] [data-testid=schoolId-search]');
}

describe('the list page pattern, on the teacher list', () => {
  it('filters, sorts, pages by number, exports what it shows and says why it is empty', async () => {
    const page = await logInAsDemo(browser, baseUrl, 'bc.admin');
    await page.goto(`${baseUrl}/teachers`);
    const pager = page.locator('[data-testid=pager]');
    expect(await pager.locator('a[aria-current=page]').textContent()).toBe('1');
    const everyone = Number((await pager.locator('[data-testid=pager-total]').textContent())!.replace(/\D/g, ''));
    expect(everyone).toBeGreaterThan(1000);
    // the last page is one click away, not only previous/next
    expect(await pager.locator(`a[aria-label="第 ${Math.ceil(everyone / 20)} 页"]`).count()).toBe(1);

    // a filter: one county, 在编 only; the URL holds them and the list starts at page 1
    await openTeachers(page, '?page=3');
    const toolbar = page.locator('[data-testid=list-toolbar]');
    await toolbar.locator('select[name=countyId]').selectOption({ label: '洮北区' });
    await toolbar.locator('select[name=employmentType]').selectOption('在编');
    await toolbar.locator('button[type=submit]').click();
    await page.waitForURL(/employmentType=/);
    expect(params(page).get('page')).toBeNull();
    expect(params(page).get('countyId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(await column(page, 6))).toEqual(new Set(['洮北区']));
    const filteredTotal = Number((await pager.locator('[data-testid=pager-total]').textContent())!.replace(/\D/g, ''));
    expect(filteredTotal).toBeLessThan(everyone);
    expect(filteredTotal).toBeGreaterThan(40);

    // sort by birth date, then the other way round; aria-sort says which
    await page.click('[data-testid=sort-birthDate]');
    await page.waitForURL(/sort=birthDate/);
    expect(await page.getAttribute('th:has([data-testid=sort-birthDate])', 'aria-sort')).toBe('ascending');
    await page.click('[data-testid=sort-birthDate]');
    await page.waitForURL(/dir=desc/);
    expect(await page.getAttribute('th:has([data-testid=sort-birthDate])', 'aria-sort')).toBe('descending');
    expect(await page.getAttribute('th:has([data-testid=sort-name])', 'aria-sort')).toBeNull();
    const births = await column(page, 4);
    expect(births).toEqual([...births].sort().reverse());

    // a numbered page keeps filters and order; the jump field goes to any page
    await pager.locator('[data-testid=page-2]').click();
    await page.waitForURL(/page=2/);
    expect(await pager.locator('a[aria-current=page]').textContent()).toBe('2');
    expect(params(page).get('countyId')).not.toBeNull();
    expect(params(page).get('dir')).toBe('desc');
    await pager.locator('[data-testid=page-jump] input[name=page]').fill('3');
    await pager.locator('[data-testid=page-jump] button').click();
    await page.waitForURL(/page=3/);
    expect(await pager.locator('a[aria-current=page]').textContent()).toBe('3');
    expect(params(page).get('employmentType')).toBe('在编');

    // the export is exactly the filtered, ordered list: every page of it
    const href = new URL((await page.getAttribute('[data-testid=export-link]', 'href'))!, baseUrl);
    expect(Object.fromEntries(href.searchParams)).toEqual({
      countyId: params(page).get('countyId'),
      employmentType: '在编',
      sort: 'birthDate',
      dir: 'desc',
    });
    const response = await page.request.get(href.toString());
    expect(response.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount - 1).toBe(filteredTotal);
    // in the page's order: birth dates (digits 7-14 of the ID numbers) newest first
    const headers = (sheet.getRow(1).values as string[]).map(String);
    const idColumn = headers.indexOf(zh('import.columns.idNumber'));
    const exportedBirths = (sheet.getColumn(idColumn).values.slice(2) as string[]).map((id) => String(id).slice(6, 14));
    expect(exportedBirths).toHaveLength(filteredTotal);
    expect(exportedBirths).toEqual([...exportedBirths].sort().reverse());

    // a search that finds nothing: the empty state says the filters are why and clears them
    await toolbar.locator('input[name=q]').fill('没有这个人');
    await toolbar.locator('button[type=submit]').click();
    await page.waitForURL(/q=/);
    const empty = page.locator('[data-testid=list-empty]');
    expect(await empty.getAttribute('data-filtered')).toBe('true');
    expect(await page.locator('[data-testid=teachers-table]').count()).toBe(0);
    await empty.locator('[data-testid=clear-filters]').click();
    await page.waitForURL((url) => !url.searchParams.has('q'));
    expect([...params(page).keys()].sort()).toEqual(['dir', 'sort']);
    expect(await page.locator('[data-testid=teachers-table] tbody tr').count()).toBe(20);
    await page.context().close();
  });

  it('the school picker of the filter searches and narrows by the chosen county', async () => {
    const page = await logInAsDemo(browser, baseUrl, 'bc.admin');
    await openTeachers(page);
    const toolbar = page.locator('[data-testid=list-toolbar]');
    await toolbar.locator('select[name=countyId]').selectOption({ label: '洮北区' });
    const input = toolbar.locator('[data-testid=schoolId-search]');
    const options = toolbar.locator('[role=option]');
    // every choice is in the chosen county (each names its county)
    await input.fill('中');
    await expect.poll(async () => (await options.allTextContents()).length).toBeGreaterThan(1);
    expect((await options.allTextContents()).filter((text) => !text.includes('洮北区'))).toEqual([]);
    await input.fill('白城市第一中学');
    await expect.poll(() => options.first().getAttribute('data-name')).toBe('白城市第一中学');
    // keyboard: down to the school, Enter chooses it without submitting the form, Escape closes the list
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBeTruthy();
    await input.press('Enter');
    expect(await input.inputValue()).toBe('白城市第一中学');
    expect(await toolbar.locator('input[type=hidden][name=schoolId]').inputValue()).toMatch(/^[0-9a-f-]{36}$/);
    expect(page.url()).not.toContain('schoolId');
    await toolbar.locator('button[type=submit]').click();
    await page.waitForURL(/schoolId=/);
    expect(new Set(await column(page, 5))).toEqual(new Set(['白城市第一中学']));
    // another county drops a school outside it
    await toolbar.locator('select[name=countyId]').selectOption({ label: '洮南市' });
    await expect.poll(() => toolbar.locator('input[type=hidden][name=schoolId]').inputValue()).toBe('');
    await input.fill('第一中学');
    await expect.poll(() => options.first().getAttribute('data-name')).toBe('洮南市第一中学');
    expect((await options.allTextContents()).filter((text) => !text.includes('洮南市'))).toEqual([]);
    await input.press('Escape');
    expect(await toolbar.locator('[role=listbox]').count()).toBe(0);
    await page.context().close();
  });

  it('the account form narrows its school and teacher pickers by the chosen county and school', async () => {
    const page = await logInAsDemo(browser, baseUrl, 'bc.admin');
    await page.goto(`${baseUrl}/accounts?role=teacher`);
    const create = page.locator('details.create');
    await create.locator('summary').click();
    const school = create.locator('[data-testid=schoolId-search]');
    const teacher = create.locator('[data-testid=teacherId-search]');
    await school.waitFor();
    await create.locator('select[name=countyId]').selectOption({ label: '洮北区' });
    await school.fill('平台镇中心');
    const schoolOptions = create.locator('[data-testid=schoolId-picker] [role=option]');
    const pingtai = create.locator('[data-testid=schoolId-picker] [role=option][data-name="洮北区平台镇中心学校"]');
    await expect.poll(() => pingtai.count()).toBe(1);
    expect((await schoolOptions.allTextContents()).filter((text) => !text.includes('洮北区'))).toEqual([]);
    await pingtai.click();
    // the teacher picker now lists that school's staff only, and finds 王淑芬 by name
    await teacher.fill('王');
    const teacherOptions = create.locator('[data-testid=teacherId-picker] [role=option]');
    await expect.poll(() => create.locator('[data-testid=teacherId-picker] [role=option][data-name="王淑芬"]').count()).toBe(1);
    expect((await teacherOptions.allTextContents()).filter((text) => !text.includes('洮北区平台镇中心学校'))).toEqual([]);
    // another county drops the school, and with it the teacher's narrowing
    await create.locator('select[name=countyId]').selectOption({ label: '洮南市' });
    await expect.poll(() => create.locator('input[type=hidden][name=schoolId]').inputValue()).toBe('');
    // the list's own filter is in the export link
    expect(new URL((await page.getAttribute('[data-testid=export-link]', 'href'))!, baseUrl).search).toBe('?role=teacher');
    await page.context().close();
  });

  it('nothing is wider than a 360 px phone on the list pages', async () => {
    const page = await logInAsDemo(browser, baseUrl, 'bc.admin', PHONE);
    for (const path of ['/teachers', '/schools', '/accounts', '/requests?state=all', '/counties', '/allowances/sheets']) {
      await page.goto(`${baseUrl}${path}`);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      expect({ path, ...widths, fits: widths.scroll <= widths.inner }).toEqual({ path, ...widths, fits: true });
    }
    // the table scrolls inside its frame, its first column kept in view
    await page.goto(`${baseUrl}/teachers`);
    const frame = page.locator('.table-wrap').first();
    await frame.evaluate((el) => el.scrollBy(400, 0));
    const firstCell = page.locator('[data-testid=teachers-table] tbody tr:first-child td:first-child');
    const box = (await firstCell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeLessThan(40);
    await page.context().close();
  });
});
