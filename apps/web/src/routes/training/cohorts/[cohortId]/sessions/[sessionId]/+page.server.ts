import { redirect } from '@sveltejs/kit';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const roll = await api(event).attendance.roll({ sessionId: event.params.sessionId });
    if (roll.cohort.id !== event.params.cohortId) redirect(303, `/training/cohorts/${roll.cohort.id}/sessions/${event.params.sessionId}`);
    return roll;
  });

export const actions: Actions = {
  /** The whole roll in one submission: every trainee listed is present if ticked, absent if not. */
  default: async (event) => {
    const form = await event.request.formData();
    const present = new Set(form.getAll('present').map(String));
    const marks = form.getAll('roll').map((id) => ({ enrolmentId: String(id), present: present.has(String(id)) }));
    return submit(event, {}, async () => {
      const result = await api(event).attendance.record({ sessionId: event.params.sessionId, marks });
      return { recorded: result.recorded };
    });
  },
};
