import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { recentTerms } from '../terms.ts';
import type { PageServerLoad } from './$types';

/** The term's view of every pair of the scope and of each county (only confirmed activities count). */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const term = event.url.searchParams.get('term') ?? undefined;
    const board = await api(event).pairing.dashboard({ term: term && /^\d{4}-(spring|autumn)$/.test(term) ? term : undefined });
    return { ...board, terms: recentTerms() };
  });
