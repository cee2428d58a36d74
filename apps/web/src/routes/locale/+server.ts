import { redirect, type RequestHandler } from '@sveltejs/kit';
import { isLocale } from '@tongxing/domain';
import { LOCALE_COOKIE } from '#lib/server/locale.ts';
import { safeRedirectTarget } from '#lib/server/redirect.ts';

export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const form = await request.formData();
  const lang = form.get('lang');
  if (isLocale(lang))
    cookies.set(LOCALE_COOKIE, lang, {
      path: '/',
      httpOnly: false,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      maxAge: 365 * 24 * 3600,
    });
  redirect(303, safeRedirectTarget(form.get('redirectTo')));
};
