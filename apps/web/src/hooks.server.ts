import { randomUUID } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';
import { currentRequest, log, withRequest } from '@tongxing/api';
import { SESSION_COOKIE, validateSessionToken } from '@tongxing/auth';
import { translator } from '@tongxing/domain';
import { isSameOriginWrite } from '#lib/server/csrf.ts';
import { database } from '#lib/server/db.ts';
import { localeOf } from '#lib/server/locale.ts';
import { clearSessionCookie, setSessionCookie } from '#lib/server/session-cookie.ts';

const PUBLIC_PATHS = ['/login', '/locale', '/verify'];

/**
 * Every request runs inside its log context (a fresh request id; tenant and user once the session is
 * known) and ends with one access line: method, route, status, time. The route id, not the URL, so no
 * search text or query value reaches the log.
 */
export const handle: Handle = ({ event, resolve }) => {
  const reqId = randomUUID();
  const started = performance.now();
  return withRequest({ reqId }, async () => {
    let status = 500;
    try {
      const response = await handleRequest({ event, resolve });
      status = response.status;
      try {
        setSecurityHeaders(response.headers, event.url);
        response.headers.set('x-request-id', reqId);
      } catch {
        // a response with immutable headers (a fetched one) goes out as it is
      }
      return response;
    } catch (thrown) {
      status = (thrown as { status?: number }).status ?? 500;
      throw thrown;
    } finally {
      const level = status >= 500 ? 'error' : 'info';
      log[level](
        { method: event.request.method, route: event.route.id ?? null, status, ms: Math.round(performance.now() - started) },
        'request',
      );
    }
  });
};

/**
 * Headers of every response the app makes (static assets are served before this hook). Pages and API
 * answers carry personal data, so nothing is cached, not even by the browser, unless a route says so.
 */
function setSecurityHeaders(headers: Headers, url: URL): void {
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'same-origin');
  headers.set('x-frame-options', 'DENY');
  if (url.protocol === 'https:') headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  if (!headers.has('cache-control')) headers.set('cache-control', 'private, no-store');
}

/** Unexpected errors are logged with their stack (never the values that caused them) and shown by id. */
export const handleError: HandleServerError = ({ kind, error, event }) => {
  if (kind !== 'unknown') return; // app, framework (404) and validation errors keep their own status and message
  log.error({ err: error }, 'unhandled error');
  return { message: translator(event.locals.locale ?? 'zh')('error.internal', { id: currentRequest()?.reqId ?? '-' }) };
};

const handleRequest: Handle = async ({ event, resolve }) => {
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
  const context = currentRequest();
  if (context && event.locals.session) {
    context.tenantId = event.locals.session.tenant.id;
    context.userId = event.locals.session.user.id;
  }
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
