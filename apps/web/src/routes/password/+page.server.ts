import { fail, redirect } from '@sveltejs/kit';
import { describeError } from '@tongxing/api';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    if (newPassword !== String(form.get('confirmPassword') ?? '')) {
      const message = translator(event.locals.locale)('password.mismatch');
      return fail(400, { message, fieldErrors: { confirmPassword: message } as Record<string, string> });
    }
    try {
      await api(event).auth.changePassword({ currentPassword, newPassword });
    } catch (error) {
      return fail(400, describeError(error, event.locals.locale));
    }
    redirect(303, '/?passwordChanged=1');
  },
};
