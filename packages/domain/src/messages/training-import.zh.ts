/** Messages of the training import pages. */
export const trainingImportZh = {
  hint: '培训学时：导入国家、省级平台导出的已完成培训记录，每行一张证书。证书编号已记入学时台账的行会跳过，同一文件重复导入不会重复记学时。',
  /** Headers of the hours file's own columns (身份证号 and 姓名 are the register's). */
  columns: { certificateNo: '证书编号', title: '培训项目', level: '层级', hours: '学时', completedOn: '完成日期' },
  /** Reasons of the hours import, looked up before the shared ones under error.problem. */
  problems: {
    unknown_teacher: '不是您管理范围内的在册教师',
    name_mismatch: '姓名“{{name}}”与台账中该身份证号的姓名“{{registered}}”不一致',
    certificate_other_teacher: '该证书编号已记入另一位教师的学时台账',
    already_recorded: '该证书已记入学时台账，已跳过',
  },
  summary: '共 {{total}} 行：{{valid}} 行可导入，{{invalid}} 行有误，{{skipped}} 行已记入台账（跳过）',
  skipped: '已记入台账、跳过的行',
  skippedHint: '这些证书编号已在学时台账中，不会重复导入。',
  skippedTruncated: '仅显示前 {{shown}} 行（共 {{total}} 行），完整内容请下载报告',
  skippedSheet: '已记入跳过',
};
