import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../register/xlsx.ts';
import { rangeOf } from '../range.ts';
import { monthsBetween } from '../months.ts';
import { totalsSheets } from '../totals-sheets.ts';
import { byCounty, byType } from '../totals-table.ts';
import type { RequestHandler } from './$types';

/** The totals of `?from=&to=` (the page's range) as an Excel workbook. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const { from, to } = rangeOf(event.url);
    const totals = await api(event).sheet.totals({ from, to });
    const months = monthsBetween(from, to);
    const t = translator(event.locals.locale);
    return xlsxResponse(
      `${t('allowance.totalsView.sheetName')}-${from}-${to}`,
      `totals-${from}-${to}`,
      xlsxStream(totalsSheets(t, months, byCounty(totals, months), byType(totals, months))),
    );
  });
