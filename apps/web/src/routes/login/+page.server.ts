import { fail, redirect } from '@sveltejs/kit';
import { login } from '@tongxing/auth';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { database } from '#lib/server/db.ts';
import { safeRedirectTarget } from '#lib/server/redirect.ts';
import { setSessionCookie } from '#lib/server/session-cookie.ts';
import { loginThrottle } from '#lib/server/throttle.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  if (event.locals.session) redirect(303, '/');
  return { cities: await api(event).tenant.directory() };
};

export const actions: Actions = {
  default: async ({ request, cookies, url, locals, getClientAddress }) => {
    const form = await request.formData();
    const tenantCode = String(form.get('tenantCode') ?? '');
    const username = String(form.get('username') ?? '');
    const password = String(form.get('password') ?? '');
    const t = translator(locals.locale);
    const result = await login(database(), loginThrottle, { tenantCode, username, password, ip: getClientAddress() });
    if (!result.ok) {
      const message =
        result.reason === 'throttled'
          ? t('login.throttled', { minutes: Math.ceil(result.retryAfterMs / 60_000) })
          : t(result.reason === 'disabled' ? 'login.disabled' : 'login.failed');
      return fail(result.reason === 'throttled' ? 429 : 400, { message, tenantCode, username });
    }
    setSessionCookie(cookies, url, result.token, result.expiresAt);
    redirect(303, result.mustChangePassword ? '/password' : safeRedirectTarget(url.searchParams.get('next')));
  },
};
