import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { monthParam } from '../month.ts';
import type { PageServerLoad } from './$types';

/** The signed-in teacher's own month; other roles see a pointer to the teacher pages. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const month = monthParam(event.url);
    const teacherId = event.locals.session!.user.teacherId;
    const lines = teacherId ? await api(event).allowance.preview({ teacherId, month }) : null;
    return { month, lines };
  });
