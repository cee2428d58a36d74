import { redirect } from '@sveltejs/kit';
import { invalidateSession } from '@tongxing/auth';
import { database } from '#lib/server/db.ts';
import { clearSessionCookie } from '#lib/server/session-cookie.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals, cookies, url }) => {
    const session = locals.session;
    if (session) await invalidateSession(database(), session.user.tenantId, session.id, session.user.id);
    clearSessionCookie(cookies, url);
    redirect(303, '/login');
  },
};
