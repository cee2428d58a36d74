import { can } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { recentTerms, termAsked } from '../terms.ts';
import type { PageServerLoad } from './$types';

/** The term's view of every pair of the scope and of each county (only confirmed activities count); each figure links to its list. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const [board, counties] = await Promise.all([
      caller.pairing.dashboard({ term: termAsked(event.url) }),
      can(event.locals.session!.user.role, 'county.read') ? caller.county.list() : [],
    ]);
    // A county's figures link to lists filtered by it only where the user may filter by that county.
    return { ...board, terms: recentTerms(), filterable: counties.map((c) => c.id) };
  });
