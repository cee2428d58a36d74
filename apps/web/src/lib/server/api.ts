import type { RequestEvent } from '@sveltejs/kit';
import { createCaller, type Context } from '@tongxing/api';
import { database } from './db';
import { sessionCookieWriter } from './session-cookie';

export function contextFor(event: RequestEvent): Context {
  return {
    db: database(),
    session: event.locals.session,
    ip: event.getClientAddress(),
    locale: event.locals.locale,
    sessionCookie: sessionCookieWriter(event.cookies, event.url),
  };
}

/** Server loads and actions call procedures directly, never over HTTP. */
export function api(event: RequestEvent) {
  return createCaller(contextFor(event));
}
