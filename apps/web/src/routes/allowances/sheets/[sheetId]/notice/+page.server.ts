import { error } from '@sveltejs/kit';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { noticeDetails } from '#lib/notice-details.ts';
import type { PageServerLoad } from './$types';

/** The public notice (公示) of a sheet, every line, ID numbers masked by the API; its period and contact from the query. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const sheetId = event.params.sheetId;
    const caller = api(event);
    const [sheet, notice] = await Promise.all([caller.sheet.get({ sheetId }), caller.sheet.exportNotice({ sheetId })]);
    if (!sheet) error(404);
    return { sheet, rows: notice.rows, details: noticeDetails(event.url) };
  });
