import type { ImportProblem } from '@tongxing/db/schema/import-job';
import type { Locale, TFunction } from '@tongxing/domain';
import { z } from 'zod';
import { describeError } from '../../describe-error';
import { COLUMNS, EXAMPLE, header, type ImportKind } from './columns';
import type { Sheet } from './read-workbook';

/** One data row of the file: its Excel row number and the non-empty cells by field. */
export interface ImportRecord {
  row: number;
  values: Record<string, string>;
}

export type Problem = (row: number, field: string, key: string, params?: Record<string, unknown>) => ImportProblem;

const columnOf = (kind: ImportKind, field: string) => header(COLUMNS[kind].find((c) => c.field === field)!);

/** Where a kind's own reasons are, looked up before the shared ones under `error.problem`. */
const OWN_PROBLEMS: Partial<Record<ImportKind, string>> = {
  hours: 'training.import.problems',
  roster: 'inspection.reconciliation.problems',
};

/**
 * Builds problems for one kind of file: the column's header and the reason (a key under the kind's
 * own problems, else under `error.problem`) in the user's language.
 */
export function problemsFor(kind: ImportKind, t: TFunction): Problem {
  const own = OWN_PROBLEMS[kind];
  return (row, field, key, params) => ({
    row,
    column: columnOf(kind, field),
    reason: t(own ? [`${own}.${key}`, `error.problem.${key}`] : `error.problem.${key}`, params ?? {}),
  });
}

const isExample = (kind: ImportKind, record: ImportRecord) =>
  record.row === 2 && COLUMNS[kind].every((c) => (record.values[c.field] ?? '') === EXAMPLE[kind][c.field]);

/**
 * The sheet's rows as records by field, found through the header row (columns may come in any order;
 * others are ignored), without the template's untouched example row. A missing required column is one
 * problem on row 1 and leaves no records.
 */
export function recordsOf(
  kind: ImportKind,
  sheet: Sheet,
  problem: Problem,
): { records: ImportRecord[]; problems: ImportProblem[]; total: number } {
  const at = new Map(sheet.headers.map((h, i) => [h, i]));
  const missing = COLUMNS[kind].filter((c) => c.required && !at.has(header(c)));
  if (missing.length > 0)
    return { records: [], problems: missing.map((c) => problem(1, c.field, 'missing_column')), total: sheet.rows.length };
  const present = COLUMNS[kind].filter((c) => at.has(header(c))).map((c): [string, number] => [c.field, at.get(header(c))!]);
  const records = sheet.rows.map((r) => {
    const values: Record<string, string> = {};
    for (const [field, i] of present) if (r.cells[i]) values[field] = r.cells[i];
    return { row: r.number, values };
  });
  const data = records.filter((r) => !isExample(kind, r));
  return { records: data, problems: [], total: data.length };
}

/** How many rows of a duplicate group a problem names; the rest are counted. */
const ROWS_NAMED = 5;

/** Rows parsed between pauses, so that checking a large file does not hold up other requests. */
const ROWS_PER_TURN = 1_000;

/**
 * Parses each record with the row schema; a failing row gives one problem per field, worded as the forms
 * word it, and is kept as the fields that are valid on their own, so that the checks against the file
 * and the register can still name its other problems.
 */
async function parseRecords<S extends z.ZodObject>(kind: ImportKind, schema: S, records: ImportRecord[], locale: Locale) {
  const rows: (z.output<S> & { row: number })[] = [];
  const refused: (Partial<z.output<S>> & { row: number })[] = [];
  const problems: ImportProblem[] = [];
  for (const [i, record] of records.entries()) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await new Promise((resume) => setImmediate(resume));
    const parsed = schema.safeParse(record.values);
    if (parsed.success) {
      rows.push({ ...parsed.data, row: record.row });
      continue;
    }
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (seen.has(field)) continue;
      seen.add(field);
      const [reason] = Object.values(describeError(new z.ZodError([issue]), locale).fieldErrors);
      problems.push({ row: record.row, column: columnOf(kind, field), reason: reason! });
    }
    const valid: Record<string, unknown> = {};
    for (const [field, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
      if (seen.has(field)) continue;
      const one = fieldSchema.safeParse(record.values[field]);
      if (one.success && one.data !== undefined) valid[field] = one.data;
    }
    refused.push({ ...(valid as Partial<z.output<S>>), row: record.row });
  }
  return { rows, refused, problems };
}

/**
 * Rows that share a key with another row: all of them are refused, each problem naming the first few rows
 * of its group and counting the rest, so that the report stays linear in the file (a file whose 10,000
 * rows repeat one another gets 10,000 short problems, not 10,000 lists of 10,000 row numbers).
 */
export function duplicatesOf(rows: { row: number; key: unknown }[], field: string, problem: Problem) {
  const byKey = new Map<unknown, number[]>();
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    const group = byKey.get(r.key);
    if (group) group.push(r.row);
    else byKey.set(r.key, [r.row]);
  }
  const repeated = [...byKey.values()].filter((group) => group.length > 1);
  return {
    rows: new Set(repeated.flat()),
    problems: repeated.flatMap((group) => {
      const named = group.slice(0, ROWS_NAMED).join('、');
      const more = group.length - ROWS_NAMED;
      return group.map((n) =>
        more > 0
          ? problem(n, field, 'duplicate_in_file_more', { rows: named, more })
          : problem(n, field, 'duplicate_in_file', { rows: named }),
      );
    }),
  };
}

/**
 * Checks what rows can be checked for without the database: each field by the row schema, and the key
 * (ID number, school code, certificate number) repeated in the file (see duplicatesOf).
 * `rows` can be imported; `refused` are the other rows with their valid fields, to be checked further
 * so that the report names every problem of a row at once.
 */
export async function checkRows<S extends z.ZodObject>(
  kind: ImportKind,
  schema: S,
  key: keyof z.output<S> & string,
  records: ImportRecord[],
  problem: Problem,
  locale: Locale,
) {
  const parsed = await parseRecords(kind, schema, records, locale);
  const keyed = [...parsed.rows, ...parsed.refused].filter((r) => r[key] !== undefined).map((r) => ({ row: r.row, key: r[key] }));
  const duplicated = duplicatesOf(keyed, key, problem);
  return {
    rows: parsed.rows.filter((r) => !duplicated.rows.has(r.row)),
    refused: [...parsed.refused, ...parsed.rows.filter((r) => duplicated.rows.has(r.row))] as (Partial<z.output<S>> & { row: number })[],
    problems: [...parsed.problems, ...duplicated.problems],
  };
}

/** Comma-separated lists in one cell (either comma, or 、). */
export const splitList = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(/[,，、]/)
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

/** Problems in reading order: by row, then by the file's column order. */
export function sortProblems(kind: ImportKind, problems: ImportProblem[]): ImportProblem[] {
  const order = new Map(COLUMNS[kind].map((c, i) => [header(c), i]));
  return problems.sort((a, b) => a.row - b.row || (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));
}
