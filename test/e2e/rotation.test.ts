import { nationalPolicy, planningYear, todayInChina } from '@tongxing/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickAndConfirm, launchBrowser, logIn, PHONE } from '../support/browser';
import { activate, FIXTURE_PASSWORD, makeCity, type City } from '../support/city';
import { closeDbs } from '../support/db';
import { idNumberOf, townSchool } from '../support/rotation';
import { publishBaichengRule } from '../support/rules';

const baseUrl = inject('baseUrl');
const YEAR = planningYear(todayInChina());
let browser: Browser;
let city: City;
let wangId: string;

/**
 * A city arranged through the API: 一县城关小学 (县城) with six teachers, 王数学 a 骨干 there since 2018 with a
 * teacher account; 一县村小 needs one 数学 teacher for the planning year; 白城's allowance rule (村小 500 元).
 */
beforeAll(async () => {
  browser = await launchBrowser();
  city = await makeCity('rotation-e2e');
  const admin = city.admin.caller;
  await publishBaichengRule(admin);
  const townId = await townSchool(admin, city.ids.county1);
  const teacher = (name: string, n: number, subjects: ('数学' | '语文')[], extra = {}) =>
    admin.teacher
      .create({
        idNumber: idNumberOf('1980-05-01', '男', n),
        name,
        schoolId: townId,
        startDate: '2018-09-01',
        employmentType: '在编',
        subjects,
        ...extra,
      })
      .then((r) => r.id);
  wangId = await teacher('王数学', 1, ['数学'], { keyTeacherLevel: '县级' });
  for (const [i, name] of ['赵数学', '钱语文', '孙语文', '周语文', '吴语文'].entries())
    await teacher(name, i + 2, i === 0 ? ['数学'] : ['语文']);
  const accounts = [
    await admin.account.create({ username: 'town', displayName: '城关小学管理员', role: 'school_admin', schoolId: townId }),
    await admin.account.create({ username: 'wang', displayName: '王数学', role: 'teacher', teacherId: wangId }),
  ];
  await activate(city.code, 'town', accounts[0]!.oneTimePassword);
  await activate(city.code, 'wang', accounts[1]!.oneTimePassword);
  await admin.rotationPolicy.set({
    ...nationalPolicy(YEAR, ['城市', '县城', '乡镇', '村小', '教学点']),
    staffingFloor: { percent: 50, rounding: 'floor', keepOnlyTeacherOfSubject: true },
  });
  await city.school1Admin.caller.rotationNeed.set({ year: YEAR, schoolId: city.ids.school1, subject: '数学', count: 1 });
});
afterAll(async () => {
  await browser?.close();
  await closeDbs();
});

const as = (username: string, phone = false): Promise<Page> =>
  logIn(browser, baseUrl, { tenantCode: city.code, username, password: FIXTURE_PASSWORD }, phone ? PHONE : {});

async function confirmOnPhone(username: string) {
  const school = await as(username, true);
  await school.goto(`${baseUrl}/rotation/moves?year=${YEAR}`);
  const card = school.locator('[data-testid=move-card][data-teacher="王数学"]');
  expect(await card.getAttribute('data-answer')).toBe('pending');
  await clickAndConfirm(card, 'move-confirm');
  await school.waitForSelector('[data-testid=move-card][data-teacher="王数学"][data-answer=confirmed]');
  expect(await school.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

describe('rotations, in a real browser', () => {
  it('the county officer runs the planner, both schools confirm on phones, the county approves, and the teacher sees the move and the 村小 allowance', async () => {
    const officer = await as('officer1');
    const planUrl = `${baseUrl}/rotation/plan/${city.ids.county1}?year=${YEAR}`;
    await officer.goto(planUrl);
    const propose = officer.locator('[data-testid=rotation-propose]');
    await propose.locator('select[name=form]').selectOption('支教');
    await propose.locator('input[name=startDate]').fill(`${YEAR}-09-01`);
    await propose.locator('input[name=endDate]').fill(`${YEAR + 1}-07-01`);
    await officer.click('[data-testid=rotation-propose-submit]');
    await officer.waitForSelector('[data-testid=plan-last-run][data-status=planned]');
    const moves = officer.locator('[data-testid=plan-move]');
    expect(await moves.count()).toBe(1);
    expect(await moves.first().textContent()).toMatch(/王数学[\s\S]*一县城关小学[\s\S]*一县村小/);
    await clickAndConfirm(officer, 'plan-submit');
    await officer.waitForSelector('[data-testid=plan-state][data-state=submitted]');

    await confirmOnPhone('town');
    await confirmOnPhone('school1');

    await officer.goto(planUrl);
    await officer.waitForSelector('[data-testid=move-receiving][data-state=confirmed]');
    await clickAndConfirm(officer, 'approve-plan');
    await officer.waitForSelector('[data-testid=plan-state][data-state=approved]');

    // The teacher, on a phone: the move on their record, and September's allowance at the village school.
    const teacher = await as('wang', true);
    await teacher.goto(`${baseUrl}/teachers/${wangId}?month=${YEAR}-09`);
    const move = teacher.locator('[data-testid=rotation-moves] li[data-form=支教][data-applied=true]');
    expect((await move.textContent())!.replace(/\s+/g, ' ')).toContain(`${YEAR}-09-01 — ${YEAR + 1}-07-01`);
    expect(await move.textContent()).toMatch(/一县城关小学 → 一县村小[\s\S]*已写入任职/);
    const line = teacher.locator('[data-testid=teacher-allowance] [data-testid=allowance-line]');
    expect(await line.count()).toBe(1);
    expect(await line.locator('[data-testid=allowance-amount]').textContent()).toContain('500.00');
    expect(await line.locator('[data-testid=allowance-explanation]').textContent()).toContain('村小');
    expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
