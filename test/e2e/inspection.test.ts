import { addDays, todayInChina } from '@tongxing/domain';
import { jpeg } from '@tongxing/storage/test-files';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickAndConfirm, launchBrowser, logIn, PHONE } from '../support/browser';
import { FIXTURE_PASSWORD, makeCity, type City } from '../support/city';
import { closeDbs } from '../support/db';

const baseUrl = inject('baseUrl');
let browser: Browser;
let city: City;

/** The city records a problem for 一县村小 through the API (the visit and problem pages come next). */
beforeAll(async () => {
  browser = await launchBrowser();
  city = await makeCity('inspection-e2e');
  const visitId = (
    await city.admin.caller.inspection.create({
      visitedOn: todayInChina(),
      title: '补助发放督查',
      inspectors: '市督导室',
      sites: [{ countyId: city.ids.county1, schoolId: city.ids.school1 }],
    })
  ).id;
  await city.admin.caller.inspectionProblem.create({
    visitId,
    description: '补助发放台账缺签字',
    category: '补助发放',
    countyId: city.ids.county1,
    schoolId: city.ids.school1,
    ownerId: city.accountIds.school1Admin,
    deadline: addDays(todayInChina(), 7),
  });
});
afterAll(async () => {
  await browser?.close();
  await closeDbs();
});

const as = (username: string, phone = false): Promise<Page> =>
  logIn(browser, baseUrl, { tenantCode: city.code, username, password: FIXTURE_PASSWORD }, phone ? PHONE : {});

describe('inspection problems, in a real browser', () => {
  it('the school finds its problem first on its home page, submits evidence from a phone, and the county officer closes it', async () => {
    const school = await as('school1', true);
    const first = school.locator('[data-testid=home-waiting]').first();
    expect([await first.getAttribute('data-key'), await first.getAttribute('data-count')]).toEqual(['problemsToRectify', '1']);
    expect(await first.textContent()).toContain('由您负责整改的督查问题');
    await first.locator('a').click();
    await school.click('[data-testid=problems-table] a:has-text("补助发放台账缺签字")');
    const form = school.locator('[data-testid=rectify-form]');
    await form.locator('input[name=note]').fill('已补齐签字');
    await form
      .locator('input[name=files]')
      .setInputFiles([{ name: '签字表.jpg', mimeType: 'image/jpeg', buffer: await jpeg({ width: 1200, height: 900 }) }]);
    await school.click('[data-testid=rectify-form-submit]');
    await school.waitForSelector('[data-testid=problem-state][data-state=submitted]');
    expect(await school.locator('[data-testid=rectification-evidence] img').count()).toBe(1);
    expect(await school.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const officer = await as('officer1');
    await officer.goto(`${baseUrl}/inspections/problems?state=submitted`);
    expect(await officer.locator('[data-testid=problem-counts]').textContent()).toContain('待销号 1');
    await officer.click('[data-testid=problems-table] a:has-text("补助发放台账缺签字")');
    await clickAndConfirm(officer, 'approve-problem');
    await officer.waitForSelector('[data-testid=problem-state][data-state=closed]');
    await officer.goto(`${baseUrl}/inspections/problems`);
    expect(await officer.locator('[data-testid=problem-counts]').textContent()).toContain('已销号 1');
  });
});
