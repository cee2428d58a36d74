import { evidenceFiles } from '@tongxing/api/evidence/files';
import { ledgerSheet } from '@tongxing/api/pairing/ledger-sheet';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { PAIRING_DEFAULTS, termOf, todayInChina, translator } from '@tongxing/domain';
import ExcelJS from 'exceljs';
import { jpeg } from '@tongxing/storage/test-files';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../support/callers';
import { activate, makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { refusal } from '../support/refusal';

afterAll(closeDbs);

/**
 * The city's pairing settings, the training hours a confirmed activity credits, the activity ledger behind
 * the dashboard's figures, and an upload that fails half-way. 二县中学 (county 2) leads, 一县村小 (county 1)
 * receives.
 */
let city: City;
let admin: Caller;
let rural: Caller;
let urban: Caller;
let pairId: string;
const today = todayInChina();
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
const term = termOf(daysAgo(2)).key;

const count = async (table: string) => {
  const [row] = await ownerDb().sql<
    { n: number }[]
  >`select count(*)::int as n from ${ownerDb().sql(table)} where tenant_id = ${city.tenantId}`;
  return row!.n;
};

const ledgerOf = async (teacherId: string) =>
  ownerDb().sql<{ hours: number; level: string; title: string; source: string; completed_on: string; created_by: string }[]>`
    select hours, level, title, source, completed_on::text, created_by::text from training_hours_entry
    where tenant_id = ${city.tenantId} and teacher_id = ${teacherId} and source = 'pairing' order by created_at`;

beforeAll(async () => {
  city = await makeCity('pairledger');
  admin = city.admin.caller;
  rural = city.school1Admin.caller;
  const account = await admin.account.create({
    username: 'school2',
    displayName: '二县中学管理员',
    role: 'school_admin',
    schoolId: city.ids.school2,
  });
  urban = (await activate(city.code, 'school2', account.oneTimePassword)).caller;
});

const activity = (extra: Partial<Parameters<Caller['pairingActivity']['log']>[0]> = {}) => ({
  pairId,
  kind: '跟岗',
  startDate: daysAgo(2),
  endDate: daysAgo(2),
  givingSchoolId: city.ids.school2,
  receivingSchoolIds: [city.ids.school1],
  hours: 6,
  participantIds: [city.ids.teacher1, city.ids.teacher2],
  files: [],
  ...extra,
});

describe('the city’s pairing settings', () => {
  it('are the defaults until the city sets them', async () => {
    expect(await rural.pairingSettings.get()).toEqual({
      ownKinds: [],
      idleWeeks: 8,
      pendingDays: 14,
      credits: [],
      kinds: ['送教', '同步课堂', '联合教研', '跟岗', '名师工作室', '捐赠物资', '资金'],
    });
    // The table's column defaults (migration 0025) are the domain's.
    const columns = await ownerDb().sql<{ column_name: string; column_default: string }[]>`
      select column_name, column_default from information_schema.columns
      where table_name = 'pairing_settings' and column_name in ('idle_weeks', 'pending_days') order by column_name`;
    expect(columns.map((c) => Number(c.column_default))).toEqual([PAIRING_DEFAULTS.idleWeeks, PAIRING_DEFAULTS.pendingDays]);
  });

  it('refuse a bad own kind, a credit of an unknown kind or level, by name, changing nothing', async () => {
    const base = { ownKinds: ['课题合作'], idleWeeks: 6, pendingDays: 10, credits: [] };
    const cases: [Parameters<Caller['pairingSettings']['set']>[0], string][] = [
      [{ ...base, ownKinds: ['课题合作', ' 课题合作 '] }, '本市活动类型第 2 项：“课题合作”重复'],
      [{ ...base, ownKinds: ['送教'] }, '本市活动类型第 1 项：“送教”已是国家规定的类型'],
      [{ ...base, ownKinds: ['很长'.repeat(11)] }, '本市活动类型'],
      [{ ...base, ownKinds: Array.from({ length: 21 }, (_, i) => `类型${i}`) }, '本市活动类型'],
      [{ ...base, credits: [{ kind: '读书会', level: '校本' }] }, '计入培训学时第 1 项：不是本市的活动类型（读书会）'],
      [{ ...base, credits: [{ kind: '跟岗', level: '乡培' }] }, '计入培训学时第 1 项：不是本市的培训层级'],
      [{ ...base, idleWeeks: 53 }, '长期无活动周数'],
      [{ ...base, pendingDays: 0 }, '待确认提示天数'],
    ];
    for (const [input, text] of cases) expect(await refusal(admin.pairingSettings.set(input))).toContain(text);
    await expect(urban.pairingSettings.set(base)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(city.county1Officer.caller.pairingSettings.set(base)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await count('pairing_settings')).toBe(0);
  });

  it('give activities the city’s own kinds, in targets and in the log, and refuse a kind the city does not have', async () => {
    const saved = await admin.pairingSettings.set({
      ownKinds: [' 课题合作'],
      idleWeeks: 6,
      pendingDays: 10,
      credits: [{ kind: '跟岗', level: '校本' }],
    });
    expect(saved).toMatchObject({ ownKinds: ['课题合作'], credits: [{ kind: '跟岗', level: '校本' }] });
    expect((await rural.pairingSettings.get()).kinds).toEqual([
      '送教',
      '同步课堂',
      '联合教研',
      '跟岗',
      '名师工作室',
      '捐赠物资',
      '资金',
      '课题合作',
    ]);
    expect(
      await refusal(
        admin.pairing.create({
          name: 'x',
          kind: 'pair',
          leadSchoolId: city.ids.school2,
          memberSchoolIds: [city.ids.school1],
          startDate: daysAgo(200),
          targets: { 读书会: 1 },
        }),
      ),
    ).toBe('学期目标：不是本市的活动类型（读书会）');
    pairId = (
      await admin.pairing.create({
        name: '二县中学—一县村小',
        kind: 'pair',
        leadSchoolId: city.ids.school2,
        memberSchoolIds: [city.ids.school1],
        startDate: daysAgo(200),
        targets: { 跟岗: 1, 课题合作: 1 },
        budgetFen: 1_000_000,
      })
    ).id;
    const own = await urban.pairingActivity.log(activity({ kind: '课题合作', participantIds: [] }));
    await rural.pairingActivity.confirm({ activityId: own.id });
    const detail = await admin.pairing.get({ pairId, term });
    expect(detail.progress).toEqual([
      { kind: '跟岗', target: 1, confirmed: 0, short: 1 },
      { kind: '课题合作', target: 1, confirmed: 1, short: 0 },
    ]);
    const before = await count('pairing_activity');
    expect(await refusal(urban.pairingActivity.log(activity({ kind: '读书会' })))).toBe('类型：不是本市的活动类型（读书会）');
    expect(await count('pairing_activity')).toBe(before);
  });

  it('set the weeks after which a pair is idle and the days after which a county sees what waits', async () => {
    // The pair started 200 days ago and its one confirmed activity ended two days ago: active under any setting.
    expect((await admin.pairing.get({ pairId })).idle).toBe(false);
    const quiet = await admin.pairing.create({
      name: '二县中学—一县村小（二）',
      kind: 'pair',
      leadSchoolId: city.ids.school2,
      memberSchoolIds: [city.ids.school1],
      startDate: daysAgo(50),
    });
    // 50 days without an activity: idle after 6 weeks (42 days), not after 8 (56).
    expect((await admin.pairing.get({ pairId: quiet.id })).idle).toBe(true);
    await admin.pairingSettings.set({ ownKinds: ['课题合作'], idleWeeks: 8, pendingDays: 10, credits: [{ kind: '跟岗', level: '校本' }] });
    expect((await admin.pairing.get({ pairId: quiet.id })).idle).toBe(false);
    expect((await admin.pairing.list({ page: 1, idle: true })).rows.map((r) => r.id)).not.toContain(quiet.id);
    await admin.pairingSettings.set({ ownKinds: ['课题合作'], idleWeeks: 6, pendingDays: 10, credits: [{ kind: '跟岗', level: '校本' }] });
    expect((await admin.pairing.list({ page: 1, idle: true })).rows.map((r) => r.id)).toEqual([quiet.id]);
    // A receipt waiting since 11 days shows to the county after 10 days, not after 14.
    const waiting = await urban.pairingActivity.log(activity({ kind: '送教', participantIds: [] }));
    await ownerDb().sql`update pairing_activity set created_at = now() - interval '11 days' where id = ${waiting.id}`;
    expect((await city.county1Officer.caller.pairingActivity.awaiting()).map((w) => w.activityId)).toContain(waiting.id);
    await admin.pairingSettings.set({ ownKinds: ['课题合作'], idleWeeks: 6, pendingDays: 14, credits: [{ kind: '跟岗', level: '校本' }] });
    expect((await city.county1Officer.caller.pairingActivity.awaiting()).map((w) => w.activityId)).not.toContain(waiting.id);
    await rural.pairingActivity.dispute({ activityId: waiting.id, reason: '未开展' });
  });
});

describe('training hours credited by a confirmed activity', () => {
  it('writes one entry per participant once the receiving school confirms, and nothing while it waits or again', async () => {
    const logged = await urban.pairingActivity.log(activity());
    expect([await ledgerOf(city.ids.teacher1), await ledgerOf(city.ids.teacher2)]).toEqual([[], []]);
    expect((await city.teacher1.caller.hours.ofTeacher({ teacherId: city.ids.teacher1 })).entries).toEqual([]);
    await rural.pairingActivity.confirm({ activityId: logged.id });
    const [ruralUser] = await ownerDb().sql<
      { id: string }[]
    >`select id::text from app_user where tenant_id = ${city.tenantId} and username = 'school1'`;
    const entry = {
      hours: 6,
      level: '校本',
      title: '结对帮扶：跟岗（二县中学→一县村小）',
      source: 'pairing',
      completed_on: daysAgo(2),
      created_by: ruralUser!.id,
    };
    expect([await ledgerOf(city.ids.teacher1), await ledgerOf(city.ids.teacher2)]).toEqual([[entry], [entry]]);
    const [linked] = await ownerDb().sql<
      { n: number }[]
    >`select count(*)::int as n from training_hours_entry where pairing_activity_id = ${logged.id}`;
    expect(linked!.n).toBe(2);
    // The teacher's own ledger shows it; the activity page says who was credited.
    const own = (await city.teacher1.caller.hours.ofTeacher({ teacherId: city.ids.teacher1 })).entries;
    expect(own.map((e) => [e.hours, e.level, e.source])).toEqual([[6, '校本', 'pairing']]);
    const detail = await admin.pairingActivity.get({ activityId: logged.id });
    expect(detail.participants.map((p) => p.creditedHours)).toEqual([6, 6]);
    // A second confirmation is refused and adds nothing.
    expect(await refusal(rural.pairingActivity.confirm({ activityId: logged.id }))).toContain('本校已答复过该活动');
    expect((await ledgerOf(city.ids.teacher1)).length).toBe(1);
  });

  it('credits an activity the receiving school logs itself (it confirms its own), and never one of 0 hours or an uncredited kind', async () => {
    const before = (await ledgerOf(city.ids.teacher1)).length;
    const own = await rural.pairingActivity.log(activity({ participantIds: [city.ids.teacher1], hours: 3 }));
    expect((await admin.pairingActivity.get({ activityId: own.id })).state).toBe('confirmed');
    expect((await ledgerOf(city.ids.teacher1)).map((e) => e.hours).slice(before)).toEqual([3]);
    await rural.pairingActivity.log(activity({ participantIds: [city.ids.teacher1], hours: 0 }));
    await rural.pairingActivity.log(activity({ kind: '送教', participantIds: [city.ids.teacher1], hours: 4 }));
    expect((await ledgerOf(city.ids.teacher1)).length).toBe(before + 1);
  });

  it('waits for every receiving school of a community', async () => {
    const third = await admin.school.create({
      countyId: city.ids.county1,
      code: 'S3',
      name: '一县三小',
      schoolType: '小学',
      locationClass: '村小',
      terrainClass: '农村山区',
    });
    const community = await admin.pairing.create({
      name: '二县中学共同体',
      kind: 'community',
      leadSchoolId: city.ids.school2,
      memberSchoolIds: [city.ids.school1, third.id],
      startDate: daysAgo(100),
    });
    const account = await admin.account.create({ username: 'school3', displayName: '三小', role: 'school_admin', schoolId: third.id });
    const thirdAdmin = (await activate(city.code, 'school3', account.oneTimePassword)).caller;
    const logged = await urban.pairingActivity.log(
      activity({ pairId: community.id, receivingSchoolIds: [city.ids.school1, third.id], participantIds: [city.ids.teacher2], hours: 5 }),
    );
    const before = (await ledgerOf(city.ids.teacher2)).length;
    await rural.pairingActivity.confirm({ activityId: logged.id });
    expect((await ledgerOf(city.ids.teacher2)).length).toBe(before);
    await thirdAdmin.pairingActivity.confirm({ activityId: logged.id });
    expect((await ledgerOf(city.ids.teacher2)).slice(before).map((e) => [e.hours, e.title])).toEqual([
      [5, '结对帮扶：跟岗（二县中学→一县村小、一县三小）'],
    ]);
  });
});

describe('the activity ledger behind the dashboard', () => {
  it('lists, for each figure of the term’s dashboard, the activities that make it up', async () => {
    const gift = await urban.pairingActivity.log(
      activity({ kind: '捐赠物资', moneyFen: 250_050, goods: [{ item: '图书', quantity: 100, valueFen: 300_000 }], participantIds: [] }),
    );
    await rural.pairingActivity.confirm({ activityId: gift.id });
    const board = await admin.pairing.dashboard({ term });
    const pair = board.pairs.find((p) => p.id === pairId)!;
    const county = board.counties.find((c) => c.county === '二县')!;
    const confirmed = { term, state: 'confirmed' as const, page: 1 };
    // A pair's confirmed 跟岗 of the term against its target.
    const kind = await admin.pairingActivity.list({ ...confirmed, pairId, kind: '跟岗' });
    expect(kind.total).toBe(pair.progress.find((p) => p.kind === '跟岗')!.confirmed);
    expect(kind.total).toBe(3);
    // What the pair gave: the list's money and goods add up to the figure.
    const given = await admin.pairingActivity.list({ ...confirmed, pairId });
    expect(given.sums.moneyFen + given.sums.goodsFen).toBe(pair.givenFen);
    expect([given.sums.moneyFen, given.sums.goodsFen]).toEqual([250_050, 300_000]);
    // The county's confirmed activities, by the lead school's county.
    const inCounty = await admin.pairingActivity.list({ ...confirmed, countyId: city.ids.county2 });
    expect(inCounty.total).toBe(county.confirmed);
    expect(inCounty.sums.moneyFen + inCounty.sums.goodsFen).toBe(county.givenFen);
    // The county's idle pairs.
    expect((await admin.pairing.list({ page: 1, countyId: city.ids.county2, idle: true })).total).toBe(county.idle);
    expect(county.idle).toBe(1);
    // The lead school's county is county 2: county 1's list is empty although its schools receive.
    expect((await admin.pairingActivity.list({ ...confirmed, countyId: city.ids.county1 })).total).toBe(0);
  });

  it('filters by state and search, orders and pages, within the user’s scope', async () => {
    const all = await admin.pairingActivity.list({ term, page: 1 });
    const states = await Promise.all(
      (['confirmed', 'pending', 'disputed'] as const).map(
        async (state) => (await admin.pairingActivity.list({ term, state, page: 1 })).total,
      ),
    );
    expect(states.reduce((a, b) => a + b, 0)).toBe(all.total);
    expect(states[2]).toBe(1);
    const disputed = await admin.pairingActivity.list({ term, state: 'disputed', page: 1 });
    expect(disputed.rows.map((r) => [r.kind, r.state, r.givingSchoolName, r.receivingSchoolNames])).toEqual([
      ['送教', 'disputed', '二县中学', ['一县村小']],
    ]);
    expect((await admin.pairingActivity.list({ term, search: '三小', page: 1 })).total).toBe(1);
    const byHours = await admin.pairingActivity.list({ term, sort: 'hours', dir: 'desc', page: 1 });
    expect(byHours.rows.map((r) => r.hours)).toEqual([...byHours.rows.map((r) => r.hours)].sort((a, b) => b - a));
    // The county officer of county 1 sees the same pairs (their schools receive); a school outside them sees nothing.
    expect((await city.county1Officer.caller.pairingActivity.list({ term, page: 1 })).total).toBe(all.total);
    await expect(city.county1Officer.caller.pairingActivity.list({ term, countyId: city.ids.county2, page: 1 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(admin.pairingActivity.list({ term: '2026-winter', page: 1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('exports every row with its participants and evidence', async () => {
    const photo = await jpeg({ width: 200, height: 150 });
    const logged = await urban.pairingActivity.log(activity({ kind: '联合教研', files: [{ name: '教研.jpg', bytes: photo }] }));
    const rows = await admin.pairingActivity.listExport({ term, kind: '联合教研', page: 1 });
    expect(rows.rows.map((r) => [r.id, [...r.participants].sort(), r.files.map((f) => f.name)])).toEqual([
      [logged.id, ['张老师', '李老师'].sort(), ['教研.jpg']],
    ]);
  });
});

describe('the ledger as Excel', () => {
  it('writes one row per activity with its schools, state, amounts in 元, participants and absolute evidence links', async () => {
    const photo = await jpeg({ width: 220, height: 150 });
    const logged = await urban.pairingActivity.log(
      activity({
        kind: '资金',
        description: '资助村小图书角',
        hours: 0,
        students: 80,
        teachers: 5,
        moneyFen: 123_456,
        goods: [{ item: '书架', quantity: 4, valueFen: 80_000 }],
        participantIds: [city.ids.teacher2],
        files: [{ name: '捐赠.jpg', bytes: photo }],
      }),
    );
    const ledger = await admin.pairingActivity.listExport({ term, kind: '资金', page: 1 });
    const sheet = ledgerSheet(translator('zh'), ledger, 'https://tx.example.cn', '资金');
    const chunks: Uint8Array[] = [];
    for await (const chunk of xlsxStream([sheet]) as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const ws = book.worksheets[0]!;
    const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    const fileId = ledger.rows[0]!.files[0]!.id;
    expect(values(1)).toEqual(['帮扶活动台账（资金）']);
    expect(values(2)).toEqual(['共 1 项活动，学时 0，资金 1,234.56 元，物资 800.00 元']);
    expect(values(3)).toEqual([
      '开始日期',
      '结束日期',
      '结对',
      '活动类型',
      '开展学校',
      '受援学校',
      '状态',
      '学时',
      '受益学生',
      '受益教师',
      '资金（元）',
      '物资（元）',
      '物资明细',
      '参与教师',
      '内容',
      '材料',
    ]);
    expect(values(4)).toEqual([
      daysAgo(2),
      daysAgo(2),
      '二县中学—一县村小',
      '资金',
      '二县中学',
      '一县村小',
      '待确认',
      0,
      80,
      5,
      1234.56,
      800,
      '书架 × 4（800.00）',
      '李老师',
      '资助村小图书角',
      `https://tx.example.cn/evidence/${fileId}`,
    ]);
    expect(ws.getRow(4).getCell(11).numFmt).toBe('#,##0.00');
    expect(ws.rowCount).toBe(4);
    expect(ledger.rows.map((r) => r.id)).toEqual([logged.id]);
  });
});

describe('an upload that fails half-way', () => {
  it('leaves no activity, no file record and nothing pointing to a missing file', async () => {
    const store = evidenceFiles();
    const photo = await jpeg({ width: 300, height: 200, dateTimeOriginal: '2026:11:01 10:00:00' });
    const other = await jpeg({ width: 310, height: 200 });
    const tables = [
      'pairing_activity',
      'pairing_receipt',
      'pairing_participant',
      'pairing_evidence',
      'evidence_file',
      'training_hours_entry',
    ];
    const before = await Promise.all(tables.map(count));
    const put = store.put.bind(store);
    let calls = 0;
    // The first file (and its thumbnail) is stored; the store dies on the second file.
    const spy = vi.spyOn(store, 'put').mockImplementation(async (key, bytes, type) => {
      calls += 1;
      if (calls > 2) throw new Error('store went away');
      return put(key, bytes, type);
    });
    try {
      await expect(
        urban.pairingActivity.log(
          activity({
            files: [
              { name: '一.jpg', bytes: photo },
              { name: '二.jpg', bytes: other },
            ],
          }),
        ),
      ).rejects.toThrow();
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(3);
    expect(await Promise.all(tables.map(count))).toEqual(before);
    // Every file record of the city names content the store holds.
    const files = await ownerDb().sql<{ sha256: string }[]>`select sha256 from evidence_file where tenant_id = ${city.tenantId}`;
    for (const file of files) expect(await store.has(file.sha256)).toBe(true);
  });
});
