import type { ImportProblem } from '@tongxing/db/schema/import-job';
import type { TFunction } from '@tongxing/domain';
import type { SheetSpec } from './stream';

/** The downloadable report of a job's problems: row, column and reason, as on the page. */
export function problemsSheet(t: TFunction, problems: ImportProblem[]): SheetSpec {
  return {
    name: t('import.sheets.problems'),
    headers: [t('import.row'), t('import.column'), t('import.reason')],
    widths: [8, 16, 50],
    rows: problems.map((p) => [p.row, p.column, p.reason]),
  };
}
