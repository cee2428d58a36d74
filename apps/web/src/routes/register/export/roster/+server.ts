import { rosterSheet } from '@tongxing/api/register/excel/exports';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { todayInChina, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../xlsx.ts';
import type { RequestHandler } from './$types';

/** A county's full roster as of a date (today when none is given). */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const countyId = event.url.searchParams.get('countyId') ?? '';
    const asOf = event.url.searchParams.get('asOf') || todayInChina();
    const caller = api(event);
    const [county, roster] = await Promise.all([caller.county.get({ countyId }), caller.export.roster({ countyId, asOf })]);
    const t = translator(event.locals.locale);
    return xlsxResponse(
      `${county.name}${t('import.sheets.roster')}-${asOf}`,
      `roster-${county.code}-${asOf}`,
      xlsxStream([rosterSheet(t, roster.rows)]),
    );
  });
