import { withTenant } from '@tongxing/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { appDb, closeDbs, ownerDb } from '../support/db';
import { refusal } from '../support/refusal';
import { idNumberOf } from '../support/rotation';

afterAll(closeDbs);

/** A birth date no other test uses, so that these ID numbers are on no other test city's register. */
const day = new Date(Date.UTC(1960, 0, 1) + Math.floor(Math.random() * 9_000) * 86_400_000).toISOString().slice(0, 10);
const MOVED_ID = idNumberOf(day, '女', 11);
const ONLY_HERE_ID = idNumberOf(day, '男', 12);

/**
 * 甲城 has 周老师 in post since 2019 and 吴老师, whom no other city has. 乙城 has 周老师 too (the same ID
 * number), at a school of its own from 16 November 2026: she moved mid-month and 甲城 has not closed her post.
 */
let a: City;
let b: City;
const ids: Record<string, string> = {};

beforeAll(async () => {
  [a, b] = await Promise.all([makeCity('xcity-a'), makeCity('xcity-b')]);
  const api = a.admin.caller;
  ids.movedA = (
    await api.teacher.create({
      idNumber: MOVED_ID,
      name: '周老师',
      schoolId: a.ids.school1,
      startDate: '2019-09-01',
      employmentType: '在编',
    })
  ).id;
  ids.onlyA = (
    await api.teacher.create({
      idNumber: ONLY_HERE_ID,
      name: '吴老师',
      schoolId: a.ids.school1,
      startDate: '2019-09-01',
      employmentType: '在编',
    })
  ).id;
  const bSchool = await b.admin.caller.school.create({
    countyId: b.ids.county1,
    code: 'XB1',
    name: '乙城专属实验学校',
    schoolType: '小学',
    locationClass: '城市',
    terrainClass: '城市',
  });
  ids.bSchool = bSchool.id;
  ids.movedB = (
    await b.admin.caller.teacher.create({
      idNumber: MOVED_ID,
      name: '周老师',
      schoolId: bSchool.id,
      startDate: '2026-11-16',
      employmentType: '在编',
    })
  ).id;
});

describe('the cross-city match', () => {
  it('tells each city of its own teacher on another city’s register in the same month, and of no one else', async () => {
    const november = await a.admin.caller.rosterCheck.crossCity({ month: '2026-11' });
    const found = november.map((m) => m.teacherId);
    expect(found).toContain(ids.movedA);
    expect(found).not.toContain(ids.onlyA);
    expect(november.find((m) => m.teacherId === ids.movedA)).toEqual({
      teacherId: ids.movedA,
      name: '周老师',
      idNumber: MOVED_ID,
      schoolName: '一县村小',
      countyName: '一县',
      paidFen: 0,
    });
    expect((await b.admin.caller.rosterCheck.crossCity({ month: '2026-11' })).map((m) => m.teacherId)).toContain(ids.movedB);
    // In October 乙城 did not have her yet; her county officer sees her, 二县's does not.
    expect((await a.admin.caller.rosterCheck.crossCity({ month: '2026-10' })).map((m) => m.teacherId)).not.toContain(ids.movedA);
    expect((await a.county1Officer.caller.rosterCheck.crossCity({ month: '2026-11' })).map((m) => m.teacherId)).toContain(ids.movedA);
    expect((await a.county2Officer.caller.rosterCheck.crossCity({ month: '2026-11' })).map((m) => m.teacherId)).not.toContain(ids.movedA);
    expect(await refusal(a.school1Admin.caller.rosterCheck.crossCity({ month: '2026-11' }))).toBe('您没有执行此操作的权限');
  });

  it('lets no other personal data cross: the function returns own teacher ids alone, and no city reads the secret or another’s rows', async () => {
    const answer = JSON.stringify(await a.admin.caller.rosterCheck.crossCity({ month: '2026-11' }));
    for (const other of [b.tenantId, ids.movedB, ids.bSchool, '乙城专属实验学校', '2026-11-16']) expect(answer).not.toContain(other);

    // The function's only column is the caller's teacher id; every id it gives is one of the caller's teachers.
    const [shape] = await ownerDb().sql<{ columns: string[] }[]>`
      select proargnames as columns from pg_proc where proname = 'tongxing_cross_city_matches'`;
    expect(shape!.columns).toEqual(['p_month', 'teacher_id']);
    const rows = await withTenant(appDb().db, { tenantId: a.tenantId }, (tx) =>
      tx.execute<{ teacher_id: string; mine: boolean }>(sql`select m.teacher_id,
        exists (select 1 from teacher t where t.id = m.teacher_id) as mine from tongxing_cross_city_matches('2026-11') m`),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.mine)).toBe(true);
    expect(rows.map((r) => r.teacher_id)).not.toContain(ids.movedB);

    // With no city set, the function finds nothing; the app role cannot read the secret nor compute a hash.
    const none = await appDb().sql<{ n: number }[]>`select count(*)::int as n from tongxing_cross_city_matches('2026-11')`;
    expect(none[0]!.n).toBe(0);
    await expect(appDb().sql`select secret from platform_secret`).rejects.toThrow(/permission denied/);
    await expect(appDb().sql`select tongxing_id_hash('110105194912310021')`).rejects.toThrow(/permission denied/);
  });

  it('compares keyed hashes: the same ID number hashes alike in both cities, and not as a plain SHA-256', async () => {
    const hashes = await ownerDb().sql<{ tenant_id: string; keyed: Buffer; plain: Buffer }[]>`
      select tenant_id, id_hash as keyed, sha256(convert_to(id_number, 'UTF8')) as plain from teacher where id_number = ${MOVED_ID}
      and tenant_id in (${a.tenantId}, ${b.tenantId})`;
    expect(hashes).toHaveLength(2);
    expect(hashes[0]!.keyed.equals(hashes[1]!.keyed)).toBe(true);
    expect(hashes[0]!.keyed.equals(hashes[0]!.plain)).toBe(false);
    expect(hashes[0]!.keyed).toHaveLength(32);
  });
});
