import { teacherListSheet } from '@tongxing/api/register/excel/exports';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { todayInChina, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { exportInput, TEACHER_LIST } from '../../list-params.ts';
import { xlsxResponse } from '../../xlsx.ts';
import type { RequestHandler } from './$types';

/** The teacher list as filtered and ordered on its page (the same spec reads the URL), every row. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const rows = await api(event).export.teachers(exportInput(event.url, TEACHER_LIST));
    const t = translator(event.locals.locale);
    const day = todayInChina();
    return xlsxResponse(`${t('import.sheets.teacher')}-${day}`, `teachers-${day}`, xlsxStream([teacherListSheet(t, rows)]));
  });
