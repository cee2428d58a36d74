import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../register/xlsx.ts';
import { requireRotation } from '../../access.ts';
import { eligibilityText } from '../../text.ts';
import { eligibilityQuery } from '../params.ts';
import type { RequestHandler } from './$types';

/** The eligibility list as filtered and ordered on its page, every row, with the reason as on the page. */
export const GET: RequestHandler = (event) => {
  requireRotation(event, 'rotation.read');
  return loadOrError(event, async () => {
    const { year, input } = await eligibilityQuery(event);
    const { rows, day } = await api(event).rotationEligibility.export(input);
    const translate = translator(event.locals.locale);
    const t = (key: string, params?: Record<string, unknown>) => translate(key, params ?? {});
    const e = (key: string, params?: Record<string, unknown>) => t(`rotation.eligibility.${key}`, params);
    const sheet = {
      name: e('sheetName'),
      preamble: [{ text: e('sheetTitle', { year, day }), kind: 'title' as const }],
      headers: [e('name'), e('school'), e('subjects'), e('eligible'), e('years'), e('age'), e('keyTeacher'), e('serviceDays'), e('reason')],
      rows: rows.map((r) => [
        r.name,
        r.schoolName,
        r.subjects.join('、'),
        r.eligible ? t('common.yes') : t('common.no'),
        r.yearsAtSchool,
        r.age,
        r.keyTeacher ? t('common.yes') : t('common.no'),
        r.serviceDays,
        eligibilityText(t, r),
      ]),
      formats: [undefined, undefined, undefined, undefined, '0', '0', undefined, '0'],
    };
    return xlsxResponse(`${e('sheetName')}-${year}`, `rotation-eligibility-${year}`, xlsxStream([sheet]));
  });
};
