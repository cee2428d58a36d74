import { xlsxStream, type Preamble } from '@tongxing/api/register/excel/stream';
import { todayInChina, translator } from '@tongxing/domain';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../../../register/xlsx.ts';
import { periodText } from '../../../../text.ts';
import { planNotice } from '../notice.ts';
import type { RequestHandler } from './$types';

/** The 公示 list as an Excel file; a plan not yet approved is marked so above the header. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const notice = await planNotice(event);
    const translate = translator(event.locals.locale);
    const t = (key: string, params?: Record<string, unknown>) => translate(key, params ?? {});
    const n = (key: string, params?: Record<string, unknown>) => t(`rotation.notice.${key}`, params);
    const title = n('title', { county: notice.countyName, year: notice.year });
    const preamble: Preamble[] = [{ text: title, kind: 'title' }];
    if (notice.state !== 'approved')
      preamble.push({ text: n('notApproved', { state: t(`rotation.planStates.${notice.state}`) }), kind: 'warning' });
    const sheet = {
      name: n('sheetName'),
      preamble,
      headers: [n('no'), n('name'), n('from'), n('to'), n('form'), n('subject'), n('period')],
      rows: notice.moves.map((m, i) => [
        i + 1,
        m.teacherName,
        m.fromSchoolName,
        m.toSchoolName,
        t(`rotation.forms.${m.form}`),
        m.subject,
        periodText(m.startDate, m.endDate),
      ]),
      formats: ['0'],
    };
    return xlsxResponse(`${title}-${todayInChina()}`, `rotation-notice-${notice.year}`, xlsxStream([sheet]));
  });
