import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../../register/xlsx.ts';
import { reportParams } from '../../params.ts';
import { coverageSheets } from '../../sheets.ts';
import type { RequestHandler } from './$types';

/** The cycle's coverage today (of `?countyId=` when given, with its schools) as an Excel workbook. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const params = reportParams(event.url);
    const report = await api(event).trainingReport.coverageExport({ countyId: params.countyId || undefined });
    const t = translator(event.locals.locale);
    return xlsxResponse(
      `${t('training.reports.sheets.fileCoverage')}-${report.asOf}`,
      `training-coverage-${report.asOf}`,
      xlsxStream(coverageSheets(t, report)),
    );
  });
