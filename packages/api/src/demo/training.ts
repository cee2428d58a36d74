import { addDays } from '@tongxing/domain';
import type { Database } from '@tongxing/db';
import { asDemoUser, teacherIdOf, type DemoApi } from './act-as';
import { demoCertificatePdf } from './evidence';

const assessment = { kind: 'assessment' } as const;

/** The five-year cycle of the national rule (五年一周期不少于360学时), from the year before today's. */
function cycleAround(today: string) {
  const year = Number(today.slice(0, 4)) - 1;
  return { startDate: `${year}-01-01`, endDate: `${year + 4}-12-31`, requiredHours: 360, joiners: 'prorataMonths' as const };
}

/** Nominates each teacher into the cohort and records the result (passed unless listed as failed). */
async function trainAndComplete(api: DemoApi, cohortId: string, teacherIds: string[], failed: ReadonlySet<string> = new Set()) {
  for (const teacherId of teacherIds) {
    const enrolment = await api.enrolment.nominate({ cohortId, teacherId });
    await api.enrolment.complete({ enrolmentId: enrolment.id, result: failed.has(teacherId) ? 'failed' : 'passed' });
  }
}

/** The first `n` teachers of a county, in the list's order (the generated register's people). */
async function teachersOf(api: DemoApi, countyId: string, n: number): Promise<string[]> {
  const { rows } = await api.teacher.list({ countyId, page: 1 });
  return rows.slice(0, n).map((r) => r.id);
}

/**
 * 曲靖 (source 004, 沪滇协作 with 上海市宝山区): vocational-school leaders on a 3-month 挂职 in Shanghai,
 * principals' and vocational teachers' 10-day cohorts with the source's places (66, 40, 80), one under
 * way whose roll 宝山区教育学院 (qj.baoshan, a provider account) takes each day, a
 * 会泽县 送教下乡 open for application (杨丽萍 has applied), 杨丽萍's own hours behind pace and her
 * claim of a provincial course, with its certificate, waiting for 会泽县.
 */
async function qujing(db: Database, today: string) {
  const ids = await asDemoUser(db, 'qujing', 'qj.admin', async (city) => {
    await city.trainingCycle.create(cycleAround(today));
    const counties = await city.county.list();
    const county = (name: string) => counties.find((c) => c.name === name)!.id;
    const secondment = await city.programme.create({
      name: '沪滇协作 职业学校领导赴宝山区挂职',
      level: '东西部协作',
      form: '挂职',
      partner: '上海市宝山区',
      provider: '宝山区教育局',
      funding: '沪滇协作资金',
      description: '职业学校领导赴上海市宝山区职业学校挂职锻炼三个月。',
      target: { schoolTypes: ['中职'], locationClasses: [], countyIds: [], subjects: [], roles: [] },
    });
    const spring = await city.cohort.create({
      programmeId: secondment.id,
      name: '第一批',
      startDate: addDays(today, -240),
      endDate: addDays(today, -150),
      place: '上海市宝山区',
      capacity: 5,
      hours: 120,
      completionRule: assessment,
    });
    await trainAndComplete(city, spring.id, [await teacherIdOf(city, '段文华', '师宗县职业高级中学')]);

    const baoshan = (await city.provider.list()).find((p) => p.name === '宝山区教育学院')!.id;
    const principals = await city.programme.create({
      name: '沪滇协作 校长及教师能力提升培训',
      providerId: baoshan,
      level: '东西部协作',
      form: '集中培训',
      partner: '上海市宝山区',
      provider: '宝山区教育学院',
      funding: '沪滇协作资金',
      description: '高中校长、职业学校教师、义务教育学校校长分期赴宝山区集中培训，每期 10 天。',
    });
    const cohorts = [
      { name: '高中校长班', capacity: 66, offset: -120 },
      { name: '职业学校教师班', capacity: 40, offset: -90 },
      { name: '义务教育学校校长班（一）', capacity: 40, offset: -60 },
      { name: '义务教育学校校长班（二）', capacity: 40, offset: 30 },
    ];
    const made = [];
    for (const c of cohorts)
      made.push(
        await city.cohort.create({
          programmeId: principals.id,
          name: c.name,
          startDate: addDays(today, c.offset),
          endDate: addDays(today, c.offset + 9),
          place: '上海市宝山区',
          capacity: c.capacity,
          hours: 80,
          completionRule: assessment,
        }),
      );
    await trainAndComplete(city, made[0]!.id, [
      await teacherIdOf(city, '李晓梅', '曲靖市第一中学'),
      await teacherIdOf(city, '王国荣', '会泽县第一中学'),
    ]);
    await trainAndComplete(city, made[2]!.id, [
      await teacherIdOf(city, '杨丽萍', '会泽县大桥乡中心学校'),
      ...(await teachersOf(city, county('宣威市'), 6)),
    ]);
    // Under way now: 宝山区教育学院 takes the roll of each day (the attendance rule decides completion).
    const current = await city.cohort.create({
      programmeId: principals.id,
      name: '职业学校教师班（二）',
      startDate: addDays(today, -2),
      endDate: addDays(today, 7),
      place: '上海市宝山区',
      capacity: 40,
      hours: 80,
      completionRule: { kind: 'attendance', minPercent: 80 },
    });
    for (const teacherId of await teachersOf(city, county('师宗县'), 6)) await city.enrolment.nominate({ cohortId: current.id, teacherId });
    await city.cohort.setQuotas({
      cohortId: made[3]!.id,
      quotas: counties.map((c) => ({ countyId: c.id, places: c.name === '麒麟区' ? 4 : 9 })),
    });
    return { huize: county('会泽县'), nextPrincipals: made[3]!.id, current: current.id };
  });

  await asDemoUser(db, 'qujing', 'qj.baoshan', async (provider) => {
    const first = await provider.attendance.addSession({ cohortId: ids.current, sessionDate: addDays(today, -2) });
    await provider.attendance.addSession({ cohortId: ids.current, sessionDate: addDays(today, -1) });
    const { trainees } = await provider.attendance.roll({ sessionId: first.id });
    await provider.attendance.record({
      sessionId: first.id,
      marks: trainees.map((r, i) => ({ enrolmentId: r.enrolmentId, present: i !== 0 })),
    });
  });

  const visit = await asDemoUser(db, 'qujing', 'qj.huize', async (county) => {
    const programme = await county.programme.create({
      name: '会泽县送教下乡（小学数学）',
      level: '县培',
      form: '送教下乡',
      countyId: ids.huize,
      provider: '会泽县教师发展中心',
    });
    const cohort = await county.cohort.create({
      programmeId: programme.id,
      name: '大桥乡片区',
      startDate: addDays(today, 21),
      endDate: addDays(today, 22),
      place: '会泽县大桥乡中心学校',
      capacity: 30,
      hours: 16,
      completionRule: { kind: 'attendance', minPercent: 80 },
      applicationOpen: true,
    });
    for (const teacherId of await teachersOf(county, ids.huize, 4))
      await county.enrolment.nominate({ cohortId: ids.nextPrincipals, teacherId });
    await county.hours.addManual({
      teacherId: await teacherIdOf(county, '杨丽萍', '会泽县大桥乡中心学校'),
      hours: 50,
      level: '国培',
      name: '国培计划 网络研修与校本研修整合培训',
      completedOn: addDays(today, -300),
      certificateNo: 'GP-2026-530326-0117',
      note: '国家中小学智慧教育平台学时证明',
    });
    return cohort.id;
  });
  await asDemoUser(db, 'qujing', 'qj.teacher', async (teacher) => {
    await teacher.enrolment.applyFor({ cohortId: visit });
    // A claim of a provincial platform's course, waiting for 会泽县 to decide.
    const { user } = await teacher.auth.me();
    const pdf = await demoCertificatePdf(['Certificate of Completion', 'Yunnan teachers online training platform', '24 hours']);
    await teacher.hoursClaim.submit({
      teacherId: user.teacherId!,
      hours: 24,
      level: '省培',
      title: '云南省中小学教师网络研修（信息技术应用）',
      completedOn: addDays(today, -40),
      certificateNo: 'YN-2026-0458',
      note: '省平台结业证书',
      files: [{ name: '结业证书.pdf', bytes: pdf }],
    });
  });
}

/**
 * 岳阳 (source 001: 国培/省培 trainees, 21.7% of them from 平江县): a 国培 cohort completed by teachers
 * of every county, most of them from 平江县, so the reports have a poverty-county share to show.
 */
async function yueyang(db: Database, today: string) {
  await asDemoUser(db, 'yueyang', 'yy.admin', async (city) => {
    await city.trainingCycle.create(cycleAround(today));
    const counties = await city.county.list();
    const programme = await city.programme.create({
      name: '国培计划 乡村教师能力提升培训',
      level: '国培',
      form: '集中培训',
      provider: '湖南第一师范学院',
      documentNo: '湘教通〔2026〕88号',
    });
    const cohort = await city.cohort.create({
      programmeId: programme.id,
      name: '第一期',
      startDate: addDays(today, -200),
      endDate: addDays(today, -191),
      place: '长沙市',
      capacity: 60,
      hours: 72,
      completionRule: assessment,
    });
    const trainees: string[] = [];
    for (const county of counties) trainees.push(...(await teachersOf(city, county.id, county.isPovertyCounty ? 12 : 6)));
    await trainAndComplete(city, cohort.id, trainees, new Set(trainees.slice(-1)));
    const provincial = await city.programme.create({ name: '省培计划 班主任能力提升', level: '省培', form: '网络研修' });
    await city.cohort.create({
      programmeId: provincial.id,
      name: '2027年春季',
      startDate: addDays(today, 45),
      endDate: addDays(today, 75),
      capacity: 200,
      hours: 40,
      completionRule: { kind: 'attendance', minPercent: 80 },
      applicationOpen: true,
    });
  });
}

/** Training: 曲靖's 沪滇 secondments and cohorts, 岳阳's 国培 with its poverty-county share. */
export async function seedTrainingDemo(db: Database, today: string): Promise<void> {
  await qujing(db, today);
  await yueyang(db, today);
}
