import type { trainingAttendanceZh } from './training-attendance.zh';

export const trainingAttendanceEn: typeof trainingAttendanceZh = {
  sheetName: 'Roll sheet',
  notesName: 'How to fill in',
  fileName: '{{programme}} ({{cohort}}) roll sheet',
  columns: { trainee: 'Trainee no.', name: 'Name', school: 'School' },
  marks: { present: 'Present', absent: 'Absent' },
  notes: {
    present: 'Present: {{values}} (English in any case)',
    absent: 'Absent: {{values}} (English in any case)',
    blank: 'Empty: leaves what was recorded unchanged',
    trainee:
      'The trainee number identifies the trainee: do not change it. The name must be the one on the roll; the school is there to check by',
    sessions:
      'One column a session, headed by its date and name (e.g. “2026-05-11 Morning”): do not change the headers. Add a new session in the system first, then download the roll sheet again',
    allOrNothing: 'If the file has any problem, no mark at all is written',
  },
  title: 'Roll sheet (Excel)',
  download: 'Download roll sheet',
  downloadHint: 'The roll sheet lists the trainees whose roll you take and every session of the cohort, with the marks already recorded.',
  import: 'Import attendance',
  file: 'Excel file (.xlsx, at most {{max}} MB)',
  noSessions: 'This cohort has no sessions yet: add the sessions first, then download the roll sheet to fill in and import.',
  refused: 'The file has {{count}} problems; no mark was written. Correct them and upload the file again.',
  recorded: 'Attendance imported:',
  recordedSession: '{{session}}: {{present}} present, {{absent}} absent',
  nothingRecorded: 'The file marks nobody; nothing was changed.',
  sessionsColumn: 'Session columns',
  problems: {
    unknown_trainee: 'is not the number of a trainee of this cohort',
    off_roll: 'this trainee is not on your roll (withdrawn, not admitted, or not one whose roll you take)',
    name_mismatch: '“{{name}}” is not the name of this trainee number (“{{registered}}”)',
    unknown_session: 'is not a session of this cohort (a session column is headed by its date and name, e.g. “2026-05-11 Morning”)',
    duplicate_column: 'the file has two columns with this header',
    invalid_mark: '“{{value}}” is not a mark (present: {{present}}; absent: {{absent}}; empty leaves it unchanged)',
    no_session_columns: 'the file has no column of a session of this cohort',
  },
  fileProblems: {
    roll_unreadable: 'cannot be read: upload an Excel file in .xlsx format',
    roll_too_many_rows: 'has more than {{max}} rows: a roll sheet holds at most {{max}} trainees',
    roll_too_large: 'is too large once unpacked: delete unneeded rows or sheets and try again',
    roll_too_slow: 'took too long to read and was stopped: delete unneeded rows or sheets and try again',
    roll_no_sessions: 'this cohort has no sessions yet: add the sessions first',
  },
};
