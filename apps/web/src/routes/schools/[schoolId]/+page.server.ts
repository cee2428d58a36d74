import { can, isIsoDate, todayInChina, type SchoolType, type TerrainClass } from '@tongxing/domain';
import { historyEntries } from '#lib/components/change-diff.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const { schoolId } = event.params;
    const today = todayInChina();
    const requested = event.url.searchParams.get('asOf')?.trim() ?? '';
    const asOf = isIsoDate(requested) ? requested : today;
    const caller = api(event);
    const [school, staff, history, locations] = await Promise.all([
      caller.school.get({ schoolId }),
      caller.school.staff({ schoolId, asOf }),
      caller.school.history({ schoolId }),
      can(event.locals.session!.user.role, 'school.manage') ? caller.location.list() : [],
    ]);
    return {
      school,
      today,
      asOf: staff.asOf,
      // A teacher can hold a primary and a secondary post at one school on the same day.
      staff: staff.staff.map((row) => ({ id: `${row.teacherId}:${row.startDate}:${row.isPrimary}`, ...row })),
      incoming: staff.incoming,
      history: historyEntries(history),
      locations: locations.map(({ name }) => name),
    };
  });

export const actions: Actions = {
  update: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const values = {
      name: text('name'),
      schoolType: text('schoolType'),
      locationClass: text('locationClass'),
      terrainClass: text('terrainClass'),
      address: text('address'),
      openedOn: text('openedOn'),
      closedOn: text('closedOn'),
    };
    return submit(event, values, async () => {
      await api(event).school.update({
        schoolId: event.params.schoolId,
        ...values,
        schoolType: values.schoolType as SchoolType,
        terrainClass: values.terrainClass as TerrainClass,
        address: values.address || undefined,
        openedOn: values.openedOn || undefined,
        closedOn: values.closedOn || undefined,
      });
      return { saved: true };
    });
  },
};
