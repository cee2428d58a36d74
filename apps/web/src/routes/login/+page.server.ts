import { fail, redirect } from '@sveltejs/kit';
import { login } from '@tongxing/auth';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { database } from '#lib/server/db.ts';
import { safeRedirectTarget } from '#lib/server/redirect.ts';
import { setSessionCookie } from '#lib/server/session-cookie.ts';
import { loginThrottle } from '#lib/server/throttle.ts';
import type { Actions, PageServerLoad } from './$types';

/** Remembers the city of the last successful login on this device, so it need not be chosen again. */
const LAST_CITY_COOKIE = 'tx_city';

export const load: PageServerLoad = async (event) => {
  if (event.locals.session) redirect(303, '/');
  return { cities: await api(event).tenant.directory(), lastCity: event.cookies.get(LAST_CITY_COOKIE) ?? null };
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
    cookies.set(LAST_CITY_COOKIE, tenantCode.trim().toLowerCase(), {
      path: '/login',
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      maxAge: 365 * 24 * 3600,
    });
    redirect(303, result.mustChangePassword ? '/password' : safeRedirectTarget(url.searchParams.get('next')));
  },
};
