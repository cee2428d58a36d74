import { error } from '@sveltejs/kit';
import { bankSheet } from '@tongxing/api/allowance/sheet-excel';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../../../register/xlsx.ts';
import type { RequestHandler } from './$types';

/** The bank file of an approved sheet: the API withholds the rows of any other state and refuses a sheet out of scope. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const { head, rows } = await api(event).sheet.exportBank({ sheetId: event.params.sheetId });
    const t = translator(event.locals.locale);
    if (!rows) error(400, t('allowance.sheets.bankOnlyApproved'));
    return xlsxResponse(
      `${head.countyName}-${head.month}-${t('allowance.sheets.bankSheet')}`,
      `sheet-${head.month}-bank`,
      xlsxStream([bankSheet(t, rows)]),
    );
  });
