import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../../register/xlsx.ts';
import { reportParams } from '../../params.ts';
import { eastWestSheets } from '../../sheets.ts';
import type { RequestHandler } from './$types';

/** The 东西部协作 cohorts of `?year=` as an Excel workbook. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const { year } = reportParams(event.url);
    const report = await api(event).trainingReport.eastWestExport({ year });
    const t = translator(event.locals.locale);
    return xlsxResponse(
      `${t('training.reports.sheets.fileEastWest')}-${year}`,
      `training-east-west-${year}`,
      xlsxStream(eastWestSheets(t, report)),
    );
  });
