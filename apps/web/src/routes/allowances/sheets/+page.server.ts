import { can, MONTH_SHEET_STATES } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { countyParam } from '#lib/county-param.ts';
import { monthParam } from '#lib/month-param.ts';
import type { Actions, PageServerLoad } from './$types';

/** Every visible county's sheet for `?month=` (the current month in China by default). */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const month = monthParam(event.url);
    const user = event.locals.session!.user;
    const state = MONTH_SHEET_STATES.find((s) => s === event.url.searchParams.get('state')) ?? null;
    const all = await api(event).sheet.overview({ month });
    const countyId = countyParam(
      event.url,
      all.map((row) => ({ id: row.countyId })),
    );
    return {
      month,
      /** `?state=` (the home page links here with it) keeps the counties whose sheet is in that state, `?countyId=` (the overview's) one county */
      state,
      rows: all.filter((row) => (!state || (row.state ?? 'none') === state) && (!countyId || row.countyId === countyId)),
      countyId: countyId ?? '',
      /** the city's county filter (a county officer sees one county) */
      counties: all.length > 1 ? all.map((row) => ({ id: row.countyId, name: row.countyName })) : [],
      canApprove: can(user.role, 'allowance.approve'),
      /** a county officer runs and submits their own county's month */
      ownCountyId: user.role === 'county_officer' ? user.countyId : null,
    };
  });

const text = (form: FormData, key: string) => String(form.get(key) ?? '').trim();

export const actions: Actions = {
  run: async (event) => {
    const form = await event.request.formData();
    const values = { form: 'run' as const, countyId: text(form, 'countyId'), month: text(form, 'month') };
    return submit(event, values, async () => {
      const result = await api(event).sheet.run({ countyId: values.countyId, month: values.month });
      return { done: 'run' as const, regular: result.regular, adjustments: result.adjustments };
    });
  },

  submit: async (event) => {
    const values = { form: 'submit' as const, sheetId: text(await event.request.formData(), 'sheetId') };
    return submit(event, values, async () => {
      await api(event).sheet.submit({ sheetId: values.sheetId });
      return { done: 'submit' as const };
    });
  },

  approve: async (event) => {
    const values = { form: 'approve' as const, sheetId: text(await event.request.formData(), 'sheetId') };
    return submit(event, values, async () => {
      await api(event).sheet.approve({ sheetId: values.sheetId });
      return { done: 'approve' as const };
    });
  },

  return: async (event) => {
    const form = await event.request.formData();
    const values = { form: 'return' as const, sheetId: text(form, 'sheetId'), comment: text(form, 'comment') };
    return submit(event, values, async () => {
      await api(event).sheet.return({ sheetId: values.sheetId, comment: values.comment });
      return { done: 'return' as const };
    });
  },

  approveMany: async (event) => {
    const form = await event.request.formData();
    const values = { form: 'approveMany' as const, month: text(form, 'month'), countyIds: form.getAll('countyIds').map(String) };
    return submit(event, values, async () => {
      const approved = await api(event).sheet.approveMany({ month: values.month, countyIds: values.countyIds });
      return { done: 'approveMany' as const, count: approved.length };
    });
  },
};
