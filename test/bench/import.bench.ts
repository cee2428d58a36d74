// Importing a 30,000-row teacher workbook into a fresh city of 320 schools through the product's code
// path (import.start: worker parse + validation; import.commit: the set-based import in one transaction),
// and, as the floor, the same teachers and posts written by PostgreSQL COPY into a second fresh city.
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { hashPassword } from '@tongxing/auth';
import { connect, type DatabaseHandle } from '@tongxing/db';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { generateTeachers, picker, type GeneratedSchool, type GeneratedTeacher } from '@tongxing/db/seed/generate';
import { todayInChina } from '@tongxing/domain';
import { writeResult } from '../support/bench';
import { signIn } from '../support/callers';
import { closeDbs } from '../support/db';
import { committed, importWorkbook, settled, type ImportCells } from '../support/import';

const TEACHERS = 30_000;
const PASSWORD = 'Bench#Pass2026';
const seconds = (ms: number) => Math.round(ms / 10) / 100;

let owner: DatabaseHandle;
let product: LoadedTenant;
let floor: LoadedTenant;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 2 });
  const passwordHash = await hashPassword(PASSWORD);
  [product, floor] = (await bulkLoad(owner.db, { tenants: 2, teachers: 0, seed: 3, passwordHash })) as [LoadedTenant, LoadedTenant];
});
afterAll(async () => {
  await owner?.close();
  await closeDbs();
});

async function schoolsOf(tenantId: string): Promise<(GeneratedSchool & { id: string })[]> {
  return owner.sql`select s.id, s.code, c.code as "countyCode", s.name, s.school_type as "schoolType", s.location_class as "locationClass", s.terrain_class as "terrainClass"
    from school s join county c on c.tenant_id = s.tenant_id and c.id = s.county_id where s.tenant_id = ${tenantId} order by s.code`;
}

/** A teacher as a row of the import file: who they are and their current post. */
function cellsOf(t: GeneratedTeacher): ImportCells {
  const post = t.posts.at(-1)!;
  return {
    idNumber: t.idNumber,
    name: t.name,
    phone: t.phone,
    education: t.education,
    title: t.title,
    schoolCode: post.schoolCode,
    startDate: post.startDate,
    employmentType: post.employmentType,
    status: post.status,
    roles: post.roles.join(','),
  };
}

/** COPY's text format: tab-separated, \N for null. */
const line = (values: (string | null)[]) => `${values.map((v) => v ?? '\\N').join('\t')}\n`;

/** The floor: the same teachers and their posts, COPYed into the other city's same tables in one transaction. */
async function copyFloor(teachers: GeneratedTeacher[], schoolIds: Map<string, string>): Promise<number> {
  const ids = teachers.map(() => randomUUID());
  const t0 = performance.now();
  await owner.sql.begin(async (tx) => {
    const teacherCopy =
      await tx`copy teacher (tenant_id, id, school_id, id_number, name, sex, birth_date, phone, education, title) from stdin`.writable();
    for (const [i, t] of teachers.entries()) {
      const post = t.posts.at(-1)!;
      teacherCopy.write(
        line([floor.id, ids[i]!, schoolIds.get(post.schoolCode)!, t.idNumber, t.name, t.sex, t.birthDate, t.phone, t.education, t.title]),
      );
    }
    await new Promise<void>((done, fail) => teacherCopy.end(done).on('error', fail));
    const postCopy =
      await tx`copy post (tenant_id, teacher_id, school_id, start_date, employment_type, status, roles) from stdin`.writable();
    for (const [i, t] of teachers.entries()) {
      const post = t.posts.at(-1)!;
      postCopy.write(
        line([
          floor.id,
          ids[i]!,
          schoolIds.get(post.schoolCode)!,
          post.startDate,
          post.employmentType,
          post.status,
          `{${post.roles.join(',')}}`,
        ]),
      );
    }
    await new Promise<void>((done, fail) => postCopy.end(done).on('error', fail));
  });
  return performance.now() - t0;
}

it(`imports a ${TEACHERS}-row teacher workbook, and compares it with COPY`, async () => {
  const schools = await schoolsOf(product.id);
  const teachers = generateTeachers(picker(20261123), schools, TEACHERS, todayInChina());
  const file = await importWorkbook('teacher', teachers.map(cellsOf));
  const { caller } = await signIn(product.code, GENERATED_ADMIN, PASSWORD);

  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const t0 = performance.now();
  const { jobId } = await caller.import.start({ kind: 'teacher', fileName: 'bench.xlsx', file });
  const validated = await settled(caller, jobId);
  const t1 = performance.now();
  const done = await committed(caller, jobId);
  const t2 = performance.now();
  loop.disable();
  expect(validated).toMatchObject({ status: 'validated', totalRows: TEACHERS, validRows: TEACHERS, errorCount: 0 });
  expect(done.status).toBe('done');

  // The floor city has the same schools under its own code prefix (G01S00001 ↔ G02S00001).
  const floorSchools = await schoolsOf(floor.id);
  const byIndex = new Map(schools.map((s, i) => [s.code, floorSchools[i]!.id]));
  const floorMs = await copyFloor(teachers, byIndex);
  const [counts] = await owner.sql<{ product: number; floor: number }[]>`
    select (select count(*)::int from post where tenant_id = ${product.id}) as product, (select count(*)::int from post where tenant_id = ${floor.id}) as floor`;
  expect(counts).toEqual({ product: TEACHERS, floor: TEACHERS });

  const result = {
    rows: TEACHERS,
    schools: schools.length,
    fileMegabytes: Math.round(file.byteLength / 10_000) / 100,
    validationSeconds: seconds(t1 - t0),
    commitSeconds: seconds(t2 - t1),
    productSeconds: seconds(t2 - t0),
    copyFloorSeconds: seconds(floorMs),
    ratio: Math.round(((t2 - t0) / floorMs) * 10) / 10,
    longestEventLoopStallMs: Math.round(loop.max / 1e6),
  };
  console.log(
    `import of ${TEACHERS} teachers: product ${result.productSeconds} s (validation ${result.validationSeconds} s, commit ${result.commitSeconds} s), COPY floor ${result.copyFloorSeconds} s, ratio ${result.ratio}; longest event-loop stall ${result.longestEventLoopStallMs} ms`,
  );
  writeResult('import', result);
});
