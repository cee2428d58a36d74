import { todayInChina, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { filtersText } from '../filters-text.ts';
import { ledgerQuery } from '../params.ts';
import type { PageServerLoad } from './$types';

/** The ledger as filtered on its page, every row on one printable page. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const { list, counties, input } = await ledgerQuery(event);
    const caller = api(event);
    const [ledger, pair] = await Promise.all([
      caller.pairingActivity.listExport(input),
      input.pairId ? caller.pairing.get({ pairId: input.pairId }) : null,
    ]);
    const county = counties.find((c) => c.id === list.filters.countyId)?.name;
    const filters = filtersText(translator(event.locals.locale), list.filters, { county, pair: pair?.pair.name });
    return { list, ledger, filters, today: todayInChina() };
  });
