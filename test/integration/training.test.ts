import { describeError } from '@tongxing/api';
import { paceOf, todayInChina } from '@tongxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousCaller, type Caller } from '../support/callers';
import { activate, makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { addStudents, assessment, cohortFields, idNumber, programme } from '../support/training';
import { refusal } from '../support/refusal';

afterAll(closeDbs);

let city: City;
let admin: Caller;
let officer1: Caller;
/** Teachers of county 1's village school, besides teacher1. */
const extra: string[] = [];

beforeAll(async () => {
  city = await makeCity('train');
  admin = city.admin.caller;
  officer1 = city.county1Officer.caller;
  extra.push(...(await addStudents(city)));
});

describe('places: capacity, quotas and the waiting list', () => {
  it('refuses a nomination beyond the county quota, naming why, and writes nothing', async () => {
    const p = await programme(admin);
    const cohort = await admin.cohort.create({
      programmeId: p.id,
      name: '第一期',
      startDate: '2027-03-01',
      endDate: '2027-03-10',
      capacity: 10,
      hours: 60,
      completionRule: assessment,
    });
    await admin.cohort.setQuotas({ cohortId: cohort.id, quotas: [{ countyId: city.ids.county1, places: 1 }] });
    const first = await officer1.enrolment.nominate({ cohortId: cohort.id, teacherId: city.ids.teacher1 });
    expect(first.state).toBe('nominated');
    expect(await refusal(officer1.enrolment.nominate({ cohortId: cohort.id, teacherId: extra[0]! }))).toBe(
      '期次：本县区在本期的名额已用完（可加入候补）',
    );
    expect(await refusal(city.county2Officer.caller.enrolment.nominate({ cohortId: cohort.id, teacherId: city.ids.teacher2 }))).toBe(
      '期次：本期没有给该县区分配名额',
    );
    const listed = await admin.enrolment.list({ cohortId: cohort.id });
    expect(listed.rows.map((r) => [r.teacherName, r.state])).toEqual([['张老师', 'nominated']]);
    expect((await admin.cohort.get({ cohortId: cohort.id })).quotas.map((q) => [q.places, q.held])).toEqual([[1, 1]]);
  });

  it('gives the last place to exactly one of two officers nominating at once', async () => {
    const p = await programme(admin);
    const cohort = await admin.cohort.create({
      programmeId: p.id,
      name: '第二期',
      startDate: '2027-04-01',
      endDate: '2027-04-05',
      capacity: 1,
      hours: 30,
      completionRule: assessment,
    });
    const results = await Promise.allSettled([
      officer1.enrolment.nominate({ cohortId: cohort.id, teacherId: extra[0]! }),
      city.county2Officer.caller.enrolment.nominate({ cohortId: cohort.id, teacherId: city.ids.teacher2 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(describeError(refused.reason, 'zh').message).toBe('期次：本期名额已满（可加入候补）');
    const [row] = await ownerDb().sql<{ held: number; n: number }[]>`
      select c.held, (select count(*)::int from training_enrolment e where e.cohort_id = c.id) as n from training_cohort c where c.id = ${cohort.id}`;
    expect(row).toEqual({ held: 1, n: 1 });
  });

  it('keeps a waiting list that moves up when someone withdraws, with the reason kept', async () => {
    const p = await programme(admin, { level: '县培', countyId: city.ids.county1 });
    const cohort = await officer1.cohort.create({
      programmeId: p.id,
      name: '第一期',
      startDate: '2027-05-10',
      endDate: '2027-05-12',
      capacity: 1,
      hours: 18,
      completionRule: assessment,
    });
    const holder = await officer1.enrolment.nominate({ cohortId: cohort.id, teacherId: extra[1]! });
    expect(holder.state).toBe('enrolled');
    const waiting = await officer1.enrolment.nominate({ cohortId: cohort.id, teacherId: extra[2]!, waitlist: true });
    expect(waiting.state).toBe('waitlisted');
    const { withdrawn, promoted } = await officer1.enrolment.withdraw({ enrolmentId: holder.id, reason: '临时承担中考监考任务' });
    expect([withdrawn.state, withdrawn.reason]).toEqual(['withdrawn', '临时承担中考监考任务']);
    expect(promoted && [promoted.id, promoted.state]).toEqual([waiting.id, 'enrolled']);
  });
});

describe('who may be enrolled', () => {
  it('refuses a teacher outside the target group, a second enrolment, and a teacher out of scope', async () => {
    const p = await programme(admin, { target: { schoolTypes: [], locationClasses: ['县城'], countyIds: [], subjects: [], roles: [] } });
    const cohort = await admin.cohort.create({
      programmeId: p.id,
      name: '县城教师班',
      startDate: '2027-06-01',
      endDate: '2027-06-03',
      capacity: 5,
      hours: 20,
      completionRule: assessment,
    });
    expect(await refusal(officer1.enrolment.nominate({ cohortId: cohort.id, teacherId: city.ids.teacher1 }))).toBe(
      '教师：不符合本项目的培训对象（地域类别）',
    );
    const ok = await city.county2Officer.caller.enrolment.nominate({ cohortId: cohort.id, teacherId: city.ids.teacher2 });
    expect(ok.state).toBe('nominated');
    expect(await refusal(admin.enrolment.nominate({ cohortId: cohort.id, teacherId: city.ids.teacher2 }))).toBe(
      '教师：该教师已在本期名单中（已推荐（待市审核））',
    );
    await expect(officer1.enrolment.nominate({ cohortId: cohort.id, teacherId: city.ids.teacher2 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses an off-the-job placement overlapping another, here and in the database', async () => {
    const p = await programme(admin, { name: '骨干教师置换脱产研修', form: '置换脱产研修', level: '国培' });
    const autumn = await admin.cohort.create({
      programmeId: p.id,
      name: '秋季班',
      startDate: '2027-09-01',
      endDate: '2027-11-30',
      capacity: 5,
      hours: 300,
      completionRule: assessment,
    });
    const winter = await admin.cohort.create({
      programmeId: p.id,
      name: '冬季班',
      startDate: '2027-11-15',
      endDate: '2028-01-31',
      capacity: 5,
      hours: 300,
      completionRule: assessment,
    });
    expect([autumn.offTheJob, winter.offTheJob]).toEqual([true, true]);
    await admin.enrolment.nominate({ cohortId: autumn.id, teacherId: extra[0]! });
    expect(await refusal(admin.enrolment.nominate({ cohortId: winter.id, teacherId: extra[0]! }))).toBe(
      '教师：与该教师 2027-09-01 至 2027-11-30 的脱产培训时间重叠',
    );
    // The placement shows on the teacher's timeline beside the posts, as a half-open interval like them.
    const { away } = await admin.teacher.get({ teacherId: extra[0]! });
    expect(away.map((a) => [a.source, a.startDate, a.endDate, a.what, a.detail])).toEqual([
      ['training', '2027-09-01', '2027-12-01', '骨干教师置换脱产研修', '秋季班'],
    ]);
    // Whatever writes it, the database refuses a second absence on the same days.
    const [teacher] = await ownerDb().sql<{ tenant_id: string }[]>`select tenant_id from teacher where id = ${extra[0]!}`;
    await expect(
      ownerDb().sql`insert into teacher_away (tenant_id, teacher_id, start_date, end_date, source, source_id)
        values (${teacher!.tenant_id}, ${extra[0]!}, '2027-10-01', '2027-10-15', 'rotation', gen_random_uuid())`,
    ).rejects.toMatchObject({ constraint_name: 'teacher_away_no_overlap' });
    // A short course on the same days is not off the job.
    const short = await programme(admin, { name: '送教下乡', form: '送教下乡', level: '县培', countyId: city.ids.county1 });
    const visit = await officer1.cohort.create({
      programmeId: short.id,
      name: '十月',
      startDate: '2027-10-08',
      endDate: '2027-10-09',
      capacity: 20,
      hours: 12,
      completionRule: assessment,
    });
    expect((await officer1.enrolment.nominate({ cohortId: visit.id, teacherId: extra[0]! })).state).toBe('enrolled');
  });

  it('lets a teacher apply to an open cohort; the county and then the city approve', async () => {
    const p = await programme(admin, { name: '国培计划示范班', level: '国培' });
    const cohort = await admin.cohort.create({
      programmeId: p.id,
      name: '第一期',
      startDate: '2027-07-01',
      endDate: '2027-07-10',
      capacity: 5,
      hours: 60,
      completionRule: assessment,
      applicationOpen: true,
    });
    const applied = await city.teacher1.caller.enrolment.applyFor({ cohortId: cohort.id });
    expect(applied.state).toBe('applied');
    await expect(city.county2Officer.caller.enrolment.approve({ enrolmentId: applied.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await officer1.enrolment.approve({ enrolmentId: applied.id })).state).toBe('nominated');
    await expect(officer1.enrolment.approve({ enrolmentId: applied.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await admin.enrolment.approve({ enrolmentId: applied.id })).state).toBe('enrolled');
    const closed = await admin.cohort.create({ ...cohortFields(p.id), applicationOpen: false });
    expect(await refusal(city.teacher1.caller.enrolment.applyFor({ cohortId: closed.id }))).toBe('期次：本期未开放报名，或已开班');
  });
});

describe('completion and the hours ledger', () => {
  it('writes the hours on a pass, reverses them with a reason, and never edits an entry', async () => {
    const p = await programme(admin, { name: '市级班主任培训', level: '市培' });
    const cohort = await admin.cohort.create({
      programmeId: p.id,
      name: '2026年第一期',
      startDate: '2026-04-01',
      endDate: '2026-04-05',
      capacity: 30,
      hours: 40,
      completionRule: assessment,
    });
    const enrolment = await admin.enrolment.nominate({ cohortId: cohort.id, teacherId: extra[1]! });
    const done = await admin.enrolment.complete({ enrolmentId: enrolment.id, result: 'passed' });
    expect([done.state, done.result]).toEqual(['completed', 'passed']);
    const { entries } = await admin.hours.ofTeacher({ teacherId: extra[1]! });
    expect(entries.map((e) => [e.hours, e.level, e.title, e.completedOn, e.source])).toEqual([
      [40, '市培', '市级班主任培训（2026年第一期）', '2026-04-05', 'cohort'],
    ]);
    const reversal = await officer1.hours.reverse({ entryId: entries[0]!.id, reason: '重复登记' });
    expect([reversal.hours, reversal.reversesId]).toEqual([-40, entries[0]!.id]);
    expect(await refusal(officer1.hours.reverse({ entryId: entries[0]!.id, reason: '再冲一次' }))).toBe('记录：该记录已冲销');
    const after = await admin.hours.ofTeacher({ teacherId: extra[1]! });
    expect(after.entries.map((e) => [e.hours, e.reversed])).toEqual([
      [-40, false],
      [40, true],
    ]);
    await expect(ownerDb().sql`update training_hours_entry set hours = 1 where id = ${entries[0]!.id}`).rejects.toThrow(/append-only/);
  });
});

describe('the cycle and pace', () => {
  it('says who is behind pace, by the same rule as the domain', async () => {
    await admin.trainingCycle.create({ startDate: '2026-01-01', endDate: '2030-12-31', requiredHours: 360, joiners: 'prorataMonths' });
    expect(await refusal(admin.trainingCycle.create({ startDate: '2030-01-01', endDate: '2034-12-31', requiredHours: 360 }))).toBe(
      '开始日期：与已有的学时周期重叠',
    );
    await officer1.hours.addManual({
      teacherId: city.ids.teacher1,
      hours: 200,
      level: '国培',
      name: '国培计划（2026）',
      completedOn: '2026-06-30',
      note: '省平台证书',
    });
    const asOf = '2028-12-31';
    const { list } = await officer1.hours.compliance({ asOf, sort: 'name' });
    const byName = Object.fromEntries(list!.rows.map((r) => [r.name, r]));
    expect(byName['张老师']).toMatchObject({ earned: 200, required: 360, expected: 217, onPace: false, missing: 160 });
    const paced = await officer1.hours.ofTeacher({ teacherId: city.ids.teacher1 });
    if (todayInChina() <= '2030-12-31') expect(paced.pace?.required).toBe(360);
    const behind = await officer1.hours.compliance({ asOf, pace: 'behind', sort: 'name' });
    expect(behind.list!.rows.every((r) => !r.onPace)).toBe(true);
    const summary = await admin.hours.summary({ asOf });
    expect(summary.counties.find((c) => c.countyId === city.ids.county1)).toMatchObject({ isPovertyCounty: true, teachers: 4 });
  });

  it('computes in SQL exactly what paceOf computes, mid-cycle joiners included', async () => {
    const joiner = await admin.teacher.create({
      idNumber: idNumber(9),
      name: '新入职',
      schoolId: city.ids.school1,
      startDate: '2026-11-01',
      employmentType: '特岗',
    });
    await officer1.hours.addManual({
      teacherId: joiner.id,
      hours: 30,
      level: '县培',
      name: '新教师入职培训',
      completedOn: '2026-11-20',
      note: '县培训中心证明',
    });
    const [cycle] = await admin.trainingCycle.list();
    const policy = { ...cycle!, minHoursByLevel: {} };
    for (const asOf of ['2026-01-01', '2026-11-30', '2027-06-30', '2028-02-29', '2030-12-31']) {
      const { list } = await admin.hours.compliance({ asOf, sort: 'name' });
      for (const row of list!.rows) {
        const { entries } = await admin.hours.ofTeacher({ teacherId: row.teacherId });
        const hoursByLevel: Record<string, number> = {};
        for (const e of entries)
          if (e.completedOn >= policy.startDate && e.completedOn <= policy.endDate)
            hoursByLevel[e.level] = (hoursByLevel[e.level] ?? 0) + e.hours;
        const pace = paceOf(policy, { joinedOn: row.joinedOn, asOf, hoursByLevel });
        expect([row.name, asOf, row.required, row.expected, row.onPace, row.missing, row.earned]).toEqual([
          row.name,
          asOf,
          pace.required,
          pace.expected,
          pace.onPace,
          pace.missing,
          pace.earned,
        ]);
      }
    }
    const { list } = await admin.hours.compliance({ asOf: '2027-06-30', search: '新入职', sort: 'name' });
    expect(list!.rows[0]).toMatchObject({ joinedOn: '2026-11-01', required: 300, earned: 30 });
  });

  it('gives the same rows whether the page is chosen before pacing (name order) or after (hours order)', async () => {
    const asOf = '2027-06-30';
    const byName = (await admin.hours.compliance({ asOf, sort: 'name' })).list!;
    const byHours = (await admin.hours.compliance({ asOf, sort: 'earned', dir: 'desc' })).list!;
    expect(byName.total).toBe(byHours.total);
    expect(byName.total).toBeLessThanOrEqual(20);
    const key = (r: { teacherId: string }) => r.teacherId;
    expect([...byHours.rows].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...byName.rows].sort((a, b) => key(a).localeCompare(key(b))),
    );
    expect(byHours.rows.map((r) => r.earned)).toEqual([...byHours.rows.map((r) => r.earned)].sort((a, b) => b - a));
    const past = (await admin.hours.compliance({ asOf, sort: 'name', page: 3 })).list!;
    expect([past.rows.length, past.total]).toEqual([0, byName.total]);
  });
});

describe('the completion certificate', () => {
  it('prints the pass with a code that the public check confirms, masked, and shows revoked once reversed', async () => {
    const p = await programme(admin, { name: '骨干班主任研修', level: '市培' });
    const cohort = await admin.cohort.create({
      ...cohortFields(p.id),
      name: '2026年春',
      startDate: '2026-03-02',
      endDate: '2026-03-06',
      hours: 24,
    });
    const enrolment = await admin.enrolment.nominate({ cohortId: cohort.id, teacherId: extra[2]! });
    await admin.enrolment.complete({ enrolmentId: enrolment.id, result: 'passed' });
    const entry = (await admin.hours.ofTeacher({ teacherId: extra[2]! })).entries.find((e) => e.enrolmentId === enrolment.id)!;
    const facts = await admin.hours.certificate({ entryId: entry.id });
    expect(facts).toMatchObject({
      teacherName: '学员3',
      programmeName: '骨干班主任研修',
      cohortName: '2026年春',
      hours: 24,
      endDate: '2026-03-06',
    });
    expect(facts.verificationCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

    const anonymous = anonymousCaller();
    const typed = facts.verificationCode.toLowerCase().replaceAll('-', ' ');
    const checked = await anonymous.verification.certificate({ code: typed });
    expect(checked.certificates).toEqual([
      {
        city: `${city.code}市`,
        maskedName: '学*3',
        title: '骨干班主任研修（2026年春）',
        level: '市培',
        hours: 24,
        completedOn: '2026-03-06',
        revoked: false,
      },
    ]);
    expect((await anonymous.verification.certificate({ code: 'ZZZZ-ZZZZ-ZZZZ' })).certificates).toEqual([]);
    expect((await anonymous.verification.certificate({ code: '0000' })).code).toBeNull();

    await admin.hours.reverse({ entryId: entry.id, reason: '成绩录入错误' });
    expect((await anonymous.verification.certificate({ code: facts.verificationCode })).certificates[0]!.revoked).toBe(true);
    expect(await refusal(admin.hours.certificate({ entryId: entry.id }))).toBe('记录：该证书对应的学时已冲销，证书已撤销');
    // An officer of another county cannot read the certificate's facts.
    await expect(city.county2Officer.caller.hours.certificate({ entryId: entry.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('sessions, the roll call and completion by attendance', () => {
  it('lets the provider take the roll of its own cohort only, and applies the 80% rule', async () => {
    const provider = await admin.provider.create({ name: '市教师发展中心' });
    const other = await admin.provider.create({ name: '某培训公司' });
    const p = await programme(admin, { name: '乡村教师信息技术应用', level: '市培', providerId: provider.id });
    const cohort = await admin.cohort.create({
      ...cohortFields(p.id),
      name: '第一期',
      startDate: '2026-05-11',
      endDate: '2026-05-15',
      hours: 30,
      completionRule: { kind: 'attendance', minPercent: 80 },
    });
    const trainees = [extra[0]!, extra[1]!, city.ids.teacher1];
    const enrolments = [];
    for (const teacherId of trainees) enrolments.push(await admin.enrolment.nominate({ cohortId: cohort.id, teacherId }));

    const account = await admin.account.create({
      username: 'provider1',
      displayName: '发展中心',
      role: 'provider',
      providerId: provider.id,
    });
    const staff = (await activate(city.code, 'provider1', account.oneTimePassword)).caller;
    const stranger = await admin.account.create({ username: 'provider2', displayName: '某公司', role: 'provider', providerId: other.id });
    const outsider = (await activate(city.code, 'provider2', stranger.oneTimePassword)).caller;

    expect((await staff.cohort.list({})).rows.map((r) => r.id)).toEqual([cohort.id]);
    expect((await outsider.cohort.list({})).rows).toEqual([]);
    expect(await refusal(staff.attendance.addSession({ cohortId: cohort.id, sessionDate: '2026-05-20' }))).toBe(
      '课次日期：须在本期日期内（2026-05-11 至 2026-05-15）',
    );
    await expect(outsider.attendance.addSession({ cohortId: cohort.id, sessionDate: '2026-05-11' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const sessions = [];
    for (const day of ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15'])
      sessions.push(await staff.attendance.addSession({ cohortId: cohort.id, sessionDate: day }));
    // extra[0] at all five, extra[1] at four (80%: passes), teacher1 at three (60%: fails).
    const attended = [5, 4, 3];
    for (const [i, session] of sessions.entries())
      await staff.attendance.record({
        sessionId: session.id,
        marks: enrolments.map((e, k) => ({ enrolmentId: e.id, present: i < attended[k]! })),
      });
    await expect(outsider.attendance.roll({ sessionId: sessions[0]!.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The school records only its own staff.
    const schoolRoll = await city.school1Admin.caller.attendance.roll({ sessionId: sessions[0]!.id });
    expect(schoolRoll.trainees.map((r) => r.name).sort()).toEqual(['学员1', '学员2', '张老师']);
    await expect(
      city.school1Admin.caller.attendance.record({
        sessionId: sessions[0]!.id,
        marks: [{ enrolmentId: enrolments[0]!.id, present: true }],
      }),
    ).resolves.toEqual({ recorded: 1 });
    const listed = await staff.enrolment.list({ cohortId: cohort.id });
    expect(listed.total).toBe(3);

    const outcome = await staff.attendance.completeByRule({ cohortId: cohort.id });
    expect(outcome).toEqual({ sessions: 5, passed: 2, failed: 1 });
    const states = await admin.enrolment.list({ cohortId: cohort.id });
    expect(Object.fromEntries(states.rows.map((r) => [r.teacherName, r.result]))).toEqual({
      学员1: 'passed',
      学员2: 'passed',
      张老师: 'failed',
    });
    expect((await admin.attendance.sessions({ cohortId: cohort.id })).map((s) => [s.present, s.absent])).toEqual([
      [3, 0],
      [3, 0],
      [3, 0],
      [2, 1],
      [1, 2],
    ]);
  });
});
