import { error } from '@sveltejs/kit';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { can, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../register/xlsx.ts';
import { simulateParams } from '../params.ts';
import { simulateSheets } from '../simulate-sheets.ts';
import type { RequestHandler } from './$types';

/** The simulation of the page's query (`?draft=…&from=&to=`) as an Excel workbook. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const t = translator(event.locals.locale);
    if (!can(event.locals.session!.user.role, 'allowance.rules')) error(403, t('error.forbidden'));
    const params = simulateParams(event.url);
    const result = await api(event).allowance.simulate({ draftIds: params.draftIds, from: params.from, to: params.to });
    return xlsxResponse(
      `${t('allowance.simulateView.sheetName')}-${params.from}-${params.to}`,
      `simulation-${params.from}-${params.to}`,
      xlsxStream(simulateSheets(t, result)),
    );
  });
