import { can, todayInChina } from '@tongxing/domain';
import { pickerPage, teacherOption } from '#lib/components/picker-options.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

/** A visit: where it went, what was noted, its problems; an inspector records a problem found on it. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const visitId = event.params.visitId;
    const mayRecord = can(event.locals.session!.user.role, 'inspection.manage');
    const [detail, problems, teachers] = await Promise.all([
      caller.inspection.get({ visitId }),
      caller.inspectionProblem.list({ page: 1, visitId }),
      mayRecord ? caller.teacher.list({ page: 1 }) : null,
    ]);
    return { ...detail, problems, mayRecord, teachers: teachers ? pickerPage(teachers, teacherOption) : null, today: todayInChina() };
  });

export const actions: Actions = {
  /**
   * A problem for one of the visit's units (`unit` is `countyId` or `countyId/schoolId`) and an owner of it,
   * about a teacher when one is chosen, else about the school.
   */
  problem: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const values = {
      description: text('description'),
      category: text('category'),
      unit: text('unit'),
      ownerId: text('ownerId'),
      deadline: text('deadline'),
      teacherId: text('teacherId'),
    };
    const [countyId = '', schoolId] = values.unit.split('/');
    return submit(
      event,
      values,
      async () => {
        await api(event).inspectionProblem.create({
          visitId: event.params.visitId,
          description: values.description,
          category: values.category as never,
          countyId,
          ...(schoolId ? { schoolId } : {}),
          ...(values.teacherId
            ? { record: { kind: 'teacher' as const, id: values.teacherId } }
            : schoolId
              ? { record: { kind: 'school' as const, id: schoolId } }
              : {}),
          ownerId: values.ownerId,
          deadline: values.deadline,
        });
        return { recorded: true };
      },
      { countyId: 'unit', schoolId: 'unit', record: 'teacherId' },
    );
  },
};
