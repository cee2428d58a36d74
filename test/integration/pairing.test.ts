import { termOf, todayInChina } from '@tongxing/domain';
import { elf, jpeg } from '@tongxing/storage/test-files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../support/callers';
import { activate, makeCity, type City } from '../support/city';
import { closeDbs, ownerDb } from '../support/db';
import { refusal } from '../support/refusal';

afterAll(closeDbs);

/**
 * 二县中学 (county 2, the lead) is paired with 一县村小 (county 1); a community adds a third school
 * of county 1. The city creates both; the schools log and answer activities.
 */
let city: City;
let admin: Caller;
let rural: Caller; // 一县村小's administrator
let urban: Caller; // 二县中学's administrator
let pairId: string;
let photo: Buffer;
const today = todayInChina();
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  city = await makeCity('pairing');
  admin = city.admin.caller;
  rural = city.school1Admin.caller;
  const account = await admin.account.create({
    username: 'school2',
    displayName: '二县中学管理员',
    role: 'school_admin',
    schoolId: city.ids.school2,
  });
  urban = (await activate(city.code, 'school2', account.oneTimePassword)).caller;
  const pair = await admin.pairing.create({
    name: '二县中学—一县村小',
    kind: 'pair',
    leadSchoolId: city.ids.school2,
    memberSchoolIds: [city.ids.school1],
    startDate: daysAgo(400),
    goals: '提升村小数学教学',
    targets: { 送教: 2, 同步课堂: 4 },
    budgetFen: 5_000_000,
  });
  pairId = pair.id;
  photo = await jpeg({ width: 1200, height: 900, dateTimeOriginal: '2026:10:20 10:00:00' });
});

const activity = (extra: Partial<Parameters<Caller['pairingActivity']['log']>[0]> = {}) => ({
  pairId,
  kind: '送教' as const,
  startDate: daysAgo(3),
  endDate: daysAgo(3),
  givingSchoolId: city.ids.school2,
  receivingSchoolIds: [city.ids.school1],
  description: '数学骨干教师送教两节',
  hours: 4,
  students: 45,
  teachers: 6,
  moneyFen: 0,
  goods: [],
  participantIds: [city.ids.teacher2],
  files: [
    { name: '课堂1.jpg', bytes: photo },
    { name: '签到表.jpg', bytes: photo },
  ],
  ...extra,
});

describe('pairs', () => {
  it('are created by the city with their schools, and refused when the shape is wrong', async () => {
    expect(
      await refusal(
        admin.pairing.create({
          name: 'x',
          kind: 'pair',
          leadSchoolId: city.ids.school2,
          memberSchoolIds: [city.ids.school2],
          startDate: today,
        }),
      ),
    ).toBe('成员学校：牵头学校不能同时是成员学校');
    expect(
      await refusal(
        admin.pairing.create({
          name: 'x',
          kind: 'community',
          leadSchoolId: city.ids.school2,
          memberSchoolIds: [city.ids.school1],
          startDate: today,
        }),
      ),
    ).toBe('成员学校：共同体至少要有 2 所成员学校');
    const detail = await admin.pairing.get({ pairId });
    expect(detail.schools.map((s) => [s.name, s.lead])).toEqual([
      ['二县中学', true],
      ['一县村小', false],
    ]);
    await expect(
      rural.pairing.create({
        name: 'x',
        kind: 'pair',
        leadSchoolId: city.ids.school2,
        memberSchoolIds: [city.ids.school1],
        startDate: today,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('are seen by both schools and both counties, not by another school', async () => {
    for (const caller of [admin, rural, urban, city.county1Officer.caller, city.county2Officer.caller])
      expect((await caller.pairing.list({ page: 1 })).rows.map((r) => r.id)).toContain(pairId);
    const other = await admin.school.create({
      countyId: city.ids.county1,
      code: 'S9',
      name: '一县九小',
      schoolType: '小学',
      locationClass: '村小',
      terrainClass: '农村山区',
    });
    const account = await admin.account.create({ username: 'school9', displayName: '九小', role: 'school_admin', schoolId: other.id });
    const outsider = (await activate(city.code, 'school9', account.oneTimePassword)).caller;
    expect((await outsider.pairing.list({ page: 1 })).rows).toEqual([]);
    await expect(outsider.pairing.get({ pairId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('activities', () => {
  it('count towards the term only once the receiving school confirms them', async () => {
    const logged = await urban.pairingActivity.log(activity());
    const term = termOf(daysAgo(3));
    const before = await admin.pairing.get({ pairId, term: term.key });
    expect(before.progress.find((p) => p.kind === '送教')).toMatchObject({ target: 2, confirmed: 0, short: 2 });
    const detail = await rural.pairingActivity.get({ activityId: logged.id });
    expect([detail.state, detail.receipts.map((r) => [r.schoolName, r.state]), detail.evidence.length]).toEqual([
      'pending',
      [['一县村小', 'pending']],
      2,
    ]);
    // The same photo twice is stored once.
    expect(new Set(detail.evidence.map((f) => f.sha256)).size).toBe(1);
    // Only the receiving school answers.
    expect(await refusal(urban.pairingActivity.confirm({ activityId: logged.id }))).toBe('帮扶活动：只有受援学校才能确认或提出异议');
    await rural.pairingActivity.confirm({ activityId: logged.id });
    const after = await admin.pairing.get({ pairId, term: term.key });
    expect(after.progress.find((p) => p.kind === '送教')).toMatchObject({ confirmed: 1, short: 1 });
    expect(after.lastConfirmed).toBe(daysAgo(3));
    expect(after.idle).toBe(false);
    expect(await refusal(rural.pairingActivity.dispute({ activityId: logged.id, reason: '重复' }))).toContain(
      '本校已答复过该活动（已确认）',
    );
  });

  it('are listed on the pair’s page by the term of their first day (a term is at most 212 days)', async () => {
    const older = await urban.pairingActivity.log(activity({ startDate: daysAgo(250), endDate: daysAgo(250), files: [] }));
    const ids = async (term: string) => (await rural.pairingActivity.ofPair({ pairId, term })).map((a) => a.id);
    expect(await ids(termOf(daysAgo(250)).key)).toEqual([older.id]);
    expect(await ids(termOf(daysAgo(3)).key)).not.toContain(older.id);
    expect(await ids(termOf(daysAgo(3)).key)).toHaveLength(1);
  });

  it('does not count a disputed activity, and keeps its reason', async () => {
    const logged = await urban.pairingActivity.log(activity({ kind: '同步课堂', files: [] }));
    await rural.pairingActivity.dispute({ activityId: logged.id, reason: '当天未开展' });
    const detail = await admin.pairingActivity.get({ activityId: logged.id });
    expect([detail.state, detail.receipts[0]!.reason]).toEqual(['disputed', '当天未开展']);
    const pair = await admin.pairing.get({ pairId, term: termOf(daysAgo(3)).key });
    expect(pair.progress.find((p) => p.kind === '同步课堂')).toMatchObject({ confirmed: 0, short: 4 });
  });

  it('adds up money and goods given in 分, from confirmed activities only', async () => {
    const gift = await urban.pairingActivity.log(
      activity({
        kind: '捐赠物资',
        moneyFen: 1_234_567,
        goods: [{ item: '图书', quantity: 200, valueFen: 600_000 }],
        files: [],
        participantIds: [],
      }),
    );
    const before = (await admin.pairing.get({ pairId })).givenFen;
    await rural.pairingActivity.confirm({ activityId: gift.id });
    const after = (await admin.pairing.get({ pairId })).givenFen;
    expect([after.money - before.money, after.goods - before.goods]).toEqual([1_234_567, 600_000]);
  });

  it('is confirmed by a receiving school that logs it itself', async () => {
    const own = await rural.pairingActivity.log(activity({ kind: '跟岗', files: [], participantIds: [city.ids.teacher1] }));
    expect((await admin.pairingActivity.get({ activityId: own.id })).state).toBe('confirmed');
  });

  it('refuses what does not fit the pair, by name, writing nothing', async () => {
    const [before] = await ownerDb().sql<
      { n: number }[]
    >`select count(*)::int as n from pairing_activity where tenant_id = ${city.tenantId}`;
    const cases: [Partial<Parameters<Caller['pairingActivity']['log']>[0]>, string][] = [
      [{ receivingSchoolIds: [city.ids.school2] }, '受援学校：开展学校不能同时是受援学校'],
      [{ endDate: daysAgo(-2), startDate: daysAgo(3) }, '不能晚于今天'],
      [{ startDate: daysAgo(500), endDate: daysAgo(500) }, '须在结对期间内'],
      [{ files: [{ name: '照片.jpg', bytes: elf() }] }, '不是允许的类型（按内容识别为 elf）'],
    ];
    for (const [extra, text] of cases) expect(await refusal(urban.pairingActivity.log(activity(extra)))).toContain(text);
    const [after] = await ownerDb().sql<
      { n: number }[]
    >`select count(*)::int as n from pairing_activity where tenant_id = ${city.tenantId}`;
    expect(after!.n).toBe(before!.n);
  });

  it('serves an evidence file only to users who see the pair', async () => {
    const logged = await urban.pairingActivity.log(activity());
    const [file] = (await rural.pairingActivity.get({ activityId: logged.id })).evidence;
    const served = await rural.evidence.file({ fileId: file!.id });
    expect([Buffer.from(served.bytes).equals(photo), served.mime]).toEqual([true, 'image/jpeg']);
    const thumbnail = await city.county2Officer.caller.evidence.file({ fileId: file!.id, thumbnail: true });
    expect(thumbnail.mime).toBe('image/webp');
    // A teacher of the pair's school is not shown pairing records.
    await expect(city.teacher1.caller.evidence.file({ fileId: file!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('flags a photo offered for two activities and one taken far from the activity’s dates', async () => {
    const first = await urban.pairingActivity.log(activity({ kind: '联合教研', files: [{ name: '教研.jpg', bytes: photo }] }));
    const again = await urban.pairingActivity.log(
      activity({ kind: '联合教研', startDate: daysAgo(1), endDate: daysAgo(1), files: [{ name: '教研.jpg', bytes: photo }] }),
    );
    const [mine] = (await admin.pairingActivity.get({ activityId: again.id })).evidence;
    expect(mine!.alsoIn).toBeGreaterThanOrEqual(1);
    // The photo says 2026-10-20; an activity three days ago is far from that unless it is within a week of it.
    const far = Math.abs(Date.parse(`${daysAgo(3)}T00:00:00Z`) - Date.parse('2026-10-20T00:00:00Z')) > 7 * 86_400_000;
    expect((await admin.pairingActivity.get({ activityId: first.id })).evidence[0]!.takenFar).toBe(far);
  });

  it('lists what waits for a school’s answer', async () => {
    const waiting = await urban.pairingActivity.log(activity({ kind: '名师工作室', files: [] }));
    expect((await rural.pairingActivity.awaiting()).map((w) => w.activityId)).toContain(waiting.id);
    expect((await urban.pairingActivity.awaiting()).map((w) => w.activityId)).not.toContain(waiting.id);
    // A county sees only receipts older than two weeks: none of today's.
    expect((await city.county1Officer.caller.pairingActivity.awaiting()).map((w) => w.activityId)).not.toContain(waiting.id);
  });
});

describe('the city’s term dashboard', () => {
  it('counts each pair’s confirmed activities of the term against its targets, money and goods given, by county', async () => {
    const term = termOf(daysAgo(3));
    const board = await admin.pairing.dashboard({ term: term.key });
    const pair = board.pairs.find((p) => p.id === pairId)!;
    const detail = await admin.pairing.get({ pairId, term: term.key });
    expect(pair.progress).toEqual(detail.progress);
    expect(pair.met).toBe(detail.progress.every((p) => p.short === 0));
    expect([pair.county, pair.budgetFen, pair.idle]).toEqual(['二县', 5_000_000, false]);
    // Money and goods given in the term are the confirmed gift's 12,345.67 + 6,000.00 元, as the pair page sums them.
    expect(pair.givenFen).toBe(detail.givenFen.money + detail.givenFen.goods);
    const county = board.counties.find((c) => c.county === '二县')!;
    expect([county.pairs, county.confirmed]).toEqual([1, pair.confirmed]);
    // A county officer sees the pairs touching their county, a school its own; nothing the earlier term did not hold.
    expect((await city.county1Officer.caller.pairing.dashboard({})).pairs.map((p) => p.id)).toContain(pairId);
    await expect(admin.pairing.dashboard({ term: '2027-summer' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const past = await admin.pairing.dashboard({ term: '2020-spring' });
    expect(past.pairs.find((p) => p.id === pairId)).toMatchObject({ confirmed: 0, givenFen: 0 });
  });
});
