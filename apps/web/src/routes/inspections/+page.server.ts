import { redirect } from '@sveltejs/kit';
import { can, todayInChina } from '@tongxing/domain';
import { pickerPage, schoolOption } from '#lib/components/picker-options.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

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
      today: todayInChina(),
      counties: counties.map((c) => ({ id: c.id, name: c.name })),
      schools: schools ? pickerPage(schools, schoolOption) : null,
    };
  });

export const actions: Actions = {
  /** A visit to one county, and one of its schools when chosen (more sites through the API). */
  create: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const values = {
      visitedOn: text('visitedOn'),
      title: text('title'),
      inspectors: text('inspectors'),
      notes: text('notes'),
      countyId: text('countyId'),
      schoolId: text('schoolId'),
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
          sites: [{ countyId: values.countyId, schoolId: values.schoolId || null }],
        }),
      { sites: 'countyId' },
    );
    if ('id' in result) redirect(303, `/inspections/${result.id}`);
    return result;
  },
};
