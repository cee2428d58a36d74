import type { trainingImportZh } from './training-import.zh';

export const trainingImportEn: typeof trainingImportZh = {
  hint: 'Training hours: completed training exported from the national and provincial platforms, one certificate a row. Rows whose certificate number is already in the hours ledger are skipped, so importing a file again records nothing twice.',
  columns: { certificateNo: 'Certificate number', title: 'Programme', level: 'Level', hours: 'Hours', completedOn: 'Completed on' },
  problems: {
    unknown_teacher: 'is not a registered teacher within your scope',
    name_mismatch: '“{{name}}” is not the name registered for this ID number (“{{registered}}”)',
    certificate_other_teacher: 'this certificate number is already in another teacher’s hours ledger',
    already_recorded: 'this certificate is already in the hours ledger: skipped',
  },
  summary: '{{total}} rows: {{valid}} can be imported, {{invalid}} have problems, {{skipped}} already recorded (skipped)',
  skipped: 'Rows already recorded, skipped',
  skippedHint: 'These certificate numbers are already in the hours ledger and will not be imported again.',
  skippedTruncated: 'Showing the first {{shown}} of {{total}} rows; download the report for all of them',
  skippedSheet: 'Skipped',
};
