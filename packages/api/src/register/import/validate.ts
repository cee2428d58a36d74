import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import type { ImportProblem } from '@tongxing/db/schema/import-job';
import type { Locale } from '@tongxing/domain';
import type { ImportKind } from './columns';
import { checkRows, type ImportRecord, type Problem } from './records';
import { hoursRow, rosterRow, schoolRow, teacherRow } from './row-schemas';
import { validateHours } from './validate-hours';
import { validateRoster } from './validate-roster';
import { validateSchools } from './validate-schools';
import { validateTeachers } from './validate-teachers';

/**
 * Every row checked, first on its own, then against the register (and for hours the ledger): the rows
 * to import (for a roster, to compare) and the problems, among them the rows skipped as already recorded (`skipped`).
 */
export async function validateRecords(
  tx: Transaction,
  kind: ImportKind,
  user: SessionUser,
  records: ImportRecord[],
  problem: Problem,
  locale: Locale,
): Promise<{ payload: unknown[]; problems: ImportProblem[] }> {
  if (kind === 'teacher') {
    const checked = await checkRows(kind, teacherRow, 'idNumber', records, problem, locale);
    const result = await validateTeachers(tx, user, checked.rows, problem, checked.refused);
    return { payload: result.payload, problems: [...checked.problems, ...result.problems] };
  }
  if (kind === 'hours') {
    const checked = await checkRows(kind, hoursRow, 'certificateNo', records, problem, locale);
    const result = await validateHours(tx, user, checked.rows, problem, checked.refused);
    return { payload: result.payload, problems: [...checked.problems, ...result.problems] };
  }
  if (kind === 'roster') {
    const checked = await checkRows(kind, rosterRow, 'idNumber', records, problem, locale);
    const result = await validateRoster(tx, user, checked.rows, problem, checked.refused);
    return { payload: result.payload, problems: [...checked.problems, ...result.problems] };
  }
  const checked = await checkRows(kind, schoolRow, 'code', records, problem, locale);
  const result = await validateSchools(tx, user, checked.rows, problem, checked.refused);
  return { payload: result.payload, problems: [...checked.problems, ...result.problems] };
}
