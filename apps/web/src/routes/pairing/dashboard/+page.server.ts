import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { recentTerms, termAsked } from '../terms.ts';
import type { PageServerLoad } from './$types';

/** The term's view of every pair of the scope and of each county (only confirmed activities count). */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const board = await api(event).pairing.dashboard({ term: termAsked(event.url) });
    return { ...board, terms: recentTerms() };
  });
