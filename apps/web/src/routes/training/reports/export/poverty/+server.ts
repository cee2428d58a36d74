import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../../register/xlsx.ts';
import { reportParams, spanOf } from '../../params.ts';
import { povertySheets } from '../../sheets.ts';
import type { RequestHandler } from './$types';

/** The poverty-county share of `?from=&to=` as an Excel workbook. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const params = reportParams(event.url);
    const report = await api(event).trainingReport.povertyExport(spanOf(params));
    const t = translator(event.locals.locale);
    const span = `${params.from}-${params.to}`;
    return xlsxResponse(
      `${t('training.reports.sheets.filePoverty')}-${span}`,
      `training-poverty-${span}`,
      xlsxStream(povertySheets(t, report)),
    );
  });
