import { changesOf } from '#lib/components/change-diff.ts';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const before = Number.parseInt(event.url.searchParams.get('before') ?? '', 10);
    const { rows, nextBefore } = await api(event).audit.list({ before: before > 0 ? before : undefined });
    return {
      paged: before > 0,
      nextBefore,
      rows: rows.map(({ before, after, ...row }) => ({ ...row, changes: changesOf(before, after) })),
    };
  });
