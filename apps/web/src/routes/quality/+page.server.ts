import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadOrError(event, async () => ({ board: await api(event).quality.board() }));
