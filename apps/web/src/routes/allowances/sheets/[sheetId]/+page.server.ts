import { error } from '@sveltejs/kit';
import { can } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { submit } from '#lib/server/form-action.ts';
import type { Actions, PageServerLoad } from './$types';

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
    const user = event.locals.session!.user;
    return {
      sheet,
      q,
      lines,
      schools,
      canApprove: can(user.role, 'allowance.approve'),
      canSubmit: user.role === 'county_officer' && user.countyId === sheet.countyId,
    };
  });

const sheetIdOf = async (request: Request) => String((await request.formData()).get('sheetId') ?? '');

/** The sheet can be submitted, approved or returned where it is read (the same procedures as the list). */
export const actions: Actions = {
  submit: async (event) => {
    const values = { form: 'submit' as const, sheetId: await sheetIdOf(event.request) };
    return submit(event, values, async () => {
      await api(event).sheet.submit({ sheetId: values.sheetId });
      return { done: 'submit' as const };
    });
  },
  approve: async (event) => {
    const values = { form: 'approve' as const, sheetId: await sheetIdOf(event.request) };
    return submit(event, values, async () => {
      await api(event).sheet.approve({ sheetId: values.sheetId });
      return { done: 'approve' as const };
    });
  },
  return: async (event) => {
    const form = await event.request.formData();
    const values = {
      form: 'return' as const,
      sheetId: String(form.get('sheetId') ?? ''),
      comment: String(form.get('comment') ?? '').trim(),
    };
    return submit(event, values, async () => {
      await api(event).sheet.return({ sheetId: values.sheetId, comment: values.comment });
      return { done: 'return' as const };
    });
  },
};
