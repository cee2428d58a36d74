import { redirect } from '@sveltejs/kit';
import { can, todayInChina } from '@tongxing/domain';
import { pickerPage, schoolOption } from '#lib/components/picker-options.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

/** How many sites the form offers (the API takes up to 50). */
const SITE_ROWS = 3;

/** The visits of the user's scope, newest first; an inspector records a new one here. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const mayRecord = can(event.locals.session!.user.role, 'inspection.manage');
    const [visits, counties, schools] = await Promise.all([
      caller.inspection.list(),
      mayRecord ? caller.county.list({}) : [],
      mayRecord ? caller.school.list({ page: 1, sort: 'name' }) : null,
    ]);
    return {
      visits,
      mayRecord,
      siteRows: SITE_ROWS,
      today: todayInChina(),
      counties: counties.map((c) => ({ id: c.id, name: c.name })),
      schools: schools ? pickerPage(schools, schoolOption) : null,
    };
  });

export const actions: Actions = {
  /** A visit to up to SITE_ROWS places: each a county, and one of its schools when chosen; empty rows are left out. */
  create: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const rows = Array.from({ length: SITE_ROWS }, (_, i) => ({ countyId: text(`countyId.${i}`), schoolId: text(`schoolId.${i}`) }));
    const values = {
      visitedOn: text('visitedOn'),
      title: text('title'),
      inspectors: text('inspectors'),
      notes: text('notes'),
      ...Object.fromEntries(
        rows.flatMap((row, i) => [
          [`countyId.${i}`, row.countyId],
          [`schoolId.${i}`, row.schoolId],
        ]),
      ),
    };
    const result = await submit(
      event,
      values,
      () =>
        api(event).inspection.create({
          visitedOn: values.visitedOn,
          title: values.title,
          inspectors: values.inspectors,
          notes: values.notes,
          sites: rows
            .filter((row) => row.countyId || row.schoolId)
            .map((row) => ({ countyId: row.countyId, schoolId: row.schoolId || null })),
        }),
      { sites: 'countyId.0' },
    );
    if ('id' in result) redirect(303, `/inspections/${result.id}`);
    return result;
  },
};
