import { redirect } from '@sveltejs/kit';
import { todayInChina } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { cycleFields, cycleValues, minimumFields, valuesOfCycle } from './cycle-form.ts';
import type { Actions, PageServerLoad } from './$types';

/** The city's hours cycles; `?edit=<id>` opens one in the form, `?updated` after saving it. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const [cycles, levels] = await Promise.all([caller.trainingCycle.list(), caller.programme.levels()]);
    const editId = event.url.searchParams.get('edit');
    const editCycle = editId ? cycles.find((c) => c.id === editId) : undefined;
    return {
      cycles,
      levels: levels.map((l) => l.name),
      editing: editCycle ? valuesOfCycle(editCycle) : null,
      updated: event.url.searchParams.has('updated'),
      today: todayInChina(),
    };
  });

export const actions: Actions = {
  create: async (event) => {
    const values = { action: 'create' as const, ...cycleValues(await event.request.formData()) };
    return submit(
      event,
      values,
      async () => {
        const cycle = await api(event).trainingCycle.create(cycleFields(values));
        return { created: { startDate: cycle.startDate, endDate: cycle.endDate } };
      },
      minimumFields(values),
    );
  },

  update: async (event) => {
    const values = { action: 'update' as const, ...cycleValues(await event.request.formData()) };
    const result = await submit(
      event,
      values,
      async () => {
        await api(event).trainingCycle.update({ cycleId: values.cycleId, ...cycleFields(values) });
        return null;
      },
      minimumFields(values),
    );
    if (result) return result;
    redirect(303, '/training/cycle?updated');
  },
};
