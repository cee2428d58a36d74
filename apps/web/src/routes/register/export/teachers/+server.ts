import { teacherListSheet } from '@tongxing/api/register/excel/exports';
import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { todayInChina, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { listParams } from '../../list-params.ts';
import { xlsxResponse } from '../../xlsx.ts';
import type { RequestHandler } from './$types';

/** The teacher list as filtered on its page (same query parameters), every row. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const rows = await api(event).export.teachers(
      listParams<'teachers'>(event.url, ['q', 'countyId', 'schoolId', 'employmentType', 'sort']),
    );
    const t = translator(event.locals.locale);
    const day = todayInChina();
    return xlsxResponse(`${t('import.sheets.teacher')}-${day}`, `teachers-${day}`, xlsxStream([teacherListSheet(t, rows)]));
  });
