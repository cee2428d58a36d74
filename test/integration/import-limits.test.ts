import ExcelJS from 'exceljs';
import { IMPORT_LIMITS, MAX_ROWS } from '@tongxing/api/register/import/columns';
import { readWorkbook } from '@tongxing/api/register/import/read-workbook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCity, type City } from '../support/city';
import { closeDbs } from '../support/db';
import { importWorkbook, settled } from '../support/import';

afterAll(closeDbs);

let city: City;
beforeAll(async () => {
  city = await makeCity('import-limits');
});

/** A teacher file whose header is followed by `count` rows that exist in the sheet but hold nothing. */
async function emptyRows(count: number): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('teacher');
  sheet.addRow(['身份证号', '姓名']);
  for (let i = 0; i < count; i++) sheet.addRow([]).height = 15; // a height makes Excel write the empty <row>
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A real workbook whose zip directory claims one entry expands to 2 GB (what a zip bomb looks like). */
async function claimingTwoGigabytes(): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await importWorkbook('teacher', []);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 46 <= bytes.byteLength; at++)
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, 0x7fffffff, true);
      break;
    }
  return bytes;
}

const rejectionOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: { reason?: string }) => e.reason,
  );

describe('the bounds of one import', () => {
  it('counts empty rows towards the row limit and stops reading as soon as it passes', async () => {
    const t0 = performance.now();
    expect(await rejectionOf(readWorkbook(await emptyRows(2_000), 1_000))).toBe('too_many_rows');
    expect(await rejectionOf(readWorkbook(await emptyRows(500), 1_000))).toBeNull();
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('refuses unread a workbook that declares it expands past the limit', async () => {
    const t0 = performance.now();
    expect(await rejectionOf(readWorkbook(await claimingTwoGigabytes(), MAX_ROWS))).toBe('too_large');
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it('ends a read that runs past its time limit, and one that is cancelled, by terminating the worker', async () => {
    const file = await emptyRows(20_000);
    const saved = IMPORT_LIMITS.readMs;
    IMPORT_LIMITS.readMs = 5;
    try {
      expect(await rejectionOf(readWorkbook(file, MAX_ROWS))).toBe('too_slow');
    } finally {
      IMPORT_LIMITS.readMs = saved;
    }
    const controller = new AbortController();
    const reading = readWorkbook(file, MAX_ROWS, () => {}, controller.signal);
    setTimeout(() => controller.abort(), 5);
    const t0 = performance.now();
    expect(await rejectionOf(reading)).toBe('cancelled');
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it('stops the worker of a cancelled job, and the job stays cancelled', async () => {
    const { jobId } = await city.county1Officer.caller.import.start({
      kind: 'teacher',
      fileName: 'big.xlsx',
      file: await emptyRows(40_000),
    });
    await city.county1Officer.caller.import.cancel({ jobId });
    const job = await settled(city.county1Officer.caller, jobId);
    expect(job.status).toBe('cancelled');
  });

  it('runs one import per user at a time, with a readable refusal for the next', async () => {
    const caller = city.admin.caller;
    const first = await caller.import.start({ kind: 'teacher', fileName: 'a.xlsx', file: await emptyRows(30_000) });
    await expect(
      caller.import.start({ kind: 'school', fileName: 'b.xlsx', file: await importWorkbook('school', []) }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { problems: [{ field: 'file', key: 'import_running_user' }] },
    });
    // Another user of the city is not held up.
    const other = await city.county2Officer.caller.import.start({
      kind: 'school',
      fileName: 'c.xlsx',
      file: await importWorkbook('school', []),
    });
    await settled(city.county2Officer.caller, other.jobId);
    await settled(caller, first.jobId);
    const next = await caller.import.start({ kind: 'school', fileName: 'd.xlsx', file: await importWorkbook('school', []) });
    expect((await settled(caller, next.jobId)).status).toBe('validated');
  });
});
