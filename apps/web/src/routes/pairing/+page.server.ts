import { can } from '@tongxing/domain';
import { pickerPage, schoolOption } from '#lib/components/picker-options.ts';
import { apiFilters, readListQuery, withoutFilters } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { fenOf, PAIR_LIST } from './params.ts';
import type { Actions, PageServerLoad } from './$types';

/** The pairs of the user's scope; the city creates them here. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const asked = readListQuery(event.url, PAIR_LIST);
    const role = event.locals.session!.user.role;
    const mayManage = can(role, 'pairing.manage');
    const counties = can(role, 'county.read') ? await caller.county.list() : [];
    // A county the user cannot see is dropped rather than refused, like the other lists' filters.
    const list = counties.some((c) => c.id === asked.filters.countyId) ? asked : withoutFilters(asked, ['countyId']);
    const { idle, ...filters } = apiFilters(list.filters);
    const [pairs, schools, awaiting, settings] = await Promise.all([
      caller.pairing.list({ page: list.page, ...filters, idle: idle === undefined ? undefined : idle === 'yes' }),
      mayManage ? caller.school.list({ page: 1 }) : null,
      caller.pairingActivity.awaiting(),
      caller.pairingSettings.get(),
    ]);
    return {
      list,
      pairs,
      awaiting,
      mayManage,
      kinds: settings.kinds,
      counties: counties.map(({ id, name }) => ({ id, name })),
      schools: schools ? pickerPage(schools, schoolOption) : null,
    };
  });

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const members = form
      .getAll('memberSchoolId')
      .map((v) => String(v).trim())
      .filter(Boolean);
    const targets = Object.fromEntries(
      [...form.keys()]
        .filter((key) => key.startsWith('target:') && text(key))
        .map((key) => [key.slice('target:'.length), Number(text(key))]),
    );
    const values = {
      name: text('name'),
      kind: text('kind') === 'community' ? ('community' as const) : ('pair' as const),
      leadSchoolId: text('leadSchoolId'),
      memberSchoolIds: members,
      startDate: text('startDate'),
      endDate: text('endDate') || null,
      goals: text('goals'),
      budget: text('budget'),
    };
    return submit(event, values, async () => {
      const { budget, ...fields } = values;
      const pair = await api(event).pairing.create({ ...fields, targets, budgetFen: fenOf(budget) });
      return { created: pair.name };
    });
  },
};
