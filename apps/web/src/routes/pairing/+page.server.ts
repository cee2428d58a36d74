import { ACTIVITY_KINDS, can } from '@tongxing/domain';
import { pickerPage, schoolOption } from '#lib/components/picker-options.ts';
import { apiFilters, readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { fenOf, PAIR_LIST } from './params.ts';
import type { Actions, PageServerLoad } from './$types';

/** The pairs of the user's scope; the city creates them here. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const list = readListQuery(event.url, PAIR_LIST);
    const mayManage = can(event.locals.session!.user.role, 'pairing.manage');
    const [pairs, schools, awaiting] = await Promise.all([
      caller.pairing.list({ page: list.page, ...apiFilters(list.filters) }),
      mayManage ? caller.school.list({ page: 1 }) : null,
      caller.pairingActivity.awaiting(),
    ]);
    return { list, pairs, awaiting, mayManage, schools: schools ? pickerPage(schools, schoolOption) : null };
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
      ACTIVITY_KINDS.flatMap((kind) => (text(`target:${kind}`) ? [[kind, Number(text(`target:${kind}`))]] : [])),
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
