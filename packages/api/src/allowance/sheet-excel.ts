import { schema, type Transaction } from '@tongxing/db';
import { maskIdNumber, type TFunction } from '@tongxing/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { notFound } from '../problems';
import { columnLetter, YUAN_FORMAT, type Cell, type Preamble, type SheetSpec } from '../register/excel/stream';

const sheet = schema.allowanceSheet;
const line = schema.allowanceLine;
const teacher = schema.teacher;
const school = schema.school;

export type SheetExportFormat = 'bank' | 'notice';

/** One payee of the bank file: everything the sheet pays a teacher, summed. */
export interface BankRow {
  name: string;
  idNumber: string;
  bankCard: string | null;
  amountFen: number;
}

/** One line of the public notice (公示); the ID number is already masked. */
export interface NoticeRow {
  name: string;
  maskedIdNumber: string;
  schoolName: string | null;
  allowanceType: string;
  kind: 'regular' | 'adjustment';
  month: string;
  amountFen: number;
}

export interface SheetHead {
  state: 'draft' | 'submitted' | 'approved' | 'returned';
  month: string;
  countyName: string;
}

async function headOf(tx: Transaction, sheetId: string): Promise<SheetHead> {
  const [head] = await tx
    .select({ state: sheet.state, month: sheet.month, countyName: schema.county.name })
    .from(sheet)
    .innerJoin(schema.county, and(eq(schema.county.tenantId, sheet.tenantId), eq(schema.county.id, sheet.countyId)))
    .where(eq(sheet.id, sheetId));
  if (!head) throw notFound();
  return head;
}

const byTeacher = and(eq(teacher.tenantId, line.tenantId), eq(teacher.id, line.teacherId));
const teacherSchool = and(eq(school.tenantId, teacher.tenantId), eq(school.id, teacher.schoolId));

/**
 * The bank file's rows, one per teacher: only an approved sheet is paid, so for any other state the
 * rows are withheld (`null`) and the caller refuses the download.
 */
export async function bankRows(tx: Transaction, sheetId: string): Promise<{ head: SheetHead; rows: BankRow[] | null }> {
  const head = await headOf(tx, sheetId);
  if (head.state !== 'approved') return { head, rows: null };
  const rows = await tx
    .select({
      name: teacher.name,
      idNumber: teacher.idNumber,
      bankCard: teacher.bankCard,
      amountFen: sql<number>`sum(${line.amountFen})`.mapWith(Number),
    })
    .from(line)
    .innerJoin(teacher, byTeacher)
    .where(eq(line.sheetId, sheetId))
    .groupBy(teacher.tenantId, teacher.id)
    .orderBy(asc(teacher.name), asc(teacher.idNumber));
  return { head, rows: rows.filter((r) => r.amountFen !== 0) };
}

/** The public notice's rows: every line, ID numbers masked before they leave the API. */
export async function noticeRows(tx: Transaction, sheetId: string): Promise<{ head: SheetHead; rows: NoticeRow[] }> {
  const head = await headOf(tx, sheetId);
  const rows = await tx
    .select({
      name: teacher.name,
      idNumber: teacher.idNumber,
      schoolName: school.name,
      allowanceType: schema.allowanceType.name,
      kind: line.kind,
      month: line.month,
      amountFen: line.amountFen,
    })
    .from(line)
    .innerJoin(teacher, byTeacher)
    .leftJoin(school, teacherSchool)
    .innerJoin(
      schema.allowanceType,
      and(eq(schema.allowanceType.tenantId, line.tenantId), eq(schema.allowanceType.id, line.allowanceTypeId)),
    )
    .where(eq(line.sheetId, sheetId))
    .orderBy(asc(school.name), asc(teacher.name), asc(line.kind), asc(line.month));
  return { head, rows: rows.map(({ idNumber, ...r }) => ({ ...r, maskedIdNumber: maskIdNumber(idNumber) })) };
}

type Column<R> = [key: string, width: number, value: (row: R) => Cell, format?: string];

/** An amount cell: 元 as a number (so Excel can sum it), shown with two decimals. */
const yuan = (fen: number): number => fen / 100;

/**
 * A sheet of lines whose last column is the amount, then a totals row: a SUM formula over the amount
 * column, with the sum of the rounded lines (integer 分) as its cached result.
 */
function spec<R extends { amountFen: number }>(
  t: TFunction,
  name: string,
  columns: Column<R>[],
  rows: R[],
  preamble: Preamble[] = [],
): SheetSpec {
  const total = rows.reduce((sum, r) => sum + r.amountFen, 0);
  const amountColumn = columnLetter(columns.length);
  const first = preamble.length + 2;
  const last = first + rows.length - 1;
  const sum: Cell = rows.length ? { formula: `SUM(${amountColumn}${first}:${amountColumn}${last})`, result: yuan(total) } : 0;
  const totalRow: Cell[] = columns.map((_, i) => (i === 0 ? t('allowance.sheets.total') : i === columns.length - 1 ? sum : null));
  return {
    name,
    headers: columns.map(([key]) => t(`allowance.sheets.columns.${key}`)),
    widths: columns.map(([, width]) => width),
    formats: columns.map(([, , , format]) => format),
    preamble,
    rows: [...rows.map((r) => columns.map(([, , value]) => value(r))), totalRow],
  };
}

/** The kind of a line in words: the type, and for an adjustment 补发/扣回 and the month it corrects. */
export function kindText(t: TFunction, r: { allowanceType: string; kind: string; month: string; amountFen: number }): string {
  if (r.kind === 'regular') return r.allowanceType;
  return t('allowance.sheets.adjustmentOf', {
    type: r.allowanceType,
    kind: t(r.amountFen >= 0 ? 'allowance.sheets.back' : 'allowance.sheets.clawback'),
    month: r.month,
  });
}

/** The bank's file: 姓名, 身份证号, 银行卡号, 金额(元). */
export const bankSheet = (t: TFunction, rows: BankRow[]) =>
  spec(
    t,
    t('allowance.sheets.bankSheet'),
    [
      ['name', 12, (r) => r.name],
      ['idNumber', 22, (r) => r.idNumber],
      ['bankCard', 24, (r) => r.bankCard],
      ['amount', 14, (r) => yuan(r.amountFen), YUAN_FORMAT],
    ],
    rows,
  );

/** What the public notice says besides its lines: its period and whom to contact (as the page was filled in). */
export interface NoticeDetails {
  from: string;
  to: string;
  unit: string;
  phone: string;
}

/** The notice's lines above its table: title, a mark on a sheet not yet approved, the period and the contact. */
export function noticePreamble(t: TFunction, head: SheetHead, details: NoticeDetails): Preamble[] {
  return [
    { text: t('allowance.sheets.printTitle', { county: head.countyName, month: head.month }), kind: 'title' },
    ...(head.state === 'approved' ? [] : [{ text: t(`allowance.notice.mark.${head.state}`), kind: 'warning' as const }]),
    { text: t('allowance.notice.period', { from: details.from, to: details.to }) },
    { text: t('allowance.notice.contact', { unit: details.unit || '________', phone: details.phone || '________' }) },
  ];
}

/** The public notice (公示): its preamble, then 姓名, 身份证号 (masked), 学校, 补助类型, 金额(元). */
export const noticeSheet = (t: TFunction, rows: NoticeRow[], preamble: Preamble[] = []) =>
  spec(
    t,
    t('allowance.sheets.noticeSheet'),
    [
      ['name', 12, (r) => r.name],
      ['idNumber', 22, (r) => r.maskedIdNumber],
      ['school', 30, (r) => r.schoolName],
      ['allowanceType', 30, (r) => kindText(t, r)],
      ['amount', 14, (r) => yuan(r.amountFen), YUAN_FORMAT],
    ],
    rows,
    preamble,
  );
