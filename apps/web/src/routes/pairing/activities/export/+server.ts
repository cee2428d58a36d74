import { ledgerSheet } from '@tongxing/api/pairing/ledger-sheet';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { todayInChina, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../register/xlsx.ts';
import { filtersText } from '../filters-text.ts';
import { ledgerQuery } from '../params.ts';
import type { RequestHandler } from './$types';

/** The ledger as filtered on its page, every row, with evidence links to this site's `/evidence/<fileId>`. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const { list, counties, input } = await ledgerQuery(event);
    const caller = api(event);
    const [ledger, pair] = await Promise.all([
      caller.pairingActivity.listExport(input),
      input.pairId ? caller.pairing.get({ pairId: input.pairId }) : null,
    ]);
    const t = translator(event.locals.locale);
    const county = counties.find((c) => c.id === list.filters.countyId)?.name;
    const sheet = ledgerSheet(t, ledger, event.url.origin, filtersText(t, list.filters, { county, pair: pair?.pair.name }));
    const day = todayInChina();
    return xlsxResponse(`${t('pairing.ledger.sheetName')}-${day}`, `pairing-activities-${day}`, xlsxStream([sheet]));
  });
