import { error } from '@sveltejs/kit';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { PageServerLoad } from './$types';

/** One sheet: its lines (searchable by teacher name, paged) and its totals by school. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const sheetId = event.params.sheetId;
    const q = event.url.searchParams.get('q')?.trim() ?? '';
    const page = Math.max(1, Number.parseInt(event.url.searchParams.get('page') ?? '', 10) || 1);
    const caller = api(event);
    const sheet = await caller.sheet.get({ sheetId });
    if (!sheet) error(404);
    const [lines, schools] = await Promise.all([
      caller.sheet.lines({ sheetId, page, search: q || undefined }),
      caller.sheet.totalsBySchool({ sheetId }),
    ]);
    return { sheet, q, lines, schools };
  });
