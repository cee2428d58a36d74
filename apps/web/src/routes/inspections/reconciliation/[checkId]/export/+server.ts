import { xlsxStream, YUAN_FORMAT } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { xlsxResponse } from '../../../../register/xlsx.ts';
import { DIFFERENCE_LIST } from '../params.ts';
import type { RequestHandler } from './$types';

/** The check's differences as its page filters them, every one, in Excel (amounts in 元, full ID numbers to look people up). */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const { q, kind, resolution } = readListQuery(event.url, DIFFERENCE_LIST).filters;
    const { check, rows } = await api(event).rosterCheck.export({
      checkId: event.params.checkId,
      search: q || undefined,
      kind: kind || undefined,
      resolution: resolution || undefined,
    });
    const t = translator(event.locals.locale);
    const r = (key: string) => t(`inspection.reconciliation.${key}`);
    return xlsxResponse(
      check.title,
      'roster-check',
      xlsxStream([
        {
          name: r('differences'),
          preamble: [
            {
              text: `${check.title}（${r('asOfColumn')} ${check.asOf}${check.month ? `，${r('monthColumn')} ${check.month}` : ''}）`,
              kind: 'title',
            },
          ],
          headers: [
            r('differences'),
            t('import.columns.teacherName'),
            t('field.idNumber'),
            r('registerSchool'),
            r('rosterSchool'),
            r('paid'),
            r('resolution'),
            t('field.reason'),
          ],
          rows: rows.map((d) => [
            r(`kinds.${d.kind}`),
            d.name,
            d.idNumber,
            d.schoolName,
            d.rosterSchoolName,
            d.paidFen === null ? null : d.paidFen / 100,
            r(`resolutions.${d.resolution}`),
            d.reason,
          ]),
          formats: [undefined, undefined, undefined, undefined, undefined, YUAN_FORMAT],
        },
      ]),
    );
  });
