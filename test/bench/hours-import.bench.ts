// Importing 100,000 completed-training records of a national or provincial platform into the hours
// ledger of a generated city of 30,000 teachers, through the product's code path (import.start: worker
// parse + validation against the register and the ledger; import.commit: the set-based insert in one
// transaction), and, as the floor, the same rows written by one PostgreSQL COPY into the ledger of a
// second generated city of the same size, as the owner, in the same run.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { hashPassword } from '@tongxing/auth';
import { connect, type DatabaseHandle } from '@tongxing/db';
import { bulkLoad, GENERATED_ADMIN, type LoadedTenant } from '@tongxing/db/seed/bulk-load';
import { writeResult } from '../support/bench';
import { signIn } from '../support/callers';
import { closeDbs } from '../support/db';
import { committed, importWorkbook, settled, type ImportCells } from '../support/import';

const TEACHERS = 30_000;
const RECORDS = 100_000;
const PASSWORD = 'Bench#Pass2026';
const seconds = (ms: number) => Math.round(ms / 10) / 100;

const LEVELS = ['国培', '省培', '市培', '县培', '校本', '东西部协作'];
const TITLES = [
  '国培计划——乡村教师信息技术应用能力提升',
  '省级骨干教师高级研修',
  '新课标背景下的大单元教学设计',
  '班主任专业能力提升网络研修',
  '心理健康教育教师培训',
  '中小学幼儿园教师师德师风专题培训',
];
const HOURS = [8, 12, 24, 40, 50, 72];

let owner: DatabaseHandle;
let product: LoadedTenant;
let floor: LoadedTenant;

beforeAll(async () => {
  owner = connect(inject('ownerUrl'), { max: 2 });
  const passwordHash = await hashPassword(PASSWORD);
  [product, floor] = (await bulkLoad(owner.db, { tenants: 2, teachers: 2 * TEACHERS, seed: 5, passwordHash, parallel: 2 })) as [
    LoadedTenant,
    LoadedTenant,
  ];
});
afterAll(async () => {
  await owner?.close();
  await closeDbs();
});

interface Person {
  id: string;
  idNumber: string;
  name: string;
}
const teachersOf = (tenantId: string) =>
  owner.sql<Person[]>`select id, id_number as "idNumber", name from teacher where tenant_id = ${tenantId} order by id_number`;

/** A platform's export: RECORDS certificates spread over the city's teachers (three or four each), 2021–2025. */
function records(teachers: Person[]): ImportCells[] {
  return Array.from({ length: RECORDS }, (_, i) => {
    const t = teachers[i % teachers.length]!;
    const day = new Date(Date.UTC(2021, 0, 1) + ((i * 7919) % 1826) * 86_400_000).toISOString().slice(0, 10);
    return {
      certificateNo: `PT${String(i + 1).padStart(8, '0')}`,
      idNumber: t.idNumber,
      name: t.name,
      title: TITLES[i % TITLES.length]!,
      level: LEVELS[(i >> 3) % LEVELS.length]!,
      hours: String(HOURS[(i >> 5) % HOURS.length]!),
      completedOn: day,
    };
  });
}

/** COPY's text format: tab-separated, \N for null. */
const line = (values: (string | null)[]) => `${values.map((v) => v ?? '\\N').join('\t')}\n`;

/** The floor: the same records, for the other city's teachers of the same rank, COPYed into its ledger in one transaction. */
async function copyFloor(rows: ImportCells[], teacherIds: string[], createdBy: string): Promise<number> {
  const t0 = performance.now();
  await owner.sql.begin(async (tx) => {
    const copy =
      await tx`copy training_hours_entry (tenant_id, teacher_id, hours, level, title, source, completed_on, certificate_no, created_by) from stdin`.writable();
    for (const [i, r] of rows.entries())
      copy.write(
        line([
          floor.id,
          teacherIds[i % teacherIds.length]!,
          r.hours!,
          r.level!,
          r.title!,
          'import',
          r.completedOn!,
          r.certificateNo!,
          createdBy,
        ]),
      );
    await new Promise<void>((done, fail) => copy.end(done).on('error', fail));
  });
  return performance.now() - t0;
}

it(`imports ${RECORDS} external hour records for ${TEACHERS} teachers, and compares it with COPY`, async () => {
  const teachers = await teachersOf(product.id);
  const rows = records(teachers);
  const file = await importWorkbook('hours', rows);
  const { caller } = await signIn(product.code, GENERATED_ADMIN, PASSWORD);

  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const t0 = performance.now();
  const { jobId } = await caller.import.start({ kind: 'hours', fileName: 'bench.xlsx', file });
  const validated = await settled(caller, jobId, 600_000);
  const t1 = performance.now();
  const done = await committed(caller, jobId);
  const t2 = performance.now();
  loop.disable();
  if (validated.errorCount > 0) console.log('first problems:', validated.errors.slice(0, 5));
  expect(validated).toMatchObject({ status: 'validated', totalRows: RECORDS, validRows: RECORDS, errorCount: 0, skippedCount: 0 });
  expect(done.status).toBe('done');

  const floorTeachers = await teachersOf(floor.id);
  const [admin] = await owner.sql<
    { id: string }[]
  >`select id from app_user where tenant_id = ${floor.id} and username = ${GENERATED_ADMIN}`;
  const floorMs = await copyFloor(
    rows,
    floorTeachers.map((t) => t.id),
    admin!.id,
  );
  const [counts] = await owner.sql<{ product: number; floor: number }[]>`
    select (select count(*)::int from training_hours_entry where tenant_id = ${product.id} and source = 'import') as product,
      (select count(*)::int from training_hours_entry where tenant_id = ${floor.id}) as floor`;
  expect(counts).toEqual({ product: RECORDS, floor: RECORDS });

  const result = {
    rows: RECORDS,
    teachers: teachers.length,
    fileMegabytes: Math.round(file.byteLength / 10_000) / 100,
    validationSeconds: seconds(t1 - t0),
    commitSeconds: seconds(t2 - t1),
    productSeconds: seconds(t2 - t0),
    copyFloorSeconds: seconds(floorMs),
    ratio: Math.round(((t2 - t0) / floorMs) * 10) / 10,
    longestEventLoopStallMs: Math.round(loop.max / 1e6),
  };
  console.log(
    `import of ${RECORDS} hour records: product ${result.productSeconds} s (validation ${result.validationSeconds} s, commit ${result.commitSeconds} s), COPY floor ${result.copyFloorSeconds} s, ratio ${result.ratio}; longest event-loop stall ${result.longestEventLoopStallMs} ms; file ${result.fileMegabytes} MB`,
  );
  writeResult('hours-import', result);
});
