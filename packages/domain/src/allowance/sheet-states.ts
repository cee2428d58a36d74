/**
 * A county's sheet of a month as the lists show it, in the order of its life: `none` (not run yet), then
 * the states of `allowance_sheet` (a returned sheet goes back to being rerun and submitted).
 */
export const MONTH_SHEET_STATES = ['none', 'draft', 'submitted', 'returned', 'approved'] as const;
export type MonthSheetState = (typeof MONTH_SHEET_STATES)[number];
