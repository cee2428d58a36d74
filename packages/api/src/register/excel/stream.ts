import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';

export type Cell = string | number | null;
export interface SheetSpec {
  name: string;
  headers: string[];
  rows: Iterable<Cell[]>;
  /** Column widths in characters; by default wide enough for the header. */
  widths?: number[];
}

/** Rows written between pauses, so that a large export does not hold up other requests. */
const ROWS_PER_TURN = 500;
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } },
};

async function write(writer: ExcelJS.stream.xlsx.WorkbookWriter, sheets: SheetSpec[]): Promise<void> {
  for (const spec of sheets) {
    const sheet = writer.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.headers.map((h, i) => ({ width: spec.widths?.[i] ?? Math.max(10, h.length * 2 + 4), style: { numFmt: '@' } }));
    const head = sheet.addRow(spec.headers);
    head.eachCell((cell) => Object.assign(cell, { style: HEADER_STYLE }));
    head.commit();
    let n = 0;
    for (const row of spec.rows) {
      sheet.addRow(row).commit();
      if (++n % ROWS_PER_TURN === 0) await new Promise((resume) => setImmediate(resume));
    }
    sheet.commit();
  }
  await writer.commit();
}

/**
 * An .xlsx file written as it is read: each sheet gets a bold, frozen header row and its rows as text
 * (so ID numbers and codes keep their digits).
 */
export function xlsxStream(sheets: SheetSpec[]): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  write(writer, sheets).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
