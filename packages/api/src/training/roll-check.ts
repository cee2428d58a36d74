import type { ImportProblem } from '@tongxing/db/schema/import-job';
import { readRollMark, type TFunction } from '@tongxing/domain';
import type { Sheet, SheetRow } from '../register/import/read-workbook';
import { duplicatesOf, type Problem } from '../register/import/records';
import type { CohortRoll } from './attendance';
import { markWords, normalHeader, rollColumnHeader, rollColumnOf, sessionHeader, type RollColumn } from './roll-sheet';

type Session = CohortRoll['sessions'][number];

/** Where a file keeps what the import reads: the trainee and name columns, and each session's column. */
interface Layout {
  trainee: { index: number; header: string };
  name: { index: number; header: string };
  sessions: { index: number; header: string; session: Session }[];
}

export interface Mark {
  sessionId: string;
  enrolmentId: string;
  present: boolean;
}

/** Problems of a roll sheet: the column is the header as the file has it, the reason in the user's language. */
function rollProblems(t: TFunction): Problem {
  return (row, column, key, params) => ({
    row,
    column,
    reason: t([`training.attendance.problems.${key}`, `error.problem.${key}`], params ?? {}),
  });
}

/**
 * Reads the header row: every non-empty header must be a fixed column (once) or a session of the cohort
 * (once); the trainee and name columns must be there. Problems are on row 1; without both fixed columns
 * there is no layout and no row can be read.
 */
function layoutOf(headers: string[], sessions: Session[], t: TFunction, problem: Problem) {
  const sessionOf = new Map(sessions.map((s) => [sessionHeader(s), s]));
  const fixed = new Map<RollColumn, { index: number; header: string }>();
  const columns: Layout['sessions'] = [];
  const problems: ImportProblem[] = [];
  headers.forEach((typed, index) => {
    const header = normalHeader(typed);
    if (header === '') return;
    const column = rollColumnOf(header);
    const session = sessionOf.get(header);
    const taken = column ? fixed.has(column) : columns.some((c) => c.session === session);
    if (!column && !session) problems.push(problem(1, header, 'unknown_session'));
    else if (taken) problems.push(problem(1, header, 'duplicate_column'));
    else if (column) fixed.set(column, { index, header });
    else columns.push({ index, header, session: session! });
  });
  for (const column of ['trainee', 'name'] as const)
    if (!fixed.has(column)) problems.push(problem(1, rollColumnHeader(t, column), 'missing_column'));
  if (columns.length === 0 && problems.length === 0)
    problems.push(problem(1, t('training.attendance.sessionsColumn'), 'no_session_columns'));
  const [trainee, name] = [fixed.get('trainee'), fixed.get('name')];
  return { layout: trainee && name ? { trainee, name, sessions: columns } : null, problems };
}

const cellOf = (row: SheetRow, index: number) => row.cells[index] ?? '';
/** A trainee number as the roll has it (ids are lower case; a number retyped in capitals is the same one). */
const keyOf = (row: SheetRow, index: number) => cellOf(row, index).toLowerCase();

/** The trainee numbers the file names, if it has a trainee column. */
export function traineeNumbers(sheet: Sheet): string[] {
  const index = sheet.headers.findIndex((h) => rollColumnOf(normalHeader(h)) === 'trainee');
  return index < 0 ? [] : sheet.rows.map((r) => keyOf(r, index)).filter((key) => key !== '');
}

/**
 * Checks every row of a roll sheet against the user's roll of the cohort: the trainee number must be
 * on it (`inCohort` tells a trainee of the cohort off this user's roll from a number of nobody), once in
 * the file, with the name the roll has; every session cell must be a mark or empty. Each row is checked
 * whole, so the report lists all its problems. The marks are what the file records (empty cells left out).
 */
export function checkRollSheet(sheet: Sheet, roll: Pick<CohortRoll, 'sessions' | 'trainees'>, inCohort: ReadonlySet<string>, t: TFunction) {
  const problem = rollProblems(t);
  const { layout, problems } = layoutOf(sheet.headers, roll.sessions, t, problem);
  const marks: Mark[] = [];
  if (!layout) return { problems, marks };
  const onRoll = new Map(roll.trainees.map((r) => [r.enrolmentId, r]));
  const keys = sheet.rows.map((r) => ({ row: r.number, key: keyOf(r, layout.trainee.index) })).filter((k) => k.key !== '');
  const duplicated = duplicatesOf(keys, layout.trainee.header, problem);
  problems.push(...duplicated.problems);
  const words = markWords(t);
  for (const row of sheet.rows) {
    const [key, name] = [keyOf(row, layout.trainee.index), cellOf(row, layout.name.index)];
    const trainee = onRoll.get(key);
    if (key === '') problems.push(problem(row.number, layout.trainee.header, 'required'));
    else if (!trainee) problems.push(problem(row.number, layout.trainee.header, inCohort.has(key) ? 'off_roll' : 'unknown_trainee'));
    else if (name === '') problems.push(problem(row.number, layout.name.header, 'required'));
    else if (name !== trainee.name)
      problems.push(problem(row.number, layout.name.header, 'name_mismatch', { name, registered: trainee.name }));
    for (const column of layout.sessions) {
      const value = cellOf(row, column.index);
      const mark = readRollMark(value);
      if (mark === 'invalid') problems.push(problem(row.number, column.header, 'invalid_mark', { value, ...words }));
      else if (mark !== 'blank' && trainee)
        marks.push({ sessionId: column.session.id, enrolmentId: trainee.enrolmentId, present: mark === 'present' });
    }
  }
  // In reading order: by row, then by the file's column order (a missing column, not in the file, last).
  const position = new Map(sheet.headers.map((h, i) => [normalHeader(h), i]));
  const at = (p: ImportProblem) => position.get(p.column) ?? sheet.headers.length;
  problems.sort((a, b) => a.row - b.row || at(a) - at(b));
  return { problems, marks };
}
