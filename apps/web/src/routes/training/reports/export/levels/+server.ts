import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../../register/xlsx.ts';
import { reportParams, spanOf } from '../../params.ts';
import { levelSheets } from '../../sheets.ts';
import type { RequestHandler } from './$types';

/** Trainees and hours of `?from=&to=&countyId=` (the page's span and county) as an Excel workbook. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const params = reportParams(event.url);
    const report = await api(event).trainingReport.traineesExport({ ...spanOf(params), countyId: params.countyId || undefined });
    const t = translator(event.locals.locale);
    const span = `${params.from}-${params.to}`;
    return xlsxResponse(
      `${t('training.reports.sheets.fileLevels')}-${span}`,
      `training-levels-${span}`,
      xlsxStream(levelSheets(t, report)),
    );
  });
