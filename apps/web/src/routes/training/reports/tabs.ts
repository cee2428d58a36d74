/** The reports, as `?tab=` names them (the first has no parameter). */
export const REPORT_TABS = ['levels', 'poverty', 'coverage', 'cohorts', 'eastWest'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

/** Where each tab's Excel export lives. */
export const EXPORT_PATHS: Record<ReportTab, string> = {
  levels: '/training/reports/export/levels',
  poverty: '/training/reports/export/poverty',
  coverage: '/training/reports/export/coverage',
  cohorts: '/training/reports/export/cohorts',
  eastWest: '/training/reports/export/east-west',
};
