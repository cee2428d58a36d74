import { MAX_EVIDENCE_FILES } from '@tongxing/api/evidence/inputs';
import { can, mayActOnProblem } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { postedFiles, submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

/** A problem with its rectifications; its owner rectifies an open one, an inspector decides a submitted one. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const detail = await api(event).inspectionProblem.get({ problemId: event.params.problemId });
    const user = event.locals.session!.user;
    return {
      ...detail,
      mayRectify: can(user.role, 'inspection.rectify') && mayActOnProblem(detail.problem, user.id, 'submit'),
      mayDecide: can(user.role, 'inspection.manage') && mayActOnProblem(detail.problem, user.id, 'close'),
      maxFiles: MAX_EVIDENCE_FILES,
    };
  });

export const actions: Actions = {
  rectify: async (event) => {
    const form = await event.request.formData();
    const values = { note: String(form.get('note') ?? '').trim() };
    const files = await postedFiles(form);
    return submit(event, values, async () => {
      await api(event).inspectionProblem.rectify({ problemId: event.params.problemId, note: values.note, files });
      return { done: 'rectified' };
    });
  },
  close: (event) =>
    submit(event, {}, async () => {
      await api(event).inspectionProblem.close({ problemId: event.params.problemId });
      return { done: 'closed' };
    }),
  return: async (event) => {
    const values = { comment: String((await event.request.formData()).get('comment') ?? '').trim() };
    return submit(event, values, async () => {
      await api(event).inspectionProblem.return({ problemId: event.params.problemId, ...values });
      return { done: 'returned' };
    });
  },
};
