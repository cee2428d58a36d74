import { xlsxStream } from '@tongxing/api/register/excel/stream';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { monthParam } from '#lib/month-param.ts';
import { xlsxResponse } from '../../../register/xlsx.ts';
import type { RequestHandler } from './$types';

/** The month's report as on its page: a sheet by county (with the total) and one by category. */
export const GET: RequestHandler = (event) =>
  loadOrError(event, async () => {
    const report = await api(event).inspectionProblem.report({ month: monthParam(event.url) });
    const translate = translator(event.locals.locale);
    const r = (key: string, params?: Record<string, unknown>) => translate(`inspection.report.${key}`, params ?? {});
    const figures = [r('found'), r('closed'), r('overdue')];
    const title = { text: `${r('title', { month: report.month })}（${r('definition', { asOf: report.asOf })}）`, kind: 'title' as const };
    const formats = [undefined, '0', '0', '0'];
    return xlsxResponse(
      r('title', { month: report.month }),
      `inspections-${report.month}`,
      xlsxStream([
        {
          name: r('byCounty'),
          preamble: [title],
          headers: [translate('school.county', {}), ...figures],
          rows: [
            ...report.counties.map((c) => [c.countyName, c.found, c.closed, c.overdue]),
            [r('total'), report.total.found, report.total.closed, report.total.overdue],
          ],
          formats,
        },
        {
          name: r('byCategory'),
          preamble: [title],
          headers: [translate('field.category', {}), ...figures],
          rows: report.categories.map((c) => [c.category, c.found, c.closed, c.overdue]),
          formats,
        },
      ]),
    );
  });
