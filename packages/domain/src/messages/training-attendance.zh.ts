/** Messages of the roll sheet: its download, its import and the import's report. */
export const trainingAttendanceZh = {
  sheetName: '点名表',
  notesName: '填写说明',
  fileName: '{{programme}}（{{cohort}}）点名表',
  /** Headers of the sheet's fixed columns; each session has a column headed by its date and name. */
  columns: { trainee: '学员编号', name: '姓名', school: '学校' },
  marks: { present: '出勤', absent: '缺勤' },
  notes: {
    present: '记为出勤：{{values}}（英文不区分大小写）',
    absent: '记为缺勤：{{values}}（英文不区分大小写）',
    blank: '留空：不改动已记录的点名',
    trainee: '学员编号用于识别学员，请勿修改；姓名须与名单一致，学校仅供核对',
    sessions: '每个课次一列，表头为课次的日期和名称（如“2026-05-11 上午”），请勿修改；新的课次请先在系统中添加，再重新下载点名表',
    allOrNothing: '只要文件中有一处错误，就不会写入任何点名',
  },
  title: '点名表（Excel）',
  download: '下载点名表',
  downloadHint: '点名表列出您可点名的学员和本期全部课次，已记录的点名已填好。',
  import: '导入点名',
  file: 'Excel 文件（.xlsx，最大 {{max}} MB）',
  noSessions: '本期还没有课次：请先添加课次，再下载点名表填写和导入。',
  /** The report of a file with problems: nothing was written. */
  refused: '文件中有 {{count}} 处错误，未写入任何点名。请改正后重新上传。',
  /** The report of a file written. */
  recorded: '已导入点名：',
  recordedSession: '{{session}}：出勤 {{present}}，缺勤 {{absent}}',
  nothingRecorded: '文件中没有填写任何点名，未作改动。',
  sessionsColumn: '课次列',
  /** Reasons of a row (or, on row 1, a header), looked up before the shared ones under error.problem. */
  problems: {
    unknown_trainee: '不是本期学员的编号',
    off_roll: '该学员不在您可点名的名单中（已退出、未录取，或不是您负责点名的学员）',
    name_mismatch: '姓名“{{name}}”与该学员编号的姓名“{{registered}}”不一致',
    unknown_session: '不是本期的课次（表头应为课次的日期和名称，如“2026-05-11 上午”）',
    duplicate_column: '文件中有两列同为此列',
    invalid_mark: '“{{value}}”不是可用的点名值（出勤填 {{present}}，缺勤填 {{absent}}，留空表示不改动）',
    no_session_columns: '文件中没有本期课次的列',
  },
  /** Why a file was refused as a whole (under error.problem, for the file field). */
  fileProblems: {
    roll_unreadable: '无法读取该文件，请上传 .xlsx 格式的 Excel 文件',
    roll_too_many_rows: '超过 {{max}} 行，一份点名表最多 {{max}} 位学员',
    roll_too_large: '文件解压后过大，请删去多余的行或工作表后重试',
    roll_too_slow: '读取该文件用时过长，已停止；请删去多余的行或工作表后重试',
    roll_no_sessions: '本期还没有课次，请先添加课次',
  },
};
