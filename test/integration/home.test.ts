import type { HomeItem } from '@tongxing/api/home/index';
import { checkCharacter, todayInChina } from '@tongxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { makeCity, operator, type City } from '../support/city';
import { closeDbs } from '../support/db';
import { committed, uploaded } from '../support/import';
import { publishBaichengRule } from '../support/rules';

afterAll(closeDbs);

const today = todayInChina();
const month = today.slice(0, 7);
const monthBefore = (m: string, n: number) => {
  const d = new Date(`${m}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};
const lastMonth = monthBefore(month, 1);
const earlier = monthBefore(month, 3);

let city: City;

/** The summary as key → what matters of each item, so each role's page reads as one table. */
async function summary(caller: Caller) {
  const items: HomeItem[] = await caller.home.summary();
  return Object.fromEntries(
    items.map((item) => {
      if (item.kind === 'waiting') return [item.key, { count: item.count, href: item.href, detail: item.detail?.params }];
      if (item.kind === 'figure') return [item.key, { value: item.value, href: item.href }];
      return [`${item.key} ${item.month}`, { amountFen: item.amountFen, state: item.state, href: item.href }];
    }),
  );
}

beforeAll(async () => {
  city = await makeCity('home');
  await publishBaichengRule(city.admin.caller);
  const officer1 = city.county1Officer.caller;
  const officer2 = city.county2Officer.caller;
  // 一县: last month approved, this month a draft (张老师 at a 村小: 500 元 a month)
  const approved = await officer1.sheet.run({ countyId: city.ids.county1, month: lastMonth });
  await officer1.sheet.submit({ sheetId: approved.sheet.id });
  await city.admin.caller.sheet.approve({ sheetId: approved.sheet.id });
  await officer1.sheet.run({ countyId: city.ids.county1, month });
  // 二县: last month submitted, an earlier month returned
  const submitted = await officer2.sheet.run({ countyId: city.ids.county2, month: lastMonth });
  await officer2.sheet.submit({ sheetId: submitted.sheet.id });
  const returned = await officer2.sheet.run({ countyId: city.ids.county2, month: earlier });
  await officer2.sheet.submit({ sheetId: returned.sheet.id });
  await city.admin.caller.sheet.return({ sheetId: returned.sheet.id, comment: '人数不对' });

  // the school proposes a move to the other county and a leave
  const school = city.school1Admin.caller;
  await school.request.propose({ teacherId: city.ids.teacher1, date: today, toSchoolId: city.ids.school2 });
  await school.request.propose({ teacherId: city.ids.teacher1, date: today, status: '进修' });

  // a third teacher at the 村小 whose post ended today: staff without a current post
  const first17 = '22080219900101003';
  const third = await city.admin.caller.teacher.create({
    idNumber: first17 + checkCharacter(first17),
    name: '王老师',
    schoolId: city.ids.school1,
    startDate: '2019-09-01',
    employmentType: '特岗',
  });
  await city.admin.caller.teacher.endPost({ teacherId: third.id, date: today });

  // 一县's officer: one import done, one checked and waiting
  const row = { name: '一县新校', countyCode: 'C1', schoolType: '小学', locationClass: '村小', terrainClass: '农村山区' };
  const done = await uploaded(officer1, 'school', [{ code: 'H1', ...row }]);
  await committed(officer1, done.id);
  await uploaded(officer1, 'school', [{ code: 'H2', ...row, name: '一县另一校' }]);
});

describe('home.summary', () => {
  it('shows the city administrator the sheets to approve and every request to decide', async () => {
    expect(await summary(city.admin.caller)).toEqual({
      sheetsToApprove: { count: 1, href: `/allowances/sheets?month=${lastMonth}&state=submitted`, detail: { months: lastMonth } },
      requestsToDecide: { count: 2, href: '/requests?state=pending', detail: { count: 1 } },
      importsToConfirm: { count: 0, href: '/register/import', detail: undefined },
      importsFinished: { count: 0, href: '/register/import', detail: undefined },
      enrolmentsToDecide: { count: 0, href: '/training/cohorts?period=upcoming', detail: undefined },
      plansForCity: { count: 0, href: '/rotation', detail: undefined },
      problemsToClose: { count: 0, href: '/inspections/problems?state=submitted', detail: undefined },
      activitiesPending: { count: 0, href: '/pairing', detail: undefined },
      teachers: { value: 3, href: '/teachers' },
      schools: { value: 3, href: '/schools' },
    });
  });

  it('shows a county officer only their county: returned sheets, this month’s draft, requests, their own imports', async () => {
    expect(await summary(city.county1Officer.caller)).toEqual({
      sheetsReturned: { count: 0, href: '/allowances/sheets?state=returned', detail: undefined },
      draftsThisMonth: { count: 1, href: `/allowances/sheets?month=${month}&state=draft`, detail: undefined },
      requestsToDecide: { count: 2, href: '/requests?state=pending', detail: undefined },
      importsToConfirm: { count: 1, href: '/register/import', detail: undefined },
      importsFinished: { count: 1, href: '/register/import', detail: undefined },
      enrolmentsToDecide: { count: 0, href: '/training/cohorts?period=upcoming', detail: undefined },
      plansAnswered: { count: 0, href: `/rotation/plan/${city.ids.county1}`, detail: undefined },
      problemsToRectify: { count: 0, href: '/inspections/problems?mine=1&state=open', detail: undefined },
      problemsToClose: { count: 0, href: '/inspections/problems?state=submitted', detail: undefined },
      activitiesPending: { count: 0, href: '/pairing', detail: undefined },
      teachers: { value: 2, href: '/teachers' },
      schools: { value: 2, href: '/schools' },
    });
    expect(await summary(city.county2Officer.caller)).toEqual({
      sheetsReturned: { count: 1, href: `/allowances/sheets?month=${earlier}&state=returned`, detail: { months: earlier } },
      draftsThisMonth: { count: 0, href: `/allowances/sheets?month=${month}&state=draft`, detail: undefined },
      // the move into 二县 concerns it too
      requestsToDecide: { count: 1, href: '/requests?state=pending', detail: undefined },
      importsToConfirm: { count: 0, href: '/register/import', detail: undefined },
      importsFinished: { count: 0, href: '/register/import', detail: undefined },
      enrolmentsToDecide: { count: 0, href: '/training/cohorts?period=upcoming', detail: undefined },
      plansAnswered: { count: 0, href: `/rotation/plan/${city.ids.county2}`, detail: undefined },
      problemsToRectify: { count: 0, href: '/inspections/problems?mine=1&state=open', detail: undefined },
      problemsToClose: { count: 0, href: '/inspections/problems?state=submitted', detail: undefined },
      activitiesPending: { count: 0, href: '/pairing', detail: undefined },
      teachers: { value: 1, href: '/teachers' },
      schools: { value: 1, href: '/schools' },
    });
  });

  it('shows a school administrator its pending requests and its staff without a current post', async () => {
    expect(await summary(city.school1Admin.caller)).toEqual({
      requestsPending: { count: 2, href: '/requests?state=pending', detail: undefined },
      staffWithoutPost: { count: 1, href: `/schools/${city.ids.school1}`, detail: undefined },
      movesToAnswer: { count: 0, href: '/rotation/moves', detail: undefined },
      problemsToRectify: { count: 0, href: '/inspections/problems?mine=1&state=open', detail: undefined },
      activitiesToAnswer: { count: 0, href: '/pairing', detail: undefined },
      teachers: { value: 2, href: '/teachers' },
      schools: { value: 1, href: `/schools/${city.ids.school1}` },
    });
  });

  it('shows a teacher what the sheets hold for them this month and last month', async () => {
    const href = `/allowances/mine?year=${month.slice(0, 4)}`;
    expect(await summary(city.teacher1.caller)).toEqual({
      [`allowanceMonth ${month}`]: { amountFen: 50_000, state: 'draft', href },
      [`allowanceMonth ${lastMonth}`]: { amountFen: 50_000, state: 'approved', href: `/allowances/mine?year=${lastMonth.slice(0, 4)}` },
    });
  });

  it('shows the operator the cities and how many are disabled', async () => {
    const op = (await operator()).caller;
    const cities = await op.tenant.list();
    expect(await summary(op)).toEqual({
      cities: { value: cities.length, href: '/tenants' },
      disabledCities: { value: cities.filter((c) => c.disabledAt).length, href: '/tenants' },
    });
    expect(cities.length).toBeGreaterThan(0);
  });
});

describe('allowance.teacherYear', () => {
  it('lists the year’s lines of the teacher, with each sheet’s month and state', async () => {
    const lines = await city.teacher1.caller.allowance.teacherYear({ teacherId: city.ids.teacher1, year: Number(lastMonth.slice(0, 4)) });
    expect(lines.filter((l) => l.sheetMonth === lastMonth).map((l) => [l.kind, l.amountFen, l.state])).toEqual([
      ['regular', 50_000, 'approved'],
    ]);
    await expect(city.teacher1.caller.allowance.teacherYear({ teacherId: city.ids.teacher2, year: 2026 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
