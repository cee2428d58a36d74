import { redirect } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { SESSION_COOKIE, validateSessionToken } from '@tongxing/auth';
import { translator } from '@tongxing/domain';
import { isSameOriginWrite } from '#lib/server/csrf.ts';
import { database } from '#lib/server/db.ts';
import { localeOf } from '#lib/server/locale.ts';
import { clearSessionCookie, setSessionCookie } from '#lib/server/session-cookie.ts';

const PUBLIC_PATHS = ['/login', '/locale'];

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.locale = localeOf(event.cookies);

  if (!isSameOriginWrite(event.request, event.url)) {
    return new Response(translator(event.locals.locale)('error.crossOrigin'), {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }

  const token = event.cookies.get(SESSION_COOKIE);
  event.locals.session = token ? await validateSessionToken(database(), token) : null;
  if (token && !event.locals.session) clearSessionCookie(event.cookies, event.url);
  if (event.locals.session?.fresh) setSessionCookie(event.cookies, event.url, token!, event.locals.session.expiresAt);

  const path = event.url.pathname;
  const isApi = path.startsWith('/api/');
  if (!isApi && !PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`))) {
    const session = event.locals.session;
    if (!session) redirect(303, `/login?next=${encodeURIComponent(path + event.url.search)}`);
    if (session.user.mustChangePassword && path !== '/password' && path !== '/logout') redirect(303, '/password');
  }

  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale === 'zh' ? 'zh-CN' : 'en') });
};
