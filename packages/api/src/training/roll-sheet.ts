import { LOCALES, ROLL_MARK_WORDS, translator, type TFunction } from '@tongxing/domain';
import type { SheetSpec } from '../register/excel/stream';
import type { CohortRoll } from './attendance';

/** The fixed columns of a roll sheet; one column per session follows them. */
export const ROLL_COLUMNS = ['trainee', 'name', 'school'] as const;
export type RollColumn = (typeof ROLL_COLUMNS)[number];

export const rollColumnHeader = (t: TFunction, column: RollColumn) => t(`training.attendance.columns.${column}`);

// A sheet downloaded in English may be filled in by a colleague who reads the site in Chinese: either header is read.
const COLUMN_BY_HEADER = new Map(
  LOCALES.flatMap((locale) => ROLL_COLUMNS.map((column): [string, RollColumn] => [rollColumnHeader(translator(locale), column), column])),
);

/** The fixed column a header names, in either language. */
export const rollColumnOf = (header: string): RollColumn | undefined => COLUMN_BY_HEADER.get(header);

/** A session's column header: its date, then its name when it has one ("2026-05-11 上午"). */
export const sessionHeader = (session: { sessionDate: string; name: string }) => `${session.sessionDate} ${session.name}`.trim();

/** A header as typed, its spaces collapsed, to compare with the headers written. */
export const normalHeader = (header: string) => header.replace(/\s+/g, ' ').trim();

/** The accepted words of each mark, as the notes and the problems list them. */
export const markWords = (t: TFunction) => ({
  present: ROLL_MARK_WORDS.present.join(t('error.listSeparator')),
  absent: ROLL_MARK_WORDS.absent.join(t('error.listSeparator')),
});

/**
 * A cohort's roll sheet in the user's language: a row per trainee on the user's roll (number, name,
 * school) with a column per session holding what was recorded, then a sheet saying what may be written.
 */
export function rollSheets(t: TFunction, roll: Pick<CohortRoll, 'sessions' | 'trainees'>): SheetSpec[] {
  const a = (key: string, params?: Record<string, string>) => t(`training.attendance.${key}`, params ?? {});
  const mark = (present: boolean | undefined) => (present === undefined ? null : a(`marks.${present ? 'present' : 'absent'}`));
  const words = markWords(t);
  return [
    {
      name: a('sheetName'),
      headers: [...ROLL_COLUMNS.map((column) => rollColumnHeader(t, column)), ...roll.sessions.map(sessionHeader)],
      widths: [38, 12, 24],
      rows: roll.trainees.map((r) => [r.enrolmentId, r.name, r.schoolName, ...roll.sessions.map((s) => mark(r.marks[s.id]))]),
    },
    {
      name: a('notesName'),
      headers: [a('notesName')],
      widths: [100],
      rows: [
        a('notes.present', { values: words.present }),
        a('notes.absent', { values: words.absent }),
        a('notes.blank'),
        a('notes.trainee'),
        a('notes.sessions'),
        a('notes.allOrNothing'),
      ].map((line) => [line]),
    },
  ];
}
