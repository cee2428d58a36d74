import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { recentTerms } from '../terms.ts';
import { ledgerQuery } from './params.ts';
import type { PageServerLoad } from './$types';

/** The activity ledger of the user's scope, one page, with the filtered set's totals. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const { list, counties, input } = await ledgerQuery(event);
    const [ledger, settings, pair] = await Promise.all([
      caller.pairingActivity.list(input),
      caller.pairingSettings.get(),
      input.pairId ? caller.pairing.get({ pairId: input.pairId }) : null,
    ]);
    return { list, counties, ledger, kinds: settings.kinds, terms: recentTerms(), pairName: pair?.pair.name ?? null };
  });
