import { DEMO_LOGINS } from '@tongxing/db/seed/demo-data';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, logInAsDemo } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The figure a list page shows for its filters: the sheets' rows, a quality check's count, or a list's total. */
async function listFigure(page: Page, href: string): Promise<number> {
  await page.goto(`${baseUrl}${href}`);
  if (href.startsWith('/allowances/sheets')) return page.locator('[data-testid=sheet-row]').count();
  if (href.startsWith('/quality#')) return Number(await page.locator(`[data-testid=count-${href.split('#')[1]}]`).textContent());
  const total = page.locator('[data-testid=pager-total]');
  return (await total.count()) ? Number((await total.textContent())!.replace(/\D/g, '')) : 0;
}

describe('the overview of every demo city and county', () => {
  for (const demo of DEMO_LOGINS.filter((d) => d.role === 'city_admin' || d.username === 'qj.huize' || d.username === 'yy.pingjiang')) {
    it(`${demo.tenantCode}/${demo.username}: each figure is the count of the list it opens`, async () => {
      const page = await logInAsDemo(browser, baseUrl, demo.username, {}, demo.tenantCode);
      await page.goto(`${baseUrl}/overview`);
      // the figures that open a list: the tiles and the counties' cells (a plan and the year's report are not lists)
      const figures = await page
        .locator('.card a:has(.count), .card td a')
        .evaluateAll((links) =>
          links
            .map((a) => ({ href: a.getAttribute('href')!, count: Number((a.querySelector('.count') ?? a).textContent) }))
            .filter((f) => !f.href.startsWith('/rotation?') && !f.href.startsWith('/rotation/plan/') && !Number.isNaN(f.count)),
        );
      expect(figures.length).toBeGreaterThanOrEqual(16);
      expect(figures.some((f) => f.count > 0)).toBe(true);
      for (const figure of figures) expect({ href: figure.href, count: await listFigure(page, figure.href) }).toEqual(figure);
      await page.context().close();
    });
  }
});
