import ExcelJS from 'exceljs';
import { COLUMNS, header, type ImportKind } from '@tongxing/api/register/import/columns';
import type { Caller } from './callers';

/** A row of an import file: cells by field name (idNumber, name, schoolCode, …); missing ones stay empty. */
export type ImportCells = Record<string, string>;

/** A workbook of one sheet: the header row, then these rows (null: an empty cell). */
export async function workbookOf(headers: string[], rows: (string | null)[][], name = 'Sheet1'): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(name);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** An import workbook with the template's headers (taken from the product's column list) and these rows. */
export function importWorkbook(kind: ImportKind, rows: ImportCells[]): Promise<Uint8Array<ArrayBuffer>> {
  return workbookOf(
    COLUMNS[kind].map(header),
    rows.map((row) => COLUMNS[kind].map((c) => row[c.field] ?? null)),
    kind,
  );
}

/** Polls a job until its background work is over (validated, done, failed or cancelled). */
export async function settled(caller: Caller, jobId: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await caller.import.status({ jobId });
    if (job.status !== 'validating' && job.status !== 'importing') return job;
    if (Date.now() > deadline) throw new Error(`import job ${jobId} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Uploads rows as a workbook and waits for the check. */
export async function uploaded(caller: Caller, kind: ImportKind, rows: ImportCells[], fileName = `${kind}.xlsx`) {
  const { jobId } = await caller.import.start({ kind, fileName, file: await importWorkbook(kind, rows) });
  return settled(caller, jobId);
}

/** Imports a validated job's valid rows and waits for the outcome. */
export async function committed(caller: Caller, jobId: string) {
  await caller.import.commit({ jobId });
  return settled(caller, jobId);
}

/** A job of the caller's (an empty school file), for tests that need a job id to probe with. */
export async function someImportJob(caller: Caller): Promise<string> {
  const { jobId } = await caller.import.start({ kind: 'school', fileName: 'empty.xlsx', file: await importWorkbook('school', []) });
  return (await settled(caller, jobId)).id;
}
