import type { ImportProblem } from '@tongxing/db/schema/import-job';
import type { TFunction } from '@tongxing/domain';
import type { SheetSpec } from './stream';

/** The downloadable report of a job's problems: row, column and reason, as on the page. */
export function problemsSheet(t: TFunction, problems: ImportProblem[]): SheetSpec {
  return listSheet(t('import.sheets.problems'), t, problems);
}

/** The rows an hours import skipped as already recorded, in the same form, on a sheet of their own. */
export function skippedSheet(t: TFunction, skipped: ImportProblem[]): SheetSpec {
  return listSheet(t('training.import.skippedSheet'), t, skipped);
}

function listSheet(name: string, t: TFunction, entries: ImportProblem[]): SheetSpec {
  return {
    name,
    headers: [t('import.row'), t('import.column'), t('import.reason')],
    widths: [8, 16, 50],
    rows: entries.map((p) => [p.row, p.column, p.reason]),
  };
}
