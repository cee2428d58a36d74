import { can } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { requireRotation } from '../../access.ts';
import { yearOf } from '../../year.ts';
import type { Actions, PageServerLoad } from './$types';

/** One teacher's answer for the year with every reason, their exemptions, rotations and rural service. */
export const load: PageServerLoad = (event) => {
  requireRotation(event, 'rotation.read');
  return loadOrError(event, async () => {
    const year = yearOf(event.url);
    const rotation = await api(event).rotationEligibility.teacher({ teacherId: event.params.teacherId, year });
    return { year, teacherId: event.params.teacherId, ...rotation, mayPlan: can(event.locals.session!.user.role, 'rotation.plan') };
  });
};

export const actions: Actions = {
  exempt: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const values = { form: 'exempt' as const, reason: text('reason'), startDate: text('startDate'), endDate: text('endDate') };
    return submit(event, values, async () => {
      await api(event).rotationEligibility.exempt({
        teacherId: event.params.teacherId,
        reason: values.reason,
        startDate: values.startDate,
        endDate: values.endDate || null,
      });
      return { done: 'exempt' as const };
    });
  },
  removeExemption: async (event) => {
    const form = await event.request.formData();
    const values = { form: 'removeExemption' as const, exemptionId: String(form.get('exemptionId') ?? '') };
    return submit(event, values, async () => {
      await api(event).rotationEligibility.removeExemption({ exemptionId: values.exemptionId });
      return { done: 'removeExemption' as const };
    });
  },
};
