import { sharePermille } from '@tongxing/api/training/report/span';
import { checkCharacter } from '@tongxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { makeCity, type City } from '../support/city';
import { closeDbs } from '../support/db';

afterAll(closeDbs);

/**
 * The city: 一县 (a poverty county) with 一县村小 (张老师, 甲一, 甲二) and 一县中学 (甲三); 二县 with
 * 二县中学 (李老师, 乙一). Training through the procedures:
 * - 2025 国培 cohort (60 学时, quotas 一县 3 and 二县 2): 张老师, 甲一, 李老师 pass, 甲二 fails, 乙一 withdraws;
 * - 2026 市培 cohort (24 学时, one session: 张老师 and 甲三 present, 乙一 absent): 张老师, 乙一, 甲三 pass;
 * - 2026 一县's 县培 cohort crediting no hours: 甲二 passes (a trainee with 0 学时);
 * - manual 2026 entries: 甲一 国培 30, 乙一 国培 100, 李老师 省培 20 reversed (net 0: not a trainee);
 * - 2027 东西部协作: a 3-month 挂职 (甲一, 乙一 enrolled) and two 10-day 集中培训 cohorts (张老师 and 李老师;
 *   甲三 nominated by 一县, awaiting the city).
 */
let city: City;
let admin: Caller;
let officer1: Caller;
let officer2: Caller;
const ids: Record<string, string> = {};
let school3: string;
const cohorts: Record<string, string> = {};

function idNumber(serial: number): string {
  const first17 = `22080219900101${String(serial).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

const assessment = { kind: 'assessment' } as const;

async function passAll(caller: Caller, enrolmentIds: string[], failed: string[] = []) {
  for (const enrolmentId of enrolmentIds)
    await caller.enrolment.complete({ enrolmentId, result: failed.includes(enrolmentId) ? 'failed' : 'passed' });
}

beforeAll(async () => {
  city = await makeCity('reports');
  admin = city.admin.caller;
  officer1 = city.county1Officer.caller;
  officer2 = city.county2Officer.caller;
  ids.张老师 = city.ids.teacher1;
  ids.李老师 = city.ids.teacher2;
  school3 = (
    await admin.school.create({
      countyId: city.ids.county1,
      code: 'S3',
      name: '一县中学',
      schoolType: '初中',
      locationClass: '县城',
      terrainClass: '县城/城郊',
    })
  ).id;
  const people: [string, string, number][] = [
    ['甲一', city.ids.school1, 1],
    ['甲二', city.ids.school1, 2],
    ['甲三', school3, 3],
    ['乙一', city.ids.school2, 4],
  ];
  for (const [name, schoolId, serial] of people)
    ids[name] = (
      await admin.teacher.create({ idNumber: idNumber(serial), name, schoolId, startDate: '2015-09-01', employmentType: '在编' })
    ).id;
  await admin.trainingCycle.create({ startDate: '2026-01-01', endDate: '2030-12-31', requiredHours: 360, joiners: 'prorataMonths' });

  // 2025: 国培 with quotas.
  const national = await admin.programme.create({ name: '国培计划示范班', level: '国培', form: '集中培训' });
  const k1 = await admin.cohort.create({
    programmeId: national.id,
    name: '2025年第一期',
    startDate: '2025-05-10',
    endDate: '2025-05-19',
    capacity: 10,
    hours: 60,
    completionRule: assessment,
  });
  cohorts.k1 = k1.id;
  await admin.cohort.setQuotas({
    cohortId: k1.id,
    quotas: [
      { countyId: city.ids.county1, places: 3 },
      { countyId: city.ids.county2, places: 2 },
    ],
  });
  const k1Enrolments = [];
  for (const name of ['张老师', '甲一', '甲二', '李老师'])
    k1Enrolments.push((await admin.enrolment.nominate({ cohortId: k1.id, teacherId: ids[name]! })).id);
  const withdrawn = await officer2.enrolment.nominate({ cohortId: k1.id, teacherId: ids.乙一! });
  expect(withdrawn.state).toBe('nominated');
  await officer2.enrolment.withdraw({ enrolmentId: withdrawn.id, reason: '承担毕业班教学' });
  await passAll(admin, k1Enrolments, [k1Enrolments[2]!]);

  // 2026: 市培 with a roll call, then every trainee passes.
  const municipal = await admin.programme.create({ name: '市级班主任培训', level: '市培', form: '集中培训' });
  const k2 = await admin.cohort.create({
    programmeId: municipal.id,
    name: '2026年春',
    startDate: '2026-03-02',
    endDate: '2026-03-06',
    capacity: 30,
    hours: 24,
    completionRule: assessment,
  });
  cohorts.k2 = k2.id;
  const k2Enrolments: Record<string, string> = {};
  for (const name of ['张老师', '乙一', '甲三'])
    k2Enrolments[name] = (await admin.enrolment.nominate({ cohortId: k2.id, teacherId: ids[name]! })).id;
  const session = await admin.attendance.addSession({ cohortId: k2.id, sessionDate: '2026-03-02' });
  await admin.attendance.record({
    sessionId: session.id,
    marks: Object.entries(k2Enrolments).map(([name, enrolmentId]) => ({ enrolmentId, present: name !== '乙一' })),
  });
  await passAll(admin, Object.values(k2Enrolments));

  // 2026: 一县's own 县培 that credits no hours.
  const county = await officer1.programme.create({ name: '一县送教下乡', level: '县培', form: '送教下乡', countyId: city.ids.county1 });
  const k3 = await officer1.cohort.create({
    programmeId: county.id,
    name: '四月',
    startDate: '2026-04-01',
    endDate: '2026-04-02',
    capacity: 20,
    hours: 0,
    completionRule: assessment,
  });
  cohorts.k3 = k3.id;
  await passAll(officer1, [(await officer1.enrolment.nominate({ cohortId: k3.id, teacherId: ids.甲二! })).id]);

  // 2026: hours recorded by hand, one of them reversed.
  const manual = { completedOn: '2026-06-30', note: '省平台证书' };
  await officer1.hours.addManual({ teacherId: ids.甲一!, hours: 30, level: '国培', name: '国培网络研修', ...manual });
  await officer2.hours.addManual({
    teacherId: ids.乙一!,
    hours: 100,
    level: '国培',
    name: '国培骨干研修',
    ...manual,
    completedOn: '2026-09-01',
  });
  const wrong = await officer2.hours.addManual({
    teacherId: ids.李老师!,
    hours: 20,
    level: '省培',
    name: '省培',
    ...manual,
    completedOn: '2026-02-01',
  });
  await officer2.hours.reverse({ entryId: wrong.id, reason: '重复登记' });

  // 2027: 东西部协作 (沪滇) — a 挂职 and two 10-day cohorts.
  const secondment = await admin.programme.create({
    name: '沪滇协作 职业学校领导挂职',
    level: '东西部协作',
    form: '挂职',
    partner: '上海市宝山区',
  });
  const k4 = await admin.cohort.create({
    programmeId: secondment.id,
    name: '第一批',
    startDate: '2027-03-01',
    endDate: '2027-05-31',
    capacity: 5,
    hours: 120,
    completionRule: assessment,
  });
  cohorts.k4 = k4.id;
  for (const name of ['甲一', '乙一']) await admin.enrolment.nominate({ cohortId: k4.id, teacherId: ids[name]! });
  const principals = await admin.programme.create({
    name: '沪滇协作 校长及教师能力提升培训',
    level: '东西部协作',
    form: '集中培训',
    partner: '上海市宝山区',
  });
  const k5 = await admin.cohort.create({
    programmeId: principals.id,
    name: '高中校长班',
    startDate: '2027-04-01',
    endDate: '2027-04-10',
    capacity: 66,
    hours: 80,
    completionRule: assessment,
  });
  const k6 = await admin.cohort.create({
    programmeId: principals.id,
    name: '职业学校教师班',
    startDate: '2027-06-01',
    endDate: '2027-06-10',
    capacity: 40,
    hours: 80,
    completionRule: assessment,
  });
  cohorts.k5 = k5.id;
  cohorts.k6 = k6.id;
  for (const name of ['张老师', '李老师']) await admin.enrolment.nominate({ cohortId: k5.id, teacherId: ids[name]! });
  expect((await officer1.enrolment.nominate({ cohortId: k6.id, teacherId: ids.甲三! })).state).toBe('nominated');
});

const f = (trainees: number, hours: number) => ({ trainees, hours });
const NONE = f(0, 0);

describe('trainees and hours by level, county, school and year', () => {
  it('counts distinct trainees and net hours per year × level, county and year, for the whole city', async () => {
    const report = await admin.trainingReport.trainees({ year: 2026, years: 2 });
    expect(report.years).toEqual([2025, 2026]);
    // 省培 had only a reversed entry: no column.
    expect(report.levels).toEqual(['国培', '市培', '县培']);
    expect(report.total).toEqual({ total: f(6, 382), levels: [f(4, 310), f(3, 72), f(1, 0)] });
    expect(report.byYear).toEqual([
      { year: 2025, total: f(3, 180), levels: [f(3, 180), NONE, NONE] },
      { year: 2026, total: f(5, 202), levels: [f(2, 130), f(3, 72), f(1, 0)] },
    ]);
    expect(report.counties).toEqual([
      {
        countyId: city.ids.county1,
        countyName: '一县',
        isPovertyCounty: true,
        total: f(4, 198),
        levels: [f(2, 150), f(2, 48), f(1, 0)],
        years: [f(2, 120), f(4, 78)],
      },
      {
        countyId: city.ids.county2,
        countyName: '二县',
        isPovertyCounty: false,
        total: f(2, 184),
        levels: [f(2, 160), f(1, 24), NONE],
        years: [f(1, 60), f(1, 124)],
      },
    ]);
    // The city sees schools once it picks a county.
    expect(report.schools).toBeNull();
    const one = await admin.trainingReport.trainees({ year: 2026, years: 2, countyId: city.ids.county1 });
    expect(one.counties.map((c) => c.countyName)).toEqual(['一县']);
    expect(one.total.total).toEqual(f(4, 198));
    expect(one.schools).toEqual([
      { schoolId: city.ids.school1, schoolName: '一县村小', total: f(3, 174), levels: [f(2, 150), f(1, 24), f(1, 0)] },
      { schoolId: school3, schoolName: '一县中学', total: f(1, 24), levels: [NONE, f(1, 24), NONE] },
    ]);
  });

  it('gives one year alone, and nothing for a year without training', async () => {
    const y2026 = await admin.trainingReport.trainees({ year: 2026 });
    expect([y2026.years, y2026.levels, y2026.total.total]).toEqual([[2026], ['国培', '市培', '县培'], f(5, 202)]);
    const y2024 = await admin.trainingReport.trainees({ year: 2024 });
    expect([y2024.levels, y2024.total.total, y2024.counties.map((c) => c.total)]).toEqual([[], NONE, [NONE, NONE]]);
  });

  it('shows a county officer their county and its schools only, and no other county', async () => {
    const report = await officer1.trainingReport.trainees({ year: 2026, years: 2 });
    expect(report.counties.map((c) => [c.countyName, c.total])).toEqual([['一县', f(4, 198)]]);
    expect(report.total).toEqual({ total: f(4, 198), levels: [f(2, 150), f(2, 48), f(1, 0)] });
    expect(report.schools?.map((s) => [s.schoolName, s.total])).toEqual([
      ['一县村小', f(3, 174)],
      ['一县中学', f(1, 24)],
    ]);
    const other = await officer2.trainingReport.trainees({ year: 2026, years: 2 });
    expect([other.levels, other.total.total, other.schools?.map((s) => s.schoolName)]).toEqual([['国培', '市培'], f(2, 184), ['二县中学']]);
    await expect(officer1.trainingReport.trainees({ year: 2026, countyId: city.ids.county2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(city.school1Admin.caller.trainingReport.trainees({ year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(city.teacher1.caller.trainingReport.cohorts({ year: 2026 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a span longer than ten years', async () => {
    await expect(admin.trainingReport.trainees({ year: 2026, years: 11 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('the trainees behind a figure', () => {
  const list = (caller: Caller, input: Parameters<Caller['trainingReport']['traineeList']>[0]) => caller.trainingReport.traineeList(input);
  const names = (page: { rows: { name: string; hours: number }[] }) => page.rows.map((r) => [r.name, r.hours]);

  it('lists exactly the teachers and hours a levels or poverty figure counts', async () => {
    const span = { year: 2026, years: 2 };
    // The whole span: 6 trainees, 382 hours (甲二's 0-hour 县培 counts; 李老师's reversed 省培 does not change him).
    const all = await list(admin, span);
    expect([all.total, all.hours]).toEqual([6, 382]);
    expect(names(all)).toEqual([
      ['乙一', 124],
      ['张老师', 84],
      ['李老师', 60],
      ['甲一', 90],
      ['甲三', 24],
      ['甲二', 0],
    ]);
    expect(all.rows.find((r) => r.name === '张老师')).toMatchObject({
      schoolName: '一县村小',
      countyName: '一县',
      levels: ['国培', '市培'],
    });
    // 2026 × 国培: f(2, 130).
    const national = await list(admin, { year: 2026, level: '国培' });
    expect([national.total, national.hours, names(national)]).toEqual([
      2,
      130,
      [
        ['乙一', 100],
        ['甲一', 30],
      ],
    ]);
    // 一县 over the span: f(4, 198); its school 一县中学: f(1, 24); 一县村小 × 国培: f(2, 150).
    const county = await list(admin, { ...span, countyId: city.ids.county1 });
    expect([county.total, county.hours]).toEqual([4, 198]);
    expect([(await list(admin, { ...span, schoolId: school3 })).hours, (await list(admin, { ...span, schoolId: school3 })).total]).toEqual([
      24, 1,
    ]);
    const village = await list(admin, { ...span, schoolId: city.ids.school1, level: '国培' });
    expect([village.total, village.hours]).toEqual([2, 150]);
    // A level with only a reversed entry has nobody behind it.
    expect(await list(admin, { ...span, level: '省培' })).toMatchObject({ total: 0, hours: 0, rows: [] });
    // Poverty counties in 2026, as the poverty report counts them.
    const poverty = await admin.trainingReport.poverty({ year: 2026 });
    const poor = await list(admin, { year: 2026, poverty: true });
    expect(poor.total).toBe(poverty.total.povertyTrainees);
    expect(poor.rows.every((r) => r.isPovertyCounty)).toBe(true);
    expect((await list(admin, { year: 2026, poverty: false })).total).toBe(poverty.total.trainees - poverty.total.povertyTrainees);
  });

  it('orders by hours, searches by name, pages past the end keep the total, and stays in the officer’s county', async () => {
    const span = { year: 2026, years: 2 };
    const byHours = await list(admin, { ...span, sort: 'hours', dir: 'desc' });
    expect(byHours.rows.map((r) => r.hours)).toEqual([124, 90, 84, 60, 24, 0]);
    expect(names(await list(admin, { ...span, search: '甲' })).map(([name]) => name)).toEqual(['甲一', '甲三', '甲二']);
    expect(await list(admin, { ...span, page: 5 })).toMatchObject({ total: 6, hours: 382, rows: [], page: 5 });
    const own = await list(officer1, span);
    expect([own.total, own.hours]).toEqual([4, 198]);
    await expect(list(officer1, { ...span, countyId: city.ids.county2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(list(city.school1Admin.caller, span)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the share of trainees from poverty counties', () => {
  it('rounds the share half up to one decimal, as 岳阳 reports it (平江县 1,784 of 8,231: 21.7%)', () => {
    expect([sharePermille(1784, 8231), sharePermille(4, 6), sharePermille(1, 8), sharePermille(0, 5), sharePermille(3, 0)]).toEqual([
      217,
      667,
      125,
      0,
      null,
    ]);
  });

  it('gives the share per year and over the span, and each county’s trainees', async () => {
    const report = await admin.trainingReport.poverty({ year: 2026, years: 2 });
    expect(report.total).toEqual({ trainees: 6, povertyTrainees: 4, sharePermille: 667 });
    expect(report.byYear).toEqual([
      { year: 2025, trainees: 3, povertyTrainees: 2, sharePermille: 667 },
      { year: 2026, trainees: 5, povertyTrainees: 4, sharePermille: 800 },
    ]);
    expect(report.counties).toEqual([
      { countyId: city.ids.county1, countyName: '一县', isPovertyCounty: true, trainees: 4, sharePermille: 667 },
      { countyId: city.ids.county2, countyName: '二县', isPovertyCounty: false, trainees: 2, sharePermille: 333 },
    ]);
    expect((await admin.trainingReport.poverty({ year: 2024 })).total).toEqual({ trainees: 0, povertyTrainees: 0, sharePermille: null });
  });

  it('counts a county officer’s own county only', async () => {
    expect((await officer1.trainingReport.poverty({ year: 2026, years: 2 })).total).toEqual({
      trainees: 4,
      povertyTrainees: 4,
      sharePermille: 1000,
    });
    const other = await officer2.trainingReport.poverty({ year: 2026, years: 2 });
    expect([other.total, other.counties.map((c) => c.countyName)]).toEqual([
      { trainees: 2, povertyTrainees: 0, sharePermille: 0 },
      ['二县'],
    ]);
  });
});

describe('the cycle’s coverage', () => {
  // 2026-12-01: 335 of the cycle's 1,826 days, so on pace means at least 66.05 of 360 学时 (乙一 only).
  const asOf = '2026-12-01';
  const cov = (teachers: number, trained: number, onPace: number, hours: number) => ({
    teachers,
    trained,
    untrained: teachers - trained,
    onPace,
    behind: teachers - onPace,
    hours,
    trainedPermille: sharePermille(trained, teachers),
    onPacePermille: sharePermille(onPace, teachers),
  });

  it('reuses the compliance summary per county, and adds the schools of one county', async () => {
    const report = await admin.trainingReport.coverage({ asOf });
    expect(report.cycle).toEqual({ startDate: '2026-01-01', endDate: '2030-12-31', requiredHours: 360 });
    expect(report.counties.map((c) => [c.countyName, c.figures])).toEqual([
      ['一县', cov(4, 3, 0, 78)],
      ['二县', cov(2, 1, 1, 124)],
    ]);
    expect(report.total).toEqual(cov(6, 4, 1, 202));
    expect(report.schools).toBeNull();
    // The same figures as the compliance page's summary.
    const summary = await admin.hours.summary({ asOf });
    expect(summary.counties.map((c) => [c.teachers, c.trained, c.onPace, c.behind, c.hours])).toEqual(
      report.counties.map((c) => [c.figures.teachers, c.figures.trained, c.figures.onPace, c.figures.behind, c.figures.hours]),
    );
    const one = await admin.trainingReport.coverage({ asOf, countyId: city.ids.county1 });
    expect(one.total).toEqual(cov(4, 3, 0, 78));
    expect(Object.fromEntries(one.schools!.map((s) => [s.schoolName, s.figures]))).toEqual({
      一县村小: cov(3, 2, 0, 54),
      一县中学: cov(1, 1, 0, 24),
    });
  });

  it('shows a county officer their county and its schools', async () => {
    const report = await officer2.trainingReport.coverage({ asOf });
    expect(report.counties.map((c) => c.countyName)).toEqual(['二县']);
    expect(report.schools).toEqual([{ schoolId: city.ids.school2, schoolName: '二县中学', figures: cov(2, 1, 1, 124) }]);
  });

  it('has no figures on a day outside every cycle', async () => {
    expect(await admin.trainingReport.coverage({ asOf: '2025-06-01' })).toMatchObject({ cycle: null, counties: [], schools: null });
  });
});

describe('cohorts: enrolments by state, attendance and quota use', () => {
  const states = (counts: Partial<Record<string, number>>) => ({
    applied: 0,
    nominated: 0,
    enrolled: 0,
    waitlisted: 0,
    completed: 0,
    withdrawn: 0,
    refused: 0,
    ...counts,
  });

  it('counts each cohort’s enrolments and each county’s places', async () => {
    const report = await admin.trainingReport.cohorts({ year: 2025 });
    expect(report.cohorts).toHaveLength(1);
    expect(report.cohorts[0]).toMatchObject({
      cohortId: cohorts.k1,
      name: '2025年第一期',
      programmeName: '国培计划示范班',
      level: '国培',
      days: 10,
      capacity: 10,
      held: 4,
      counts: states({ completed: 4, withdrawn: 1 }),
      placed: 4,
      passed: 3,
      sessions: 0,
      attended: null,
    });
    expect(report.quotas.map((q) => [q.countyName, q.places, q.held, q.usePermille])).toEqual([
      ['一县', 3, 3, 1000],
      ['二县', 2, 1, 500],
    ]);
    expect(report.counties.map((c) => [c.countyName, c.cohorts, c.places, c.held, c.usePermille])).toEqual([
      ['一县', 1, 3, 3, 1000],
      ['二县', 1, 2, 1, 500],
    ]);
    expect(report.total).toEqual({ cohorts: 1, counts: states({ completed: 4, withdrawn: 1 }), placed: 4, passed: 3 });
  });

  it('counts those present at a session, and only when the cohort has sessions', async () => {
    const report = await admin.trainingReport.cohorts({ year: 2026 });
    expect(report.cohorts.map((c) => [c.cohortId, c.counts.completed, c.passed, c.sessions, c.attended])).toEqual([
      [cohorts.k2, 3, 3, 1, 2],
      [cohorts.k3, 1, 1, 0, null],
    ]);
    expect(report.quotas).toEqual([]);
  });

  it('gives a county officer their own trainees and quotas (as the cohort’s trainee list does)', async () => {
    const report = await officer1.trainingReport.cohorts({ year: 2025 });
    expect(report.cohorts.map((c) => [c.counts, c.passed])).toEqual([[states({ completed: 3 }), 2]]);
    expect(report.quotas.map((q) => q.countyName)).toEqual(['一县']);
    const listed = await officer1.enrolment.list({ cohortId: cohorts.k1!, state: 'completed' });
    expect(listed.total).toBe(3);
    const other = await officer2.trainingReport.cohorts({ year: 2026 });
    expect(other.cohorts.map((c) => [c.counts.completed, c.attended])).toEqual([
      [1, 0],
      [0, null],
    ]);
  });
});

describe('the cohort lists behind the cohort figures', () => {
  it('filters a cohort’s trainees by placed, passed, attended and the county a quota counts', async () => {
    const [k1] = (await admin.trainingReport.cohorts({ year: 2025 })).cohorts;
    const total = async (state: 'placed' | 'passed' | 'attended', cohortId: string, countyId?: string) =>
      (await admin.enrolment.list({ cohortId, state, countyId })).total;
    expect([await total('placed', cohorts.k1!), await total('passed', cohorts.k1!)]).toEqual([k1!.placed, k1!.passed]);
    const [k2] = (await admin.trainingReport.cohorts({ year: 2026 })).cohorts;
    expect(await total('attended', cohorts.k2!)).toBe(k2!.attended);
    const attended = await admin.enrolment.list({ cohortId: cohorts.k2!, state: 'attended' });
    expect(attended.rows.map((r) => r.teacherName).sort()).toEqual(['张老师', '甲三']);
    const quotas = (await admin.trainingReport.cohorts({ year: 2025 })).quotas;
    for (const quota of quotas) expect(await total('placed', quota.cohortId, quota.countyId)).toBe(quota.held);
  });
});

describe('东西部协作', () => {
  it('groups the year’s cohorts of the level by form, with partner and trainees', async () => {
    const report = await admin.trainingReport.eastWest({ year: 2027 });
    expect(report.forms.map((g) => [g.form, g.totals])).toEqual([
      ['集中培训', { programmes: 1, cohorts: 2, placed: 3, completed: 0, passed: 0 }],
      ['挂职', { programmes: 1, cohorts: 1, placed: 2, completed: 0, passed: 0 }],
    ]);
    expect(report.forms[0]!.cohorts.map((c) => [c.name, c.partner, c.days, c.capacity, c.counts.enrolled, c.counts.nominated])).toEqual([
      ['高中校长班', '上海市宝山区', 10, 66, 2, 0],
      ['职业学校教师班', '上海市宝山区', 10, 40, 0, 1],
    ]);
    expect(report.forms[1]!.cohorts.map((c) => [c.cohortId, c.programmeName, c.days, c.offTheJob, c.placed])).toEqual([
      [cohorts.k4, '沪滇协作 职业学校领导挂职', 92, true, 2],
    ]);
    expect(report.total).toEqual({ programmes: 2, cohorts: 3, placed: 5, completed: 0, passed: 0 });
    // Other levels are not in it.
    expect((await admin.trainingReport.eastWest({ year: 2026 })).forms).toEqual([]);
  });

  it('counts a county officer’s own trainees', async () => {
    const one = await officer1.trainingReport.eastWest({ year: 2027 });
    expect(one.forms.map((g) => [g.form, g.totals.placed])).toEqual([
      ['集中培训', 2],
      ['挂职', 1],
    ]);
    expect((await officer2.trainingReport.eastWest({ year: 2027 })).total.placed).toBe(2);
  });
});

describe('exports', () => {
  it('return the page’s figures', async () => {
    expect(await admin.trainingReport.traineesExport({ year: 2026, years: 2 })).toEqual(
      await admin.trainingReport.trainees({ year: 2026, years: 2 }),
    );
    expect((await officer1.trainingReport.povertyExport({ year: 2026, years: 2 })).total.trainees).toBe(4);
    expect((await admin.trainingReport.coverageExport({ asOf: '2026-12-01' })).total.teachers).toBe(6);
    expect((await admin.trainingReport.cohortsExport({ year: 2025 })).total.placed).toBe(4);
    expect((await admin.trainingReport.eastWestExport({ year: 2027 })).total.cohorts).toBe(3);
  });
});
