import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../../register/xlsx.ts';
import { reportParams } from '../../params.ts';
import { cohortSheets } from '../../sheets.ts';
import type { RequestHandler } from './$types';

/** The cohorts of `?year=` and their county places as an Excel workbook. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const { year } = reportParams(event.url);
    const report = await api(event).trainingReport.cohortsExport({ year });
    const t = translator(event.locals.locale);
    return xlsxResponse(
      `${t('training.reports.sheets.fileCohorts')}-${year}`,
      `training-cohorts-${year}`,
      xlsxStream(cohortSheets(t, report)),
    );
  });
