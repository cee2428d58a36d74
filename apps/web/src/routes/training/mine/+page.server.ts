import { error } from '@sveltejs/kit';
import { MAX_EVIDENCE_FILES } from '@tongxing/api/evidence/inputs';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { submitClaimForm } from '../claims/claim-action.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const teacherId = event.locals.session!.user.teacherId;
    if (!teacherId) error(404);
    const caller = api(event);
    const [hours, enrolments, open, claims, levels] = await Promise.all([
      caller.hours.ofTeacher({ teacherId }),
      caller.enrolment.ofTeacher({ teacherId }),
      caller.cohort.list({ page: 1, openOnly: true }),
      caller.hoursClaim.ofTeacher({ teacherId }),
      caller.programme.levels(),
    ]);
    const mine = new Set(enrolments.map((e) => e.cohortId));
    return {
      ...hours,
      enrolments,
      open: open.rows.filter((c) => !mine.has(c.id)),
      claims,
      levels: levels.map((l) => l.name),
      maxFiles: MAX_EVIDENCE_FILES,
    };
  });

export const actions: Actions = {
  claim: (event) => submitClaimForm(event, event.locals.session!.user.teacherId ?? ''),
  applyFor: async (event) => {
    const form = await event.request.formData();
    const values = { cohortId: String(form.get('cohortId') ?? '') };
    return submit(event, values, async () => {
      await api(event).enrolment.applyFor(values);
      return { applied: true };
    });
  },
  withdraw: async (event) => {
    const form = await event.request.formData();
    const values = { enrolmentId: String(form.get('enrolmentId') ?? ''), reason: String(form.get('reason') ?? '').trim() };
    return submit(event, values, async () => {
      await api(event).enrolment.withdraw(values);
      return { withdrawn: true };
    });
  },
};
