import { fail } from '@sveltejs/kit';
import { KEY_TEACHER_BASES, ROTATION_FORMS, SHARE_ROUNDINGS } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { requireRotation } from '../access.ts';
import { yearOf } from '../year.ts';
import { checkPolicy, readPolicyForm } from './policy-form.ts';
import type { Actions, PageServerLoad } from './$types';

/** The city's rotation policy for a year (the city administrator only); the national rule until it sets one. */
export const load: PageServerLoad = (event) => {
  requireRotation(event, 'rotation.policy');
  return loadOrError(event, async () => {
    const caller = api(event);
    const year = yearOf(event.url);
    const [{ policy, configured }, classes] = await Promise.all([caller.rotationPolicy.get({ year }), caller.location.list()]);
    return {
      year,
      policy,
      configured,
      classes: classes.map((c) => c.name),
      forms: [...ROTATION_FORMS],
      roundings: [...SHARE_ROUNDINGS],
      bases: [...KEY_TEACHER_BASES],
    };
  });
};

export const actions: Actions = {
  save: async (event) => {
    requireRotation(event, 'rotation.policy');
    const { values, forms, policy } = readPolicyForm(await event.request.formData());
    const checked = checkPolicy(policy, event.locals.locale);
    const shown: Record<string, string | string[]> = { ...values, forms };
    if (!checked.ok) return fail(400, { message: checked.message, fieldErrors: checked.fieldErrors, values: shown });
    return submit(event, shown, async () => {
      await api(event).rotationPolicy.set(checked.policy);
      return { saved: true };
    });
  },
};
