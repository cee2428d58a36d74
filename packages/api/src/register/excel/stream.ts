import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';

/** A formula cell: Excel computes it; `result` is what readers that do not compute (and previews) show. */
export interface FormulaCell {
  formula: string;
  result: number;
}
export type Cell = string | number | FormulaCell | null;

/** A line above the header: the title, a notice period or contact, or a warning (a draft's mark). */
export interface Preamble {
  text: string;
  kind?: 'title' | 'warning';
}

export interface SheetSpec {
  name: string;
  headers: string[];
  rows: Iterable<Cell[]>;
  /** Column widths in characters; by default wide enough for the header. */
  widths?: number[];
  /** Excel number formats by column (e.g. '#,##0.00' for 元); by default text, so ID numbers and codes keep their digits. */
  formats?: (string | undefined)[];
  /** Lines above the header row. */
  preamble?: Preamble[];
}

/** 元 with two decimals and thousands separators, as Excel shows an amount. */
export const YUAN_FORMAT = '#,##0.00';
/** The Excel name of a column by its 1-based index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Text that a spreadsheet would read as a formula once the file is re-saved as CSV (a bank file often
 * is): values starting with = + - @, a tab or a carriage return get a leading apostrophe. Numbers and
 * the workbook's own formula cells are left as they are.
 */
export function inert(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Rows written between pauses, so that a large export does not hold up other requests. */
const ROWS_PER_TURN = 500;
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } },
};
const PREAMBLE_FONT: Record<NonNullable<Preamble['kind']> | 'plain', Partial<ExcelJS.Font>> = {
  title: { bold: true, size: 14 },
  warning: { bold: true, size: 14, color: { argb: 'FFC00000' } },
  plain: {},
};

async function write(writer: ExcelJS.stream.xlsx.WorkbookWriter, sheets: SheetSpec[]): Promise<void> {
  for (const spec of sheets) {
    const headerRow = (spec.preamble?.length ?? 0) + 1;
    const sheet = writer.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
    sheet.columns = spec.headers.map((h, i) => ({
      width: spec.widths?.[i] ?? Math.max(10, h.length * 2 + 4),
      style: { numFmt: spec.formats?.[i] ?? '@' },
    }));
    for (const line of spec.preamble ?? []) {
      const row = sheet.addRow([line.text]);
      row.getCell(1).font = PREAMBLE_FONT[line.kind ?? 'plain'];
      row.getCell(1).numFmt = '@';
      row.commit();
    }
    const head = sheet.addRow(spec.headers);
    head.eachCell((cell) => Object.assign(cell, { style: HEADER_STYLE }));
    head.commit();
    let n = 0;
    for (const row of spec.rows) {
      sheet.addRow(row.map(inert)).commit();
      if (++n % ROWS_PER_TURN === 0) await new Promise((resume) => setImmediate(resume));
    }
    sheet.commit();
  }
  await writer.commit();
}

/**
 * An .xlsx file written as it is read: each sheet gets its preamble lines, a bold, frozen header row and
 * its rows (text unless the column has a number format, so ID numbers and codes keep their digits).
 */
export function xlsxStream(sheets: SheetSpec[]): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  write(writer, sheets).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
