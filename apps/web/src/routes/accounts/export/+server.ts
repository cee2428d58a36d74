import { accountListSheet } from '@tongxing/api/routers/export/sheets';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { todayInChina, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { ACCOUNT_LIST, exportInput } from '../../register/list-params.ts';
import { xlsxResponse } from '../../register/xlsx.ts';
import type { RequestHandler } from './$types';

/** The account list as filtered and ordered on its page (the same spec reads the URL), every row. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const rows = await api(event).export.accounts(exportInput(event.url, ACCOUNT_LIST));
    const t = translator(event.locals.locale);
    const day = todayInChina();
    return xlsxResponse(`${t('account.title')}-${day}`, `accounts-${day}`, xlsxStream([accountListSheet(t, rows)]));
  });
