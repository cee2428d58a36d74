// A roster check of a whole 30,000-teacher city (rosterCheck.create through the procedure: the job's rows
// against the register as of a day) and the cross-city match of that city against a second one, each
// against one plain query over the same posts (the floor). No issue sets a target; the figures go in the note.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { hashPassword } from '@tongxing/auth';
import { connect, withTenant, type DatabaseHandle } from '@tongxing/db';
import { sql } from 'drizzle-orm';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { generatedAdminCaller, writeResult } from '../support/bench';
import { idNumberOf } from '../support/rotation';

const TEACHERS = 60_000;
const RUNS = 5;
const DAY = '2026-08-31';
const MONTH = '2026-08';
const PASSWORD = 'Bench#Pass2026';
/** Teachers of the first city who also have a post in the second in the month. */
const SHARED = 300;

let owner: DatabaseHandle;
let app: DatabaseHandle;
let city: LoadedTenant;
let other: LoadedTenant;
let adminId: string;
let roster: { row: number; idNumber: string; name: string; schoolId: string }[];

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 1 });
  app = connect(inject('appUrl'), { max: 2 });
  [city, other] = (await bulkLoad(owner.db, { tenants: 2, teachers: TEACHERS, seed: 11, passwordHash: await hashPassword(PASSWORD) })) as [
    LoadedTenant,
    LoadedTenant,
  ];
  const inPost = await owner.sql<{ id_number: string; name: string; school_id: string }[]>`
    select t.id_number, t.name, p.school_id from post p join teacher t on t.tenant_id = p.tenant_id and t.id = p.teacher_id
    where p.tenant_id = ${city.id} and p.is_primary and p.start_date <= ${DAY} and (p.end_date is null or p.end_date > ${DAY})
    order by t.id_number`;
  const schools = [...new Set(inPost.map((t) => t.school_id))];
  // The roster: every teacher in post but each 100th (not on it), each 150th at another school, and 200 people the register does not know.
  roster = inPost
    .filter((_, i) => i % 100 !== 0)
    .map((t, i) => ({
      row: i + 2,
      idNumber: t.id_number,
      name: t.name,
      schoolId: i % 150 === 0 ? schools[(i + 1) % schools.length]! : t.school_id,
    }));
  for (let i = 0; i < 200; i++)
    roster.push({ row: roster.length + 2, idNumber: idNumberOf('1961-02-03', '男', i + 1), name: '外来人员', schoolId: schools[0]! });
  // The second city takes SHARED of the first city's teachers into one of its schools from the 16th.
  await owner.sql`
    with moved as (select t.id_number, t.name, t.sex, t.birth_date from teacher t where t.tenant_id = ${city.id} order by t.id limit ${SHARED}),
    school as (select id, county_id from school where tenant_id = ${other.id} order by code limit 1),
    added as (
      insert into teacher (tenant_id, school_id, county_id, id_number, name, sex, birth_date)
      select ${other.id}, school.id, school.county_id, m.id_number, m.name, m.sex, m.birth_date from moved m, school
      returning id, school_id)
    insert into post (tenant_id, teacher_id, school_id, start_date, employment_type, status)
    select ${other.id}, added.id, added.school_id, '2026-08-16', '在编', '在岗' from added`;
  const [admin] = await owner.sql<{ id: string }[]>`select id from app_user where tenant_id = ${city.id} and username = ${GENERATED_ADMIN}`;
  adminId = admin!.id;
  await owner.sql`analyze teacher`;
  await owner.sql`analyze post`;
});
afterAll(async () => {
  await Promise.all([owner?.close(), app?.close()]);
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A checked roster job of the administrator's, as the import leaves it. */
async function rosterJob(): Promise<string> {
  const [job] = await owner.sql<{ id: string }[]>`
    insert into import_job (tenant_id, kind, status, file_name, total_rows, valid_rows, processed_rows, payload, created_by)
    values (${city.id}, 'roster', 'validated', 'bench.xlsx', ${roster.length}, ${roster.length}, ${roster.length}, ${JSON.stringify(roster)}::jsonb, ${adminId})
    returning id`;
  return job!.id;
}

it('compares a 30,000-teacher city’s roster and matches it across cities, against one query over the same posts', async () => {
  const caller = await generatedAdminCaller(app.db, city.code, PASSWORD);
  const compare: number[] = [];
  const cross: number[] = [];
  const floor: number[] = [];
  let differences: Record<string, number> = {};
  let matches = 0;
  for (let i = 0; i < RUNS; i++) {
    const jobId = await rosterJob();
    let t0 = performance.now();
    const { checkId } = await caller.rosterCheck.create({ jobId, checkTitle: `基准 ${i}`, asOf: DAY });
    compare.push(performance.now() - t0);
    differences = (await caller.rosterCheck.get({ checkId, page: 1 })).byKind;
    t0 = performance.now();
    matches = (await caller.rosterCheck.crossCity({ month: MONTH })).length;
    cross.push(performance.now() - t0);
    t0 = performance.now();
    await withTenant(app.db, { tenantId: city.id }, (tx) =>
      tx.execute(sql`select t.id_number, p.school_id from post p join teacher t on t.tenant_id = p.tenant_id and t.id = p.teacher_id
        where p.is_primary and p.start_date <= ${DAY} and (p.end_date is null or p.end_date > ${DAY})`),
    );
    floor.push(performance.now() - t0);
  }
  const result = {
    teachers: city.teachers,
    rosterRows: roster.length,
    differences,
    crossCityMatches: matches,
    compareMs: Math.round(median(compare)),
    crossCityMs: Math.round(median(cross)),
    floorMs: Math.round(median(floor)),
    compareRatio: Math.round((median(compare) / median(floor)) * 100) / 100,
    crossCityRatio: Math.round((median(cross) / median(floor)) * 100) / 100,
    compareRunsMs: compare.map(Math.round),
    crossCityRunsMs: cross.map(Math.round),
  };
  console.log(JSON.stringify(result, null, 2));
  writeResult('roster-check', result);
  // The shared teachers in post in the first city in August (a few of the generated ones are not).
  expect(matches).toBeGreaterThan(SHARED * 0.8);
  expect(matches).toBeLessThanOrEqual(SHARED);
  expect(differences.not_in_register).toBeGreaterThanOrEqual(200);
});
