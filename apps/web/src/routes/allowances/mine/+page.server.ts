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
    const caller = api(event);
    const [lines, sheetLines] = await Promise.all([caller.allowance.preview({ teacherId, month }), caller.sheet.teacherLines({ teacherId, month })]);
    return { month, lines, sheetLines };
  });
