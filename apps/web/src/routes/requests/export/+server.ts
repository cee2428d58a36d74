import { requestListSheet } from '@tongxing/api/routers/export/sheets';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { todayInChina, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { readListQuery } from '#lib/list-query.ts';
import { REQUEST_LIST } from '../../register/list-params.ts';
import { xlsxResponse } from '../../register/xlsx.ts';
import { requestInput } from '../request-input.ts';
import type { RequestHandler } from './$types';

/** The requests as filtered on their page (the same spec reads the URL), every row. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const rows = await api(event).export.requests(requestInput(readListQuery(event.url, REQUEST_LIST)));
    const t = translator(event.locals.locale);
    const day = todayInChina();
    return xlsxResponse(`${t('request.title')}-${day}`, `requests-${day}`, xlsxStream([requestListSheet(t, rows)]));
  });
