import { can } from '@tongxing/domain';
import { pickerPage, schoolOption } from '#lib/components/picker-options.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { requireRotation } from '../access.ts';
import { yearOf } from '../year.ts';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The year's moves into or out of a school: a school administrator answers its own (confirm, or object
 * with a reason); the county or the city picks a school and changes the end of an applied stint.
 */
export const load: PageServerLoad = (event) => {
  requireRotation(event, 'rotation.read');
  return loadOrError(event, async () => {
    const caller = api(event);
    const user = event.locals.session!.user;
    const year = yearOf(event.url);
    const own = user.role === 'school_admin';
    const asked = event.url.searchParams.get('schoolId') ?? '';
    const schoolId = own ? (user.schoolId ?? '') : UUID.test(asked) ? asked : '';
    const [moves, schools] = await Promise.all([
      own || schoolId ? caller.rotationMove.ofSchool({ year, schoolId: own ? undefined : schoolId }) : [],
      own ? null : caller.school.list({ page: 1, sort: 'name', dir: 'asc' }),
    ]);
    return {
      year,
      schoolId,
      own,
      moves,
      schools: schools ? pickerPage(schools, schoolOption) : null,
      mayAnswer: can(user.role, 'rotation.answer'),
      mayChangeEnd: can(user.role, 'rotation.plan'),
    };
  });
};

export const actions: Actions = {
  confirm: async (event) => {
    const form = await event.request.formData();
    const values = { form: 'confirm' as const, moveId: String(form.get('moveId') ?? ''), reason: '', endDate: '' };
    return submit(event, values, async () => {
      await api(event).rotationMove.answer({ moveId: values.moveId, confirmed: true });
      return { done: 'confirm' as const, moveId: values.moveId };
    });
  },
  object: async (event) => {
    const form = await event.request.formData();
    const values = {
      form: 'object' as const,
      moveId: String(form.get('moveId') ?? ''),
      reason: String(form.get('reason') ?? '').trim(),
      endDate: '',
    };
    return submit(event, values, async () => {
      await api(event).rotationMove.answer({ moveId: values.moveId, confirmed: false, reason: values.reason });
      return { done: 'object' as const, moveId: values.moveId };
    });
  },
  changeEnd: async (event) => {
    const form = await event.request.formData();
    const values = {
      form: 'changeEnd' as const,
      moveId: String(form.get('moveId') ?? ''),
      reason: '',
      endDate: String(form.get('endDate') ?? '').trim(),
    };
    return submit(event, values, async () => {
      await api(event).rotationMove.changeEnd({ moveId: values.moveId, endDate: values.endDate });
      return { done: 'changeEnd' as const, moveId: values.moveId };
    });
  },
};
