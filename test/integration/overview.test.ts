import { addDays, planningYear, todayInChina } from '@tongxing/domain';
import { jpeg } from '@tongxing/storage/test-files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { publishBaichengRule } from '../support/rules';

afterAll(closeDbs);

/**
 * A crafted city: 一县 has run and submitted this month's sheet (张老师, 在编 at a 村小: 500 元), 二县 has not run;
 * a cycle in which 张老师 is on pace with 200 hours and 李老师 (二县) is behind with none; a pair that has been idle
 * since 2025 and one started this week; problems open, overdue and closed in both counties; and a teacher of 一县
 * who starts next month, so has no current post. Each figure of the overview must be the count of its list.
 */
let city: City;
let admin: Caller;
let officer: Caller;
const today = todayInChina();
const month = today.slice(0, 7);

beforeAll(async () => {
  city = await makeCity('overview');
  admin = city.admin.caller;
  officer = city.county1Officer.caller;
  await publishBaichengRule(admin);
  await officer.sheet.run({ countyId: city.ids.county1, month });
  const [sheet] = (await officer.sheet.overview({ month })).filter((r) => r.sheetId);
  await officer.sheet.submit({ sheetId: sheet!.sheetId! });

  await admin.trainingCycle.create({ startDate: '2026-01-01', endDate: '2030-12-31', requiredHours: 360 });
  await officer.hours.addManual({
    teacherId: city.ids.teacher1,
    hours: 200,
    level: '国培',
    name: '国培计划（2026）',
    completedOn: '2026-06-30',
    note: '省平台证书',
  });

  await admin.pairing.create({
    name: '二县中学—一县村小',
    kind: 'pair',
    leadSchoolId: city.ids.school2,
    memberSchoolIds: [city.ids.school1],
    startDate: '2025-03-01',
  });
  await admin.pairing.create({
    name: '一县村小—二县中学',
    kind: 'pair',
    leadSchoolId: city.ids.school1,
    memberSchoolIds: [city.ids.school2],
    startDate: today,
  });

  const visitId = (
    await admin.inspection.create({
      visitedOn: today,
      title: '补助发放督查',
      inspectors: '督导室',
      notes: '',
      sites: [
        { countyId: city.ids.county1, schoolId: city.ids.school1 },
        { countyId: city.ids.county2, schoolId: city.ids.school2 },
      ],
    })
  ).id;
  const problem = (countyId: string, ownerId: string, description: string) =>
    admin.inspectionProblem.create({
      visitId,
      description,
      category: '补助发放',
      countyId,
      ownerId,
      deadline: addDays(today, 10),
    });
  await problem(city.ids.county1, city.accountIds.county1Officer, '台账缺签字');
  const late = await problem(city.ids.county1, city.accountIds.county1Officer, '补助未按月发放');
  await ownerDb().sql`update inspection_problem set deadline = ${addDays(today, -3)} where id = ${late.id}`;
  const fixed = await problem(city.ids.county2, city.accountIds.county2Officer, '公示未张贴');
  const photo = await jpeg({ width: 200, height: 150 });
  await city.county2Officer.caller.inspectionProblem.rectify({
    problemId: fixed.id,
    note: '已张贴',
    files: [{ name: '公示.jpg', bytes: photo }],
  });
  await admin.inspectionProblem.close({ problemId: fixed.id });

  await admin.teacher.create({
    idNumber: '220802199001010031',
    name: '新老师',
    schoolId: city.ids.school1,
    startDate: addDays(today, 30),
    employmentType: '在编',
  });
});

/** The figures the lists behind the overview show, for one caller (and the county the city picked). */
async function listFigures(caller: Caller, countyId?: string) {
  const sheets = (await caller.sheet.overview({ month })).filter((r) => !countyId || r.countyId === countyId);
  const compliance = async (pace?: 'behind' | 'onPace') =>
    (await caller.hours.compliance({ page: 1, sort: 'name', pace, countyId })).list!.total;
  const pairs = async (idle?: boolean) => (await caller.pairing.list({ page: 1, countyId, idle })).total;
  const problems = (await caller.inspectionProblem.list({ page: 1, countyId })).counts;
  const board = await caller.quality.board({ countyId });
  const rotation = await caller.rotationPlan.overview({ year: planningYear(today) });
  return {
    sheets: { states: sheets.map((r) => r.state ?? 'none').sort(), totalFen: sheets.reduce((n, r) => n + r.totalFen, 0) },
    training: { teachers: await compliance(), onPace: await compliance('onPace'), behind: await compliance('behind') },
    pairs: { pairs: await pairs(), active: await pairs(false), idle: await pairs(true) },
    problems: { open: problems.open, submitted: problems.submitted, closed: problems.closed, overdue: problems.overdue },
    quality: {
      noCurrentPost: board.noCurrentPost.total,
      closedSchool: board.closedSchool.total,
      overlapping: board.overlapping.total,
      noSuccessor: board.noSuccessor.total,
      unlikelyStart: board.unlikelyStart.total,
    },
    rotation: rotation.counties
      .filter((c) => !countyId || c.countyId === countyId)
      .map((c) => ({
        countyName: c.countyName,
        eligible: c.eligible,
        quota: c.quota,
        planned: c.planned,
        rotated: c.rotated,
        short: c.short,
      })),
  };
}

/** The same figures read from the overview. */
function overviewFigures(view: Awaited<ReturnType<Caller['overview']['get']>>) {
  return {
    sheets: {
      states: view.allowance.byState.flatMap(({ state, counties }) => Array<string>(counties).fill(state)).sort(),
      totalFen: view.allowance.totalFen,
    },
    training: { teachers: view.training!.teachers, onPace: view.training!.onPace, behind: view.training!.behind },
    pairs: view.pairing,
    problems: {
      open: view.problems.open,
      submitted: view.problems.submitted,
      closed: view.problems.closed,
      overdue: view.problems.overdue,
    },
    quality: Object.fromEntries(view.quality.map(({ check, findings }) => [check, findings])),
    rotation: view.rotation.counties.map(({ countyName, eligible, quota, planned, rotated, short }) => ({
      countyName,
      eligible,
      quota,
      planned,
      rotated,
      short,
    })),
  };
}

describe('the city’s overview', () => {
  it('gives the city’s figures, each the count of the list it links to', async () => {
    const view = await admin.overview.get({ month });
    expect(view.allowance.counties.map((c) => [c.countyName, c.state, c.lines, c.totalFen])).toEqual([
      ['一县', 'submitted', 1, 50_000],
      ['二县', 'none', 0, 0],
    ]);
    expect(view.allowance.totalFen).toBe(50_000);
    expect(view.training?.counties.map((c) => [c.countyName, c.teachers, c.onPace, c.behind])).toEqual([
      ['一县', 2, 2, 0],
      ['二县', 1, 0, 1],
    ]);
    expect(view.pairing).toEqual({ pairs: 2, active: 1, idle: 1 });
    expect(view.problems).toEqual({ total: 3, open: 2, submitted: 0, closed: 1, overdue: 1 });
    expect(view.quality.find((q) => q.check === 'noCurrentPost')?.findings).toBe(1);
    expect(view.rotation.year).toBe(planningYear(today));
    expect(view.rotation.counties.map((c) => [c.countyName, c.eligible, c.quota, c.planned, c.short])).toEqual([
      ['一县', 1, 1, 0, 1],
      ['二县', 0, 0, 0, 0],
    ]);
    expect(overviewFigures(view)).toEqual(await listFigures(admin));
  });

  it('gives one county’s figures when the city picks it, equal to its lists filtered by that county', async () => {
    const view = await admin.overview.get({ month, countyId: city.ids.county2 });
    expect(view.allowance.counties.map((c) => c.countyName)).toEqual(['二县']);
    expect(view.training?.teachers).toBe(1);
    expect(view.pairing).toEqual({ pairs: 1, active: 0, idle: 1 });
    expect(view.problems).toEqual({ total: 1, open: 0, submitted: 0, closed: 1, overdue: 0 });
    expect(overviewFigures(view)).toEqual(await listFigures(admin, city.ids.county2));
  });

  it('gives a county officer their county only, and refuses another county', async () => {
    const view = await officer.overview.get({});
    expect(view.allowance.counties.map((c) => c.countyName)).toEqual(['一县']);
    expect(view.allowance.totalFen).toBe(50_000);
    expect(view.training?.counties.map((c) => [c.countyName, c.teachers, c.behind])).toEqual([['一县', 2, 0]]);
    expect(view.rotation.counties.map((c) => c.countyName)).toEqual(['一县']);
    // both pairs have a school in 一县
    expect(view.pairing).toEqual({ pairs: 2, active: 1, idle: 1 });
    expect(view.problems).toMatchObject({ total: 2, open: 2, overdue: 1 });
    expect(view.quality.find((q) => q.check === 'noCurrentPost')?.findings).toBe(1);
    expect(overviewFigures(view)).toEqual(await listFigures(officer));
    await expect(officer.overview.get({ countyId: city.ids.county2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(city.school1Admin.caller.overview.get({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('counts the register-wide figures again once the register or an exemption changes', async () => {
    const year = planningYear(today);
    const exemption = await admin.rotationEligibility.exempt({
      teacherId: city.ids.teacher1,
      reason: '病休',
      startDate: `${year - 1}-01-01`,
    });
    const exempted = await admin.overview.get({});
    expect(exempted.rotation.counties.map((c) => [c.countyName, c.eligible, c.quota])).toEqual([
      ['一县', 0, 0],
      ['二县', 0, 0],
    ]);
    expect(overviewFigures(exempted).rotation).toEqual((await listFigures(admin)).rotation);
    await admin.rotationEligibility.removeExemption({ exemptionId: exemption.id });
    expect((await admin.overview.get({})).rotation.eligible).toBe(1);
    await admin.teacher.create({
      idNumber: '220802199202020041',
      name: '又一位新老师',
      schoolId: city.ids.school2,
      startDate: addDays(today, 40),
      employmentType: '特岗',
    });
    const grown = await admin.overview.get({});
    expect(grown.quality.find((q) => q.check === 'noCurrentPost')?.findings).toBe(2);
    expect(overviewFigures(grown).quality).toEqual((await listFigures(admin)).quality);
  });

  it('shows another month’s sheets', async () => {
    const earlier = await admin.overview.get({ month: '2025-12' });
    expect(earlier.allowance.byState.find((s) => s.state === 'none')?.counties).toBe(2);
    expect(earlier.allowance.totalFen).toBe(0);
  });
});
