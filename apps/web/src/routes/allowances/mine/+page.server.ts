import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { monthParam } from '../month.ts';
import type { PageServerLoad } from './$types';

/** The signed-in teacher's own month: what the sheets hold for it, and the preview; other roles see a pointer to the teacher pages. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const month = monthParam(event.url);
    const teacherId = event.locals.session!.user.teacherId;
    if (!teacherId) return { month, lines: null, sheetLines: null };
    const { preview: lines, sheetLines } = await api(event).allowance.teacherMonth({ teacherId, month });
    return { month, lines, sheetLines };
  });
