import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { maskIdNumber, todayInChina, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../register/xlsx.ts';
import { complianceInput } from '../params.ts';
import type { RequestHandler } from './$types';

/** The compliance list as filtered on its page, every row; ID numbers masked as on a notice. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const { input } = complianceInput(event.url);
    const { rows, asOf } = await api(event).hours.complianceExport(input);
    const t = translator(event.locals.locale);
    const c = (key: string) => t(`training.compliance.${key}`);
    const sheet = {
      name: c('sheetName'),
      preamble: [{ text: `${c('sheetName')}（${c('asOf')} ${asOf}）`, kind: 'title' as const }],
      headers: [
        c('name'),
        t('field.idNumber'),
        c('county'),
        c('school'),
        c('earned'),
        c('required'),
        c('expected'),
        c('missing'),
        c('pace'),
      ],
      rows: rows.map((r) => [
        r.name,
        maskIdNumber(r.idNumber),
        r.countyName,
        r.schoolName,
        r.earned,
        r.required,
        r.expected,
        r.missing,
        r.onPace ? c('onPace') : c('behind'),
      ]),
      formats: [undefined, undefined, undefined, undefined, '0', '0', '0', '0'],
    };
    const day = todayInChina();
    return xlsxResponse(`${c('sheetName')}-${day}`, `training-compliance-${day}`, xlsxStream([sheet]));
  });
