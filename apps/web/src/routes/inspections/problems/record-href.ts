import type { ProblemRecordKind } from '@tongxing/domain';

/** The page of the record a problem concerns, for the kinds that have one by their own id. */
const PAGES: Partial<Record<ProblemRecordKind, string>> = {
  school: '/schools',
  teacher: '/teachers',
  sheet: '/allowances/sheets',
  pair: '/pairing',
  cohort: '/training/cohorts',
};

export const recordHref = (kind: string, id: string): string | null => {
  const page = PAGES[kind as ProblemRecordKind];
  return page ? `${page}/${id}` : null;
};
