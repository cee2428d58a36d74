import { noticePreamble, noticeSheet } from '@tongxing/api/allowance/sheet-excel';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { noticeDetails } from '#lib/notice-details.ts';
import { xlsxResponse } from '../../../../../register/xlsx.ts';
import type { RequestHandler } from './$types';

/** The public notice (公示) of a sheet: ID numbers masked by the API; period, contact and a draft's mark above the lines. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const { head, rows } = await api(event).sheet.exportNotice({ sheetId: event.params.sheetId });
    const t = translator(event.locals.locale);
    return xlsxResponse(
      `${head.countyName}-${head.month}-${t('allowance.sheets.noticeSheet')}`,
      `sheet-${head.month}-notice`,
      xlsxStream([noticeSheet(t, rows, noticePreamble(t, head, noticeDetails(event.url)))]),
    );
  });
