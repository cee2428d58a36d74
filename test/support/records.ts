import type { IdField } from '@tongxing/api';
import { TEACHER2_ID, type City } from './city';
import { ownerDb } from './db';
import { jpeg } from '@tongxing/storage/test-files';
import { someImportJob, uploaded } from './import';

/**
 * One record of every kind an input id can name, all in the city's county 1 or city-wide: what the
 * isolation test aims outsiders at. A new kind of id is added here (the type fails until it is);
 * the test itself enumerates the procedures and needs no edit.
 */
export async function recordsOf(a: City): Promise<Record<IdField, string>> {
  const admin = a.admin.caller;
  const requestId = (await a.school1Admin.caller.request.propose({ teacherId: a.ids.teacher1, date: '2026-09-01', roles: ['班主任'] })).id;
  const jobId = await someImportJob(admin);
  const allowanceTypeId = (await admin.allowance.createType({ name: '乡村教师生活补助' })).id;
  const ruleVersionId = (
    await admin.allowance.createDraft({
      allowanceTypeId,
      documentNo: '〔2026〕1号',
      documentTitle: '测试',
      effectiveFrom: '2026-01-01',
      conditions: { inPostRequired: true },
      amount: { kind: 'fixed', monthlyFen: 30_000 },
      proration: { kind: 'calendarDays' },
    })
  ).id;
  const sheetId = (await admin.sheet.run({ countyId: a.ids.county1, month: '2026-03' })).sheet.id;
  const programmeId = (await admin.programme.create({ name: '乡村教师能力提升', level: '省培', form: '集中培训' })).id;
  const cohortId = (
    await admin.cohort.create({
      programmeId,
      name: '第一期',
      startDate: '2026-05-01',
      endDate: '2026-05-05',
      capacity: 5,
      hours: 30,
      completionRule: { kind: 'assessment' },
    })
  ).id;
  const enrolmentId = (await admin.enrolment.nominate({ cohortId, teacherId: a.ids.teacher1 })).id;
  await admin.enrolment.complete({ enrolmentId, result: 'passed' });
  const entryId = (await admin.hours.ofTeacher({ teacherId: a.ids.teacher1 })).entries[0]!.id;
  const providerId = (await admin.provider.create({ name: '师范学院继续教育学院' })).id;
  const sessionId = (await admin.attendance.addSession({ cohortId, sessionDate: '2026-05-01' })).id;
  const cycleId = (await admin.trainingCycle.create({ startDate: '2026-01-01', endDate: '2030-12-31', requiredHours: 360 })).id;
  const claimId = (
    await a.teacher1.caller.hoursClaim.submit({
      teacherId: a.ids.teacher1,
      hours: 12,
      level: '省培',
      title: '省级网络研修',
      completedOn: '2026-04-18',
      files: [{ name: '证书.jpg', bytes: await jpeg({ width: 64, height: 48 }) }],
    })
  ).id;
  const fileId = (await admin.hoursClaim.get({ claimId })).evidence[0]!.id;
  const leadId = (
    await admin.school.create({
      countyId: a.ids.county1,
      code: 'P1',
      name: '一县中学',
      schoolType: '初中',
      locationClass: '县城',
      terrainClass: '县城/城郊',
    })
  ).id;
  const pairId = (
    await admin.pairing.create({
      name: '一县中学—一县村小',
      kind: 'pair',
      leadSchoolId: leadId,
      memberSchoolIds: [a.ids.school1],
      startDate: '2026-01-01',
    })
  ).id;
  const activityId = (
    await a.school1Admin.caller.pairingActivity.log({
      pairId,
      kind: '跟岗',
      startDate: '2026-03-02',
      endDate: '2026-03-06',
      givingSchoolId: leadId,
      receivingSchoolIds: [a.ids.school1],
      files: [{ name: '跟岗.jpg', bytes: await jpeg({ width: 64, height: 48 }) }],
    })
  ).id;
  const needId = (await admin.rotationNeed.set({ year: 2026, schoolId: a.ids.school1, subject: '数学', count: 1 })).id;
  const exemptionId = (await admin.rotationEligibility.exempt({ teacherId: a.ids.teacher1, reason: '病休', startDate: '2026-03-01' })).id;
  const moveId = (
    await admin.rotationPlan.addMove({
      countyId: a.ids.county1,
      year: 2026,
      teacherId: a.ids.teacher1,
      toSchoolId: leadId,
      subject: '数学',
      form: '支教',
      startDate: '2026-09-01',
      endDate: '2027-07-01',
    })
  ).id;
  const planId = (await admin.rotationPlan.get({ countyId: a.ids.county1, year: 2026 })).plan!.id;
  const visitId = (
    await admin.inspection.create({
      visitedOn: '2026-03-10',
      title: '补助发放督查',
      inspectors: '督导室',
      sites: [{ countyId: a.ids.county1, schoolId: a.ids.school1 }],
    })
  ).id;
  const problemId = (
    await admin.inspectionProblem.create({
      visitId,
      description: '台账不全',
      category: '台账数据',
      countyId: a.ids.county1,
      schoolId: a.ids.school1,
      ownerId: a.accountIds.school1Admin,
      deadline: '2099-12-31',
    })
  ).id;
  // A check of county 1's register on a roster that has 二县's 李老师 at 一县村小: one difference.
  const officer = a.county1Officer.caller;
  const roster = await uploaded(officer, 'roster', [{ idNumber: TEACHER2_ID, name: '李老师', unit: 'S1' }]);
  const checkId = (await officer.rosterCheck.create({ jobId: roster.id, checkTitle: '花名册核查', asOf: '2026-03-10' })).checkId;
  const differenceId = (await officer.rosterCheck.get({ checkId, page: 1 })).differences.rows[0]!.id;
  return {
    tenantId: a.tenantId,
    countyId: a.ids.county1,
    schoolId: a.ids.school1,
    teacherId: a.ids.teacher1,
    accountId: a.accountIds.teacher1,
    requestId,
    toSchoolId: a.ids.school2,
    jobId,
    allowanceTypeId,
    ruleVersionId,
    sheetId,
    programmeId,
    cohortId,
    enrolmentId,
    entryId,
    cycleId,
    providerId,
    sessionId,
    claimId,
    fileId,
    pairId,
    activityId,
    leadSchoolId: leadId,
    givingSchoolId: leadId,
    planId,
    moveId,
    needId,
    exemptionId,
    visitId,
    problemId,
    ownerId: a.accountIds.school1Admin,
    checkId,
    differenceId,
  };
}

/**
 * A fingerprint of everything a tenant holds, read as the owner: every table with a tenant_id (found
 * in the catalogue, so new tables are included), the number of its audit events and its tenant row.
 */
export async function fingerprintOf(tenantId: string): Promise<string> {
  const sql = ownerDb().sql;
  const tables = await sql<{ name: string }[]>`
    select c.table_name as name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = 'public' and c.column_name = 'tenant_id' and c.table_name not in ('audit_event', 'session')
    order by 1`;
  const parts: string[] = [];
  for (const { name } of tables) {
    // An import job's worker bumps its progress columns; its identity and status are what an outsider could change.
    const row = name === 'import_job' ? sql`t.id || t.status` : sql`t::text`;
    const [print] = await sql<
      { p: string | null }[]
    >`select string_agg(${row}, ',' order by t::text) as p from ${sql(name)} t where tenant_id = ${tenantId}`;
    parts.push(`${name}:${print?.p ?? ''}`);
  }
  const [audit] = await sql<{ n: number }[]>`select count(*)::int as n from audit_event where tenant_id = ${tenantId}`;
  const [tenant] = await sql<{ t: string }[]>`select t::text as t from tenant t where id = ${tenantId}`;
  return `${parts.join('|')}|audit:${audit!.n}|${tenant!.t}`;
}
